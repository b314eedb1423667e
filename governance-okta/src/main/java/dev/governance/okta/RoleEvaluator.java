package dev.governance.okta;

import dev.governance.okta.catalog.StandardAdminRole;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Evaluates requirements against the admin roles of an API token's owner. */
final class RoleEvaluator implements RequirementEvaluator {

  private final List<AdminRoleGrant> grants;
  private final List<String> notices = new ArrayList<>();

  RoleEvaluator(Collection<? extends AdminRoleGrant> grants) {
    this.grants = List.copyOf(grants);
    this.grants.stream()
        .filter(AdminRoleGrant.Unrecognized.class::isInstance)
        .map(grant -> ((AdminRoleGrant.Unrecognized) grant).type())
        .distinct()
        .forEach(
            type ->
                notices.add(
                    "The role type "
                        + type
                        + " is not known to this SDK, so it is counted as allowing nothing;"
                        + " a preflight against the org shows what it really allows."));
    if (this.grants.isEmpty()) {
      notices.add(
          "No admin role was given. Okta lets API tokens act only with the admin roles of the user"
              + " who created them, so a token of a user without admin roles reads nothing.");
    }
  }

  @Override
  public Evaluation evaluate(PermissionRequirement requirement) {
    @Nullable Evaluation best = null;
    for (AdminRoleGrant grant : grants) {
      Evaluation evaluation = evaluate(requirement, grant);
      if (evaluation != null
          && (best == null || evaluation.status().ordinal() < best.status().ordinal())) {
        best = evaluation;
      }
    }
    if (best != null) {
      return best;
    }
    List<String> missing = List.copyOf(new TreeSet<>(requirement.adminPermissions()));
    return new Evaluation(
        ScopeCheck.Status.MISSING,
        new ScopeCheck.Missing(List.of(), missing),
        "Without " + what(requirement) + ", " + requirement.withoutIt() + ".");
  }

  private static @Nullable Evaluation evaluate(
      PermissionRequirement requirement, AdminRoleGrant grant) {
    if (requirement.grantingRoles().size() == StandardAdminRole.values().length) {
      return new Evaluation(ScopeCheck.Status.ALLOWED, ScopeCheck.Missing.nothing(), "");
    }
    if (grant instanceof AdminRoleGrant.Standard standard) {
      StandardAdminRole role = standard.role();
      if (role != StandardAdminRole.SUPER_ADMIN && !requirement.grantingRoles().contains(role)) {
        return null;
      }
      if (standard.targeted()) {
        return new Evaluation(
            ScopeCheck.Status.LIMITED,
            ScopeCheck.Missing.nothing(),
            "Only within the groups or applications that the "
                + role.label()
                + " role is limited to.");
      }
      return new Evaluation(ScopeCheck.Status.ALLOWED, ScopeCheck.Missing.nothing(), "");
    }
    if (!(grant instanceof AdminRoleGrant.Custom custom)) {
      return null;
    }
    Set<String> required = requirement.adminPermissions();
    if (required.isEmpty()
        || !required.stream().allMatch(permission -> held(custom.permissions(), permission))) {
      return null;
    }
    if (requirement.customRoleLimit().isPresent()) {
      return new Evaluation(
          ScopeCheck.Status.LIMITED,
          ScopeCheck.Missing.nothing(),
          "Only partly: " + requirement.customRoleLimit().get() + ".");
    }
    if (!custom.allResources()) {
      return new Evaluation(
          ScopeCheck.Status.LIMITED,
          ScopeCheck.Missing.nothing(),
          "Only within the resource set of the custom role '" + custom.label() + "'.");
    }
    return new Evaluation(ScopeCheck.Status.ALLOWED, ScopeCheck.Missing.nothing(), "");
  }

  @Override
  public ScopeCheck.Basis basis() {
    return ScopeCheck.Basis.ADMIN_ROLES;
  }

  @Override
  public List<String> notices() {
    return List.copyOf(notices);
  }

  @Override
  public String advice(List<PermissionRequirement> unmet) {
    if (unmet.isEmpty()) {
      return "";
    }
    Set<StandardAdminRole> roles = new LinkedHashSet<>(List.of(StandardAdminRole.values()));
    Set<String> permissions = new TreeSet<>();
    boolean customPossible = true;
    for (PermissionRequirement requirement : unmet) {
      roles.retainAll(requirement.grantingRoles());
      permissions.addAll(requirement.adminPermissions());
      customPossible &=
          !requirement.adminPermissions().isEmpty() && requirement.customRoleLimit().isEmpty();
    }
    StringBuilder advice =
        new StringBuilder("Assign the user one of these roles, not limited to targets: ");
    advice.append(String.join(", ", roles.stream().map(StandardAdminRole::label).toList()));
    if (customPossible) {
      advice
          .append("; or a custom role with ")
          .append(String.join(", ", permissions))
          .append(" on a resource set that covers the whole org");
    }
    return advice.append('.').toString();
  }

  /**
   * Tells whether a custom role's permissions include a required one. Okta documents that a {@code
   * .manage} permission includes the view permission of the same resource; this also reads it as
   * including the finer permissions under the same resource (e.g. {@code okta.users.manage}
   * includes {@code okta.users.lifecycle.suspend}).
   */
  static boolean held(Set<String> permissions, String required) {
    for (String permission : permissions) {
      if (permission.equals(required)) {
        return true;
      }
      if (permission.endsWith(".manage")) {
        String resource = permission.substring(0, permission.length() - "manage".length());
        if (required.startsWith(resource)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String what(PermissionRequirement requirement) {
    List<String> roles =
        requirement.grantingRoles().stream().sorted().map(StandardAdminRole::label).toList();
    String roleText = "a role such as " + String.join(", ", roles);
    if (requirement.adminPermissions().isEmpty()) {
      return roleText;
    }
    return String.join(" and ", new TreeSet<>(requirement.adminPermissions()))
        + " ("
        + roleText
        + ")";
  }
}
