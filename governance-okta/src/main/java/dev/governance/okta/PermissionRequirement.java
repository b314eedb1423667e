package dev.governance.okta;

import dev.governance.okta.catalog.OktaScope;
import dev.governance.okta.catalog.StandardAdminRole;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What Okta requires before the SDK may read one inventory collection or apply one kind of
 * lifecycle action: the OAuth scopes of its operations for a service app, and the admin permissions
 * or standard roles for the owner of an API token. Listed by {@link OktaPermissions}.
 *
 * @since 0.1
 */
public sealed interface PermissionRequirement
    permits CollectionRequirement, ActionRequirement, SupportingRequirement {

  /**
   * Returns a short name for messages and tables.
   *
   * @return e.g. {@code IDENTITIES} or {@code REMOVE_MEMBERSHIP}
   */
  String name();

  /**
   * Returns the Okta operations called, in the order they are called.
   *
   * @return the operations, not empty
   */
  List<OktaOperation> operations();

  /**
   * Returns the custom-role permissions that allow it; all are needed. Empty when no custom role
   * can allow it and only {@link #grantingRoles()} do.
   *
   * @return permission names such as {@code okta.users.read}
   */
  Set<String> adminPermissions();

  /**
   * Returns the standard roles that allow it (within their targets, for targeted assignments).
   *
   * @return the roles: {@link StandardAdminRole#SUPER_ADMIN} always allows it, and all of them
   *     means that any admin role, standard or custom, allows it
   */
  Set<StandardAdminRole> grantingRoles();

  /**
   * Returns what the user loses without it, as the end of a sentence starting "Without …, ".
   *
   * @return e.g. {@code "only direct app assignments are visible"}
   */
  String withoutIt();

  /**
   * Returns a limit that applies even when everything is granted, or what is unconfirmed.
   *
   * @return the caveat, if any
   */
  Optional<String> caveat();

  /**
   * Returns why a custom role that holds every {@link #adminPermissions()} still sees only part.
   *
   * @return the limit, if any
   */
  Optional<String> customRoleLimit();

  /**
   * Returns the OAuth scopes that the operations need; all are needed.
   *
   * @return the scopes, not empty, in {@link OktaScope} order
   */
  default Set<OktaScope> scopes() {
    Set<OktaScope> scopes = EnumSet.noneOf(OktaScope.class);
    operations().forEach(operation -> scopes.add(operation.scope()));
    return Collections.unmodifiableSet(scopes);
  }

  /**
   * Tells whether a set of granted scopes allows every operation.
   *
   * @param granted the granted scopes
   * @return {@code true} if no scope is missing
   */
  default boolean isSatisfiedBy(Set<OktaScope> granted) {
    return scopes().stream().allMatch(scope -> scope.isSatisfiedBy(granted));
  }
}
