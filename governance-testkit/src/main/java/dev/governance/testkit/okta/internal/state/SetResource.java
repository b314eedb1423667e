package dev.governance.testkit.okta.internal.state;

/**
 * One resource of a resource set.
 *
 * @param kind what it names
 * @param target the group or application position, or {@code -1} for {@link Kind#ALL_USERS} and
 *     {@link Kind#ALL_GROUPS}
 */
public record SetResource(Kind kind, int target) {

  /** What a resource names. */
  public enum Kind {
    /** One group: {@code orn:okta:directory:{orgId}:groups:{groupId}}. */
    GROUP,
    /** One application: {@code orn:okta:idp:{orgId}:apps:{appName}:{appId}}. */
    APP,
    /** Every group: {@code orn:okta:directory:{orgId}:groups}. */
    ALL_GROUPS,
    /** Every user: {@code orn:okta:directory:{orgId}:users}. */
    ALL_USERS
  }
}
