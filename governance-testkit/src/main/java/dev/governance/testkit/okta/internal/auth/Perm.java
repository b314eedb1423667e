package dev.governance.testkit.okta.internal.auth;

/** What an endpoint needs: an admin permission and the OAuth scope that covers it. */
public enum Perm {
  /** Read users (and their factors). */
  USERS_READ("okta.users.read"),
  /** User lifecycle changes. */
  USERS_MANAGE("okta.users.manage"),
  /** Read groups and memberships. */
  GROUPS_READ("okta.groups.read"),
  /** Add or remove group members. */
  GROUP_MEMBERS_MANAGE("okta.groups.manage"),
  /** Read applications and assignments. */
  APPS_READ("okta.apps.read"),
  /** Change application assignments. */
  APPS_MANAGE("okta.apps.manage"),
  /** Read admin role assignments. */
  ROLES_READ("okta.roles.read"),
  /** Unassign admin roles. */
  ROLES_MANAGE("okta.roles.manage"),
  /** Read API token metadata. */
  API_TOKENS_READ("okta.apiTokens.read"),
  /** Revoke API tokens. */
  API_TOKENS_MANAGE("okta.apiTokens.manage"),
  /** Read scope-consent grants. */
  GRANTS_READ("okta.appGrants.read"),
  /** Revoke scope-consent grants. */
  GRANTS_MANAGE("okta.appGrants.manage"),
  /** Read the System Log. */
  LOGS_READ("okta.logs.read"),
  /** Read the org settings. */
  ORG_READ("okta.orgs.read"),
  PRINCIPAL_RATE_LIMITS_READ("okta.principalRateLimits.read");

  private final String scope;

  Perm(String scope) {
    this.scope = scope;
  }

  /**
   * The OAuth scope that allows it; a {@code .manage} scope also allows the {@code .read}.
   *
   * @return the scope
   */
  public String scope() {
    return scope;
  }

  /**
   * Whether this is a read.
   *
   * @return true for reads
   */
  public boolean isRead() {
    return scope.endsWith(".read");
  }
}
