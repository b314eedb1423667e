package dev.governance.testkit.okta.internal.auth;

import dev.governance.testkit.okta.internal.state.ResourceSetRec;
import dev.governance.testkit.okta.internal.state.RoleRec;
import dev.governance.testkit.okta.internal.state.TenantState;
import dev.governance.testkit.okta.internal.state.UserRec;
import java.util.EnumSet;
import java.util.Set;

/**
 * Turns admin role assignments into {@link PrincipalAccess}: the union of the principal's direct roles and
 * (for users) the roles of its groups. Standard roles follow Okta's role table; custom roles follow
 * their permission names.
 */
public final class Authorizer {
  private static final EnumSet<Perm> READS = EnumSet.of(Perm.USERS_READ, Perm.GROUPS_READ,
      Perm.APPS_READ, Perm.ROLES_READ, Perm.API_TOKENS_READ, Perm.GRANTS_READ, Perm.LOGS_READ,
      Perm.ORG_READ, Perm.AUTHENTICATORS_READ);

  private Authorizer() {}

  /**
   * Computes what a principal may do. Call under the tenant's read lock.
   *
   * @param state the tenant
   * @param p the principal
   * @return its access
   */
  public static PrincipalAccess access(TenantState state, Principal p) {
    PrincipalAccess access = new PrincipalAccess();
    UserRec user = p.user() >= 0 ? state.users().get(p.user()) : null;
    for (RoleRec r : state.roles()) {
      boolean applies = switch (r.assignmentType) {
        case "USER" -> user != null && r.assignee == user.idx;
        case "GROUP" -> user != null && user.groups.containsSorted(r.assignee);
        case "CLIENT" -> p.app() >= 0 && r.assignee == p.app();
        default -> false;
      };
      if (applies && !"INACTIVE".equals(r.status)) {
        apply(access, r, state);
      }
    }
    return access;
  }

  private static void apply(PrincipalAccess a, RoleRec r, TenantState state) {
    a.markRole("SUPER_ADMIN".equals(r.type));
    a.grant(Perm.ORG_READ);
    switch (r.type) {
      case "SUPER_ADMIN" -> EnumSet.allOf(Perm.class).forEach(a::grant);
      case "ORG_ADMIN" -> EnumSet.complementOf(EnumSet.of(Perm.GRANTS_MANAGE, Perm.ROLES_MANAGE,
              Perm.PRINCIPAL_RATE_LIMITS_READ))
          .forEach(a::grant);
      case "READ_ONLY_ADMIN" -> READS.forEach(a::grant);
      case "REPORT_ADMIN" -> a.grant(Perm.LOGS_READ);
      case "APP_ADMIN" -> {
        a.grant(Perm.USERS_READ);
        a.grant(Perm.GROUPS_READ);
        a.grant(Perm.GRANTS_READ);
        scoped(a, r, EnumSet.of(Perm.APPS_READ, Perm.APPS_MANAGE), true);
      }
      case "USER_ADMIN" -> scoped(a, r, EnumSet.of(Perm.USERS_READ, Perm.USERS_MANAGE,
          Perm.GROUPS_READ, Perm.GROUP_MEMBERS_MANAGE), false);
      case "GROUP_MEMBERSHIP_ADMIN" -> {
        a.grant(Perm.USERS_READ);
        scoped(a, r, EnumSet.of(Perm.GROUPS_READ, Perm.GROUP_MEMBERS_MANAGE), false);
      }
      case "HELP_DESK_ADMIN" -> scoped(a, r, EnumSet.of(Perm.USERS_READ, Perm.GROUPS_READ), false);
      case "CUSTOM" -> {
        EnumSet<Perm> perms = customPerms(state.permissions(r));
        ResourceSetRec set = r.resourceSetId == null ? null : state.resourceSet(r.resourceSetId);
        if (set == null || set.holdsAllUsers() || set.allGroups) {
          scoped(a, r, perms, perms.contains(Perm.APPS_READ) && r.targetGroups.size() == 0);
        } else {
          // A resource set of groups and apps limits the role to them, as role targets do.
          for (Perm perm : perms) {
            for (int i = 0; i < set.groups.size(); i++) {
              a.grantForGroup(perm, set.groups.get(i));
            }
            for (int i = 0; i < set.apps.size(); i++) {
              a.grantForApp(perm, set.apps.get(i));
            }
          }
        }
      }
      default -> { }
    }
  }

  private static void scoped(PrincipalAccess a, RoleRec r, Set<Perm> perms, boolean appTargets) {
    boolean hasTargets = appTargets ? r.targetApps.size() > 0 : r.targetGroups.size() > 0;
    for (Perm perm : perms) {
      if (!hasTargets) {
        a.grant(perm);
      } else if (appTargets) {
        for (int i = 0; i < r.targetApps.size(); i++) {
          a.grantForApp(perm, r.targetApps.get(i));
        }
      } else {
        for (int i = 0; i < r.targetGroups.size(); i++) {
          a.grantForGroup(perm, r.targetGroups.get(i));
        }
      }
    }
  }

  private static EnumSet<Perm> customPerms(Set<String> names) {
    EnumSet<Perm> out = EnumSet.noneOf(Perm.class);
    for (String n : names) {
      if (n.startsWith("okta.users.") && !n.equals("okta.users.read")) {
        out.add(Perm.USERS_MANAGE);
        out.add(Perm.USERS_READ);
      } else if (n.equals("okta.users.read")) {
        out.add(Perm.USERS_READ);
      } else if (n.equals("okta.groups.read")) {
        out.add(Perm.GROUPS_READ);
      } else if (n.startsWith("okta.groups.")) {
        out.add(Perm.GROUPS_READ);
        out.add(Perm.GROUP_MEMBERS_MANAGE);
      } else if (n.equals("okta.apps.read")) {
        out.add(Perm.APPS_READ);
      } else if (n.startsWith("okta.apps.")) {
        out.add(Perm.APPS_READ);
        out.add(Perm.APPS_MANAGE);
      }
    }
    return out;
  }
}
