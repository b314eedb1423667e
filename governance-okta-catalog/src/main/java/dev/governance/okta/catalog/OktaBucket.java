package dev.governance.okta.catalog;

import java.util.Locale;

/**
 * Okta's management rate-limit buckets: which one a request counts against, and the limit per
 * minute Okta publishes for each plan.
 *
 * <p>Okta counts a request against exactly one bucket, chosen by method and path. The rule that
 * matters most, and that is easy to get wrong: only the resource itself is in an {@code {id}}
 * bucket. {@code GET /api/v1/groups/{id}} counts against {@link #GROUP_BY_ID}, but
 * {@code /api/v1/groups/{id}/users}, {@code /apps}, {@code /roles} and {@code /api/v1/groups/rules}
 * count against {@link #GROUPS}; {@code /api/v1/users/{id}/roles}, {@code /factors} and the
 * lifecycle operations count against {@link #USERS}; every {@code /api/v1/apps/{id}/…}
 * sub-resource counts against {@link #APPS}. Source: terraform-provider-okta
 * {@code okta/internal/apimutex/rate_limit_lines.go}, generated from Okta's own rate-limit
 * mapping, and Okta's "Management rate limits" reference (developer.okta.com/docs/reference/
 * rl-global-mgmt/), which gives the limits. Workforce Identity orgs with many licences get a
 * multiplier on the single-object {@code GET}s ({@code /apps/{id}}, {@code /groups/{id}}, {@code
 * /users/{idOrLogin}}); the limits here are the base ones, and a client learns the real limit from
 * {@code X-Rate-Limit-Limit}.
 *
 * @since 0.1
 */
public enum OktaBucket {
  /** {@code /api/v1/apps} and every {@code /api/v1/apps/{id}/…} sub-resource. */
  APPS("/api/v1/apps*", 20, 100, 100, 100),
  /** {@code GET}, {@code PUT} and {@code DELETE /api/v1/apps/{id}} only. */
  APP_BY_ID("/api/v1/apps/{id}", 100, 600, 600, 500),
  /**
   * {@code /api/v1/groups}, every {@code /api/v1/groups/{id}/…} sub-resource (members, apps, roles
   * and their targets, owners, stats) and {@code /api/v1/groups/rules…}.
   */
  GROUPS("/api/v1/groups", 100, 600, 600, 500),
  /** {@code GET}, {@code PUT} and {@code DELETE /api/v1/groups/{id}} only. */
  GROUP_BY_ID("/api/v1/groups/{id}", 100, 600, 600, 1000),
  /**
   * {@code /api/v1/users} and every {@code /api/v1/users/{id}/…} sub-resource (roles and their
   * targets, factors, groups, grants, lifecycle operations).
   */
  USERS("/api/v1/users", 100, 600, 600, 600),
  /** {@code GET /api/v1/users/{idOrLogin}} only. */
  USER_BY_ID("/api/v1/users/{idOrLogin}", 100, 1000, 1000, 2000),
  /** {@code POST}, {@code PUT} and {@code DELETE /api/v1/users/{id}}: profile changes, deletion. */
  USER_CHANGES("/api/v1/users/{id}", 100, 600, 600, 600),
  /**
   * {@code GET /api/v1/users/me}. Okta publishes no limit for it; the limits of
   * {@link #USERS} are assumed.
   */
  USER_ME("/api/v1/users/me", 100, 600, 600, 600),
  /** {@code /api/v1/logs}, the System Log. */
  LOGS("/api/v1/logs", 20, 50, 50, 120),
  /**
   * {@code /api/v1/iam/…}: custom roles, resource sets and their bindings, role assignees. Okta
   * publishes no limit for it; the limits of {@link #OTHER} are assumed.
   */
  IAM("/api/v1/iam", 100, 600, 600, 1200),
  /** {@code /oauth2/v1/clients…}, the OAuth clients and their admin roles. */
  OAUTH2_CLIENTS("/oauth2/v1/clients", 25, 100, 100, 100),
  /** {@code POST /oauth2/v1/token} of the org authorization server. */
  OAUTH2_TOKEN("/oauth2/v1/token", 300, 1200, 1200, 2000),
  /**
   * {@code /api/v1/principal-rate-limits…}. Okta publishes no limit for it; the limits of
   * {@link #OTHER} are assumed.
   */
  PRINCIPAL_RATE_LIMITS("/api/v1/principal-rate-limits", 100, 600, 600, 1200),
  /**
   * Every other endpoint, {@code /api/v1/api-tokens}, {@code /api/v1/org} and
   * {@code /api/v1/authenticators} among them.
   */
  OTHER("/api/v1/*", 100, 600, 600, 1200);

