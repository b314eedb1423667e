package dev.governance.core.model;

/**
 * A collection of the inventory that a connector reads and a snapshot holds, each with its own
 * {@link Coverage}. "Zero items" and "not allowed to read them" are told apart per collection.
 *
 * @since 0.1
 */
public enum InventoryCollection {
  /** Users and other principals: {@link Identity}. */
  IDENTITIES,
  /** Groups: {@link Group}. */
  GROUPS,
  /** Group members: {@link Grant.Membership}. */
  MEMBERSHIPS,
  /** Applications: {@link Application}. */
  APPLICATIONS,
  /** Who is assigned to which application: {@link Grant.AppAssignment}. */
  APP_ASSIGNMENTS,
  /** Admin roles: {@link Role}. */
  ROLES,
  /** Who holds which admin role: {@link Grant.RoleAssignment}. */
  ROLE_ASSIGNMENTS,
  /** OAuth scopes granted to applications: {@link Grant.ScopeGrant}. */
  SCOPE_GRANTS,
  /** API tokens: {@link ApiToken}. */
  API_TOKENS,
  /** Enrolled authentication factors: {@link AuthFactor}. */
  AUTH_FACTORS,
  /** Rules that put identities into groups: {@link GroupRule}. */
  GROUP_RULES;

  /**
   * Returns the collection's name as people write it, e.g. {@code API tokens}, {@code app
   * assignments}.
   *
   * @return the label, in lower case but for {@code API}
   */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ').replace("api ", "API ");
  }
}
