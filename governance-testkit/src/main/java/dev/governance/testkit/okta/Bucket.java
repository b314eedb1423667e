package dev.governance.testkit.okta;

/**
 * Okta's management rate-limit buckets, with the Enterprise defaults (requests per minute). A
 * request counts against exactly one bucket.
 *
 * @since 0.1
 */
public enum Bucket {
  /** {@code /api/v1/apps} and every {@code /api/v1/apps/{id}/…} sub-resource. */
  APPS("/api/v1/apps*", 100),
  /** {@code /api/v1/apps/{id}} itself. */
  APP_BY_ID("/api/v1/apps/{id}", 600),
  /** {@code /api/v1/groups} (the list). */
  GROUPS("/api/v1/groups", 600),
  /** {@code /api/v1/groups/{id}} and its sub-resources. */
  GROUP_BY_ID("/api/v1/groups/{id}", 600),
  /** {@code /api/v1/users} (the list). */
  USERS("/api/v1/users", 600),
  /** {@code /api/v1/users/{idOrLogin}} and its sub-resources. */
  USER_BY_ID("/api/v1/users/{id}", 1000),
  /** {@code /api/v1/logs}. */
  LOGS("/api/v1/logs", 50),
  /** Every other endpoint. */
  OTHER("/api/v1/*", 600);

  private final String pattern;
  private final int defaultLimit;

  Bucket(String pattern, int defaultLimit) {
    this.pattern = pattern;
    this.defaultLimit = defaultLimit;
  }

  /**
   * The path pattern Okta shows for the bucket.
   *
   * @return e.g. {@code /api/v1/apps*}
   */
  public String pattern() {
    return pattern;
  }

  /**
   * Requests per minute for the whole org by default.
   *
   * @return the limit
   */
  public int defaultLimit() {
    return defaultLimit;
  }

  /**
   * Finds the bucket a request path counts against.
   *
   * @param path request path without query
   * @return the bucket
   */
  public static Bucket of(String path) {
    String p = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
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
    if (p.equals("/api/v1/logs")) {
      return LOGS;
    }
    return OTHER;
  }
}
