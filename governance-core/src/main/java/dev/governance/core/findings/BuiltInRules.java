package dev.governance.core.findings;

import java.util.List;

/**
 * The rules every {@link FindingsEngine} runs unless told otherwise, and their ids. See {@code
 * docs/findings.md} for what each checks, its severity, the coverage it needs and its options.
 *
 * @since 0.1
 */
public final class BuiltInRules {

  /** More identities (and service applications) hold a super admin role than the threshold. */
  public static final String SUPER_ADMINS_OVER_THRESHOLD = "super-admins-over-threshold";

  /** An identity that can sign in holds an admin role but has no active MFA factor. */
  public static final String ADMIN_WITHOUT_MFA = "admin-without-mfa";

  /** An API token whose owner is suspended, deprovisioned or gone. */
  public static final String API_TOKEN_OWNER_INACTIVE = "api-token-owner-inactive";

  /** An API token that acts as a super admin. */
  public static final String API_TOKEN_OWNED_BY_SUPER_ADMIN = "api-token-owned-by-super-admin";

  /** An API token usable from any network. */
  public static final String API_TOKEN_UNRESTRICTED_NETWORK = "api-token-unrestricted-network";

  /** An API token nobody has used for weeks, about to expire. */
  public static final String API_TOKEN_UNUSED_EXPIRING = "api-token-unused-expiring";

  /** An application granted OAuth scopes that change the tenant (access mode WRITE). */
  public static final String OAUTH_APP_MANAGE_SCOPES = "oauth-app-manage-scopes";

  /** A deprovisioned or suspended identity still assigned to applications. */
  public static final String DEPROVISIONED_OR_SUSPENDED_APP_ACCESS = "deprovisioned-or-suspended-app-access";

  /** An identity that has not signed in for the configured number of days keeps application access. */
  public static final String DORMANT_IDENTITY_APP_ACCESS = "dormant-identity-app-access";

  /** An application assigned to groups that some identities also hold directly. */
  public static final String DIRECT_ASSIGNMENT_BYPASSES_GROUPS = "direct-assignment-bypasses-groups";

  /** An application assigned to a group without members. */
  public static final String APP_ASSIGNED_TO_EMPTY_GROUP = "app-assigned-to-empty-group";

  /** An active application that no identity able to sign in can reach. */
  public static final String ACTIVE_APP_WITHOUT_USERS = "active-app-without-users";

  private BuiltInRules() {}

  /**
   * Returns new instances of every built-in rule, in the order they run.
   *
   * @return the rules
   */
  public static List<FindingRule> all() {
    return List.of(
        new SuperAdminsOverThresholdRule(),
        new AdminWithoutMfaRule(),
        new ApiTokenOwnerInactiveRule(),
        new ApiTokenOwnedBySuperAdminRule(),
        new ApiTokenUnrestrictedNetworkRule(),
        new ApiTokenUnusedExpiringRule(),
        new OAuthAppManageScopesRule(),
        new DeprovisionedOrSuspendedAppAccessRule(),
        new DormantIdentityAppAccessRule(),
        new DirectAssignmentBypassesGroupsRule(),
        new AppAssignedToEmptyGroupRule(),
        new ActiveAppWithoutUsersRule());
  }

  /**
   * Returns the ids of the built-in rules, in the order they run.
   *
   * @return the ids
   */
  public static List<String> ids() {
    return all().stream().map(rule -> rule.metadata().id()).toList();
  }
}
