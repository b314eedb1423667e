package dev.governance.okta;

import dev.governance.okta.catalog.StandardAdminRole;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An Okta operation that the SDK calls besides reading collections and applying actions: to
 * identify the org, to find who owns an API token, or to read the System Log. Without it the SDK
 * still works, with less detail; it never lowers the access level.
 *
 * @param name a short name, e.g. {@code ORG_SETTINGS}
 * @param purpose what the SDK uses it for
 * @param operations the Okta operations called
 * @param apiTokenOnly {@code true} if it is called only with an API token (it reads the token's
 *     owner, which a service app does not have)
 * @param adminPermissions custom-role permissions that allow it
 * @param grantingRoles standard roles that allow it
 * @param withoutIt what is lost without it
 * @param caveat a limit or an unconfirmed point, if any
 * @since 0.1
 */
public record SupportingRequirement(
    String name,
    String purpose,
    List<OktaOperation> operations,
    boolean apiTokenOnly,
    Set<String> adminPermissions,
    Set<StandardAdminRole> grantingRoles,
    String withoutIt,
    Optional<String> caveat)
    implements PermissionRequirement {

  /** Validates and copies the fields. */
  public SupportingRequirement {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(purpose, "purpose");
    operations = List.copyOf(operations);
    adminPermissions = Set.copyOf(adminPermissions);
    grantingRoles = Set.copyOf(grantingRoles);
    Objects.requireNonNull(withoutIt, "withoutIt");
    Objects.requireNonNull(caveat, "caveat");
    if (operations.isEmpty() || !grantingRoles.contains(StandardAdminRole.SUPER_ADMIN)) {
      throw new IllegalArgumentException(
          name + ": needs operations, and SUPER_ADMIN among the granting roles");
    }
  }

  @Override
  public Optional<String> customRoleLimit() {
    return Optional.empty();
  }
}
