package dev.governance.okta.internal.mapping;

/**
 * What {@code expand=stats} tells about a group, which decides the calls the sync spends on it.
 * Okta may leave the statistics out of a group; such a group is not assumed empty: its members,
 * applications and roles are read as if it had some.
 *
 * @param usersCount the members, when known
 * @param appsCount the applications assigned to it, when known
 * @param hasAdminPrivilege whether it holds an admin role, when known
 * @param known whether Okta sent the statistics
 */
public record GroupStats(int usersCount, int appsCount, boolean hasAdminPrivilege, boolean known) {

  /**
   * Statistics Okta sent.
   *
   * @param usersCount the members
   * @param appsCount the applications
   * @param hasAdminPrivilege whether it holds an admin role
   */
  public GroupStats(int usersCount, int appsCount, boolean hasAdminPrivilege) {
    this(usersCount, appsCount, hasAdminPrivilege, true);
  }

  /**
   * Returns the statistics of a group Okta sent none for.
   *
   * @return unknown statistics
   */
  public static GroupStats unknown() {
    return new GroupStats(0, 0, false, false);
  }

  /**
   * Tells whether the group's members must be read: it has some, or nobody knows.
   *
   * @return {@code true} if a members call is needed
   */
  public boolean mayHaveMembers() {
    return !known || usersCount > 0;
  }

  /**
   * Tells whether the group's applications must be read.
   *
   * @return {@code true} if an applications call is needed
   */
  public boolean mayHaveApps() {
    return !known || appsCount > 0;
  }

  /**
   * Tells whether the group's admin roles must be read.
   *
   * @return {@code true} if a roles call is needed
   */
  public boolean mayHoldAdminRoles() {
    return !known || hasAdminPrivilege;
  }
}
