package dev.governance.okta;

import dev.governance.okta.catalog.StandardAdminRole;
import dev.governance.core.spi.LifecycleAction;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What applying one kind of lifecycle action in Okta requires.
 *
 * @param kind the kind of action
 * @param operations the Okta operations called
 * @param adminPermissions custom-role permissions that allow it
 * @param grantingRoles standard roles that allow it
 * @param withoutIt what is lost without it
 * @param caveat a limit that applies even when everything is granted, if any
 * @param customRoleLimit why a custom role may act on part only, if it does
 * @since 0.1
 */
public record ActionRequirement(
    LifecycleAction.Kind kind,
    List<OktaOperation> operations,
    Set<String> adminPermissions,
    Set<StandardAdminRole> grantingRoles,
    String withoutIt,
    Optional<String> caveat,
    Optional<String> customRoleLimit)
    implements PermissionRequirement {

  /** Validates and copies the fields. */
  public ActionRequirement {
    Objects.requireNonNull(kind, "kind");
    operations = List.copyOf(operations);
    adminPermissions = Set.copyOf(adminPermissions);
    grantingRoles = Set.copyOf(grantingRoles);
    Objects.requireNonNull(withoutIt, "withoutIt");
    Objects.requireNonNull(caveat, "caveat");
    Objects.requireNonNull(customRoleLimit, "customRoleLimit");
    if (operations.isEmpty() || !grantingRoles.contains(StandardAdminRole.SUPER_ADMIN)) {
      throw new IllegalArgumentException(
          kind + ": needs operations, and SUPER_ADMIN among the granting roles");
    }
  }

  @Override
  public String name() {
    return kind.name();
  }
}
