package dev.governance.okta.internal.client;

/**
 * Okta's management rate-limit buckets: which one a request counts against, and Okta's documented
 * per-minute limit for Workforce orgs, used until a response's headers say otherwise.
 */
public enum OktaBucket {
  /** {@code /api/v1/apps} and every {@code /api/v1/apps/{id}/…} sub-resource. */
  APPS("/api/v1/apps*", 100),
  /** {@code /api/v1/apps/{id}} itself. */
  APP_BY_ID("/api/v1/apps/{id}", 500),
  /** {@code /api/v1/groups}, the list. */
  GROUPS("/api/v1/groups", 500),
  /** {@code /api/v1/groups/{id}} and its sub-resources. */
  GROUP_BY_ID("/api/v1/groups/{id}", 1000),
  /** {@code /api/v1/users}, the list. */
  USERS("/api/v1/users", 600),
  /** {@code /api/v1/users/{id}} and its sub-resources. */
  USER_BY_ID("/api/v1/users/{id}", 2000),
  /** {@code /api/v1/logs}. */
  LOGS("/api/v1/logs", 120),
  /** Every other endpoint. */
  OTHER("/api/v1/*", 1200);

  private final String pattern;
  private final int workforceLimit;

  OktaBucket(String pattern, int workforceLimit) {
    this.pattern = pattern;
    this.workforceLimit = workforceLimit;
  }

  /**
   * Returns the path pattern Okta shows for the bucket.
   *
   * @return e.g. {@code /api/v1/apps*}
   */
  public String pattern() {
    return pattern;
  }

  /**
   * Returns Okta's documented limit per minute for a Workforce org.
   *
   * @return requests per minute
   */
  public int workforceLimit() {
    return workforceLimit;
  }

  /**
   * Finds the bucket of a request path (no query).
   *
   * @param path e.g. {@code /api/v1/groups/00g1/users}
   * @return the bucket
   */
  public static OktaBucket of(String path) {
    String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    if (p.equals("/api/v1/apps")) {
      return APPS;
    }
    if (p.startsWith("/api/v1/apps/")) {
      return p.indexOf('/', "/api/v1/apps/".length()) < 0 ? APP_BY_ID : APPS;
    }
    if (p.equals("/api/v1/groups")) {
      return GROUPS;
    }
    if (p.startsWith("/api/v1/groups/rules")) {
      return OTHER;
    }
    if (p.startsWith("/api/v1/groups/")) {
      return GROUP_BY_ID;
    }
    if (p.equals("/api/v1/users")) {
      return USERS;
    }
    if (p.startsWith("/api/v1/users/")) {
      return USER_BY_ID;
    }
    if (p.startsWith("/api/v1/logs")) {
      return LOGS;
    }
    return OTHER;
  }
}
