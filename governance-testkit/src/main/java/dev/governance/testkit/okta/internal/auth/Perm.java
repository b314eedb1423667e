package dev.governance.testkit.okta.internal.auth;

import dev.governance.okta.catalog.OktaScope;

/** What an endpoint needs: an admin permission and the OAuth scope that covers it. */
public enum Perm {
  /** Read users (and their factors). */
  USERS_READ(OktaScope.USERS_READ.value()),
  /** User lifecycle changes. */
  USERS_MANAGE(OktaScope.USERS_MANAGE.value()),
  /** Read groups and memberships. */
  GROUPS_READ(OktaScope.GROUPS_READ.value()),
  /** Add or remove group members. */
  GROUP_MEMBERS_MANAGE(OktaScope.GROUPS_MANAGE.value()),
  /** Read applications and assignments. */
  APPS_READ(OktaScope.APPS_READ.value()),
  /** Change application assignments. */
  APPS_MANAGE(OktaScope.APPS_MANAGE.value()),
  /** Read admin role assignments. */
  ROLES_READ(OktaScope.ROLES_READ.value()),
  /** Unassign admin roles. */
  ROLES_MANAGE(OktaScope.ROLES_MANAGE.value()),
  /** Read API token metadata. */
  API_TOKENS_READ(OktaScope.API_TOKENS_READ.value()),
  /** Revoke API tokens. */
  API_TOKENS_MANAGE(OktaScope.API_TOKENS_MANAGE.value()),
  /** Read scope-consent grants. */
  GRANTS_READ(OktaScope.APP_GRANTS_READ.value()),
  /** Revoke scope-consent grants. */
  GRANTS_MANAGE(OktaScope.APP_GRANTS_MANAGE.value()),
  /** Read the System Log. */
  LOGS_READ(OktaScope.LOGS_READ.value()),
  /** Read the org settings. */
  ORG_READ(OktaScope.ORGS_READ.value()),
  PRINCIPAL_RATE_LIMITS_READ("okta.principalRateLimits.read"),
  /** Read the org's authenticators. */
  AUTHENTICATORS_READ("okta.authenticators.read");

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
