package dev.governance.testkit.scim;

/**
 * The generated contents a {@link FakeScimServer} starts with. The same shape and seed give the
 * same users, groups and ids.
 *
 * @since 0.1
 */
public enum ScimShape {
  /** Nothing: seed it with {@link ScimFixtures}. */
  EMPTY(0, 0),
  /** 12 users and 4 groups, one of them nested in another; roles and entitlements on some users. */
  SMALL(12, 4),
  /** 3,000 users and 300 groups, some nested; roles and entitlements on some users. */
  MEDIUM(3_000, 300);

  private final int users;
  private final int groups;

  ScimShape(int users, int groups) {
    this.users = users;
    this.groups = groups;
  }

  /**
   * How many users the shape generates.
   *
   * @return the count
   */
  public int users() {
    return users;
  }

  /**
   * How many groups the shape generates.
   *
   * @return the count
   */
  public int groups() {
    return groups;
  }
}
