package dev.governance.testkit.okta.internal.state;

/**
 * A resource set: what a custom role's assignments apply to. It holds groups (each an ORN {@code
 * orn:okta:directory:{orgId}:groups:{groupId}}), applications ({@code
 * orn:okta:idp:{orgId}:apps:{appName}:{appId}}), every group, or every user.
 */
public final class ResourceSetRec {
  /** Okta id, {@code iam…}. */
  public final String id;
  /** Unique label. */
  public String label;
  /** Description. */
  public String description;
  /** Creation time. */
  public final long created;
  /** Last update. */
  public long lastUpdated;
  /** Groups it holds (positions, sorted). */
  public final IntList groups;
  /** Applications it holds (positions, sorted). */
  public final IntList apps = new IntList();
  /** Whether it holds every user ({@code orn:okta:directory:{orgId}:users}). */
  public boolean allUsers;
  /** Whether it holds every group ({@code orn:okta:directory:{orgId}:groups}). */
  public boolean allGroups;
  private final boolean usersWhenEmpty;

  /**
   * Creates a resource set.
   *
   * @param id Okta id
   * @param label unique label
   * @param description description
   * @param groups the group list it holds; set-up passes the list of the custom role assignment it
   *     describes, which may still grow
   * @param usersWhenEmpty whether a set without resources holds every user (set-up's default)
   * @param created creation time
   */
  public ResourceSetRec(String id, String label, String description, IntList groups, boolean usersWhenEmpty,
      long created) {
    this.id = id;
    this.label = label;
    this.description = description;
    this.groups = groups;
    this.usersWhenEmpty = usersWhenEmpty;
    this.created = created;
    this.lastUpdated = created;
  }

  /**
   * Whether it holds every user.
   *
   * @return true for the {@code …:users} resource
   */
  public boolean holdsAllUsers() {
    return allUsers || usersWhenEmpty && groups.size() == 0 && apps.size() == 0 && !allGroups;
  }

  /**
   * How many resources it holds.
   *
   * @return the count
   */
  public int size() {
    return groups.size() + apps.size() + (allGroups ? 1 : 0) + (holdsAllUsers() ? 1 : 0);
  }
}
