package dev.governance.okta;

import dev.governance.okta.catalog.StandardAdminRole;
import dev.governance.core.model.InventoryCollection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What reading one inventory collection from Okta requires.
 *
 * @param collection the collection
 * @param neededForReview {@code true} if an access review cannot do without it, so that {@link
 *     dev.governance.core.spi.AccessLevel#READ_ONLY} needs it
 * @param operations the Okta operations called
 * @param adminPermissions custom-role permissions that allow it
 * @param grantingRoles standard roles that allow it
 * @param withoutIt what is lost without it
 * @param caveat a limit or an unconfirmed point, if any
 * @param customRoleLimit why a custom role sees only part, if it does
 * @param emptyIsSuspicious why an empty answer cannot be the whole truth, if it cannot: every org
 *     has something in this collection, so an empty list means the credentials see only part
 * @since 0.1
 */
public record CollectionRequirement(
    InventoryCollection collection,
    boolean neededForReview,
    List<OktaOperation> operations,
    Set<String> adminPermissions,
    Set<StandardAdminRole> grantingRoles,
    String withoutIt,
    Optional<String> caveat,
    Optional<String> customRoleLimit,
    Optional<String> emptyIsSuspicious)
    implements PermissionRequirement {

  /** Validates and copies the fields. */
  public CollectionRequirement {
    Objects.requireNonNull(collection, "collection");
    operations = List.copyOf(operations);
    adminPermissions = Set.copyOf(adminPermissions);
    grantingRoles = Set.copyOf(grantingRoles);
    Objects.requireNonNull(withoutIt, "withoutIt");
    Objects.requireNonNull(caveat, "caveat");
    Objects.requireNonNull(customRoleLimit, "customRoleLimit");
    Objects.requireNonNull(emptyIsSuspicious, "emptyIsSuspicious");
    if (operations.isEmpty() || !grantingRoles.contains(StandardAdminRole.SUPER_ADMIN)) {
      throw new IllegalArgumentException(
          collection + ": needs operations, and SUPER_ADMIN among the granting roles");
    }
  }

  @Override
  public String name() {
    return collection.name();
  }
}