  private final String pattern;
  private final int[] limits;

  OktaBucket(String pattern, int... limitsByPlan) {
    this.pattern = pattern;
    this.limits = limitsByPlan.clone();
  }

  /**
   * Returns the name Okta gives the bucket, as its rate-limit dashboard shows it.
   *
   * @return e.g. {@code /api/v1/apps*}
   */
  public String pattern() {
    return pattern;
  }

  /**
   * Returns the org-wide limit per minute Okta publishes for a plan.
   *
   * @param plan the org's plan
   * @return requests per minute for the whole org
   */
  public int limit(OktaPlan plan) {
    return limits[plan.ordinal()];
  }

  /**
   * Finds the bucket of a {@code GET} request.
   *
   * @param path the request path, with or without a query
   * @return the bucket
   */
  public static OktaBucket of(String path) {
    return of("GET", path);
  }

  /**
   * Finds the bucket a request counts against.
   *
   * @param method the HTTP method
   * @param path the request path, with or without a query
   * @return the bucket
   */
  public static OktaBucket of(String method, String path) {
    String p = normalise(path);
    boolean get = "GET".equals(method.toUpperCase(Locale.ROOT));
    if (p.equals("/api/v1/apps")) {
      return APPS;
    }
    if (p.startsWith("/api/v1/apps/")) {
      return isSingleSegment(p, "/api/v1/apps/") && !p.equals("/api/v1/apps/rampAssignmentGrant")
          ? APP_BY_ID : APPS;
    }
    if (p.equals("/api/v1/groups") || p.startsWith("/api/v1/groups/rules")) {
      return GROUPS;
    }
    if (p.startsWith("/api/v1/groups/")) {
      return isSingleSegment(p, "/api/v1/groups/") ? GROUP_BY_ID : GROUPS;
    }
    if (p.equals("/api/v1/users")) {
      return USERS;
    }
    if (p.equals("/api/v1/users/me")) {
      return get ? USER_ME : USERS;
    }
    if (p.startsWith("/api/v1/users/")) {
      if (!isSingleSegment(p, "/api/v1/users/")) {
        return USERS;
      }
      return get ? USER_BY_ID : USER_CHANGES;
    }
    if (p.equals("/api/v1/logs")) {
      return LOGS;
    }
    if (p.startsWith("/api/v1/iam/")) {
      return IAM;
    }
    if (p.equals("/api/v1/principal-rate-limits") || p.startsWith("/api/v1/principal-rate-limits/")) {
      return PRINCIPAL_RATE_LIMITS;
    }
    if (p.equals("/oauth2/v1/clients") || p.startsWith("/oauth2/v1/clients/")) {
      return OAUTH2_CLIENTS;
    }
    if (p.equals("/oauth2/v1/token")) {
      return OAUTH2_TOKEN;
    }
    return OTHER;
  }

  /**
   * Finds a bucket by the name Okta gives it.
   *
   * @param pattern e.g. {@code /api/v1/apps*}
   * @return the bucket
   * @throws IllegalArgumentException if no bucket has that name
   */
  public static OktaBucket ofPattern(String pattern) {
    for (OktaBucket b : values()) {
      if (b.pattern.equals(pattern)) {
        return b;
      }
    }
    throw new IllegalArgumentException("No Okta rate-limit bucket is named '" + pattern
        + "'; the buckets are " + java.util.Arrays.stream(values()).map(OktaBucket::pattern).toList());
  }

  private static String normalise(String path) {
    int q = path.indexOf('?');
    String p = q >= 0 ? path.substring(0, q) : path;
    return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }

  private static boolean isSingleSegment(String path, String prefix) {
    return path.length() > prefix.length() && path.indexOf('/', prefix.length()) < 0;
  }
}
