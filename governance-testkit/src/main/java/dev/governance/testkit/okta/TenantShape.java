package dev.governance.testkit.okta;

import java.util.Locale;

/**
 * Named tenant shapes the seeded generator builds. The same shape and seed always give the same
 * tenant.
 *
 * @since 0.1
 */
public enum TenantShape {
  /** Only the super admin, its API token and the {@code Everyone} group. */
  EMPTY,
  /** About 50 users, 12 groups and 10 apps with a story (admins, a stale token, risky grants). */
  DEMO,
  /** 10,000 users, 2,000 groups, 300 apps, about 50,000 memberships. */
  MEDIUM,
  /** 100,000 users, 10,000 groups, 1,000 apps, about 1,000,000 memberships. */
  LARGE;

  /**
   * Parses a shape name, case-insensitively.
   *
   * @param name e.g. {@code demo}
   * @return the shape
   */
  public static TenantShape parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Unknown tenant shape '" + name
          + "'; use one of empty, demo, medium, large.", e);
    }
  }
}
