package dev.governance.testkit.okta;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An admin role to assign.
 *
 * @param type role type
 * @param assigneeType who holds it
 * @param assigneeId user, group or app id
 * @param targetGroupIds groups the role is limited to (empty: org-wide)
 * @param targetAppIds apps the role is limited to (empty: org-wide)
 * @param customLabel label of a custom role (null for standard roles)
 * @param permissions permissions of a custom role, e.g. {@code okta.users.read}
 * @since 0.1
 */
public record AdminRole(
    RoleType type, AssigneeType assigneeType, String assigneeId, List<String> targetGroupIds,
    List<String> targetAppIds, String customLabel, Set<String> permissions) {
  /**
   * Validates and copies.
   *
   * @param type type
   * @param assigneeType assignee kind
   * @param assigneeId assignee id
   * @param targetGroupIds group targets
   * @param targetAppIds app targets
   * @param customLabel custom label
   * @param permissions custom permissions
   */
  public AdminRole {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(assigneeType, "assigneeType");
    Objects.requireNonNull(assigneeId, "assigneeId");
    targetGroupIds = List.copyOf(targetGroupIds);
    targetAppIds = List.copyOf(targetAppIds);
    permissions = Set.copyOf(permissions);
    if (type == RoleType.CUSTOM && (customLabel == null || permissions.isEmpty())) {
      throw new IllegalArgumentException("A CUSTOM role needs a label and at least one "
          + "permission, e.g. AdminRole.custom(\"Auditor\", Set.of(\"okta.users.read\"), ...).");
    }
  }

  /**
   * A standard role for a user, org-wide.
   *
   * @param type role type
   * @param userId user
   * @return the role
   */
  public static AdminRole user(RoleType type, String userId) {
    return new AdminRole(type, AssigneeType.USER, userId, List.of(), List.of(), null, Set.of());
  }

  /**
   * A standard role for a group's members, org-wide.
   *
   * @param type role type
   * @param groupId group
   * @return the role
   */
  public static AdminRole group(RoleType type, String groupId) {
    return new AdminRole(type, AssigneeType.GROUP, groupId, List.of(), List.of(), null, Set.of());
  }

  /**
   * A standard role for a service app, org-wide.
   *
   * @param type role type
   * @param appId app
   * @return the role
   */
  public static AdminRole client(RoleType type, String appId) {
    return new AdminRole(type, AssigneeType.CLIENT, appId, List.of(), List.of(), null, Set.of());
  }

  /**
   * A custom role for a user.
   *
   * @param label label
   * @param permissions permissions
   * @param userId user
   * @return the role
   */
  public static AdminRole custom(String label, Set<String> permissions, String userId) {
    return new AdminRole(RoleType.CUSTOM, AssigneeType.USER, userId, List.of(), List.of(),
        label, permissions);
  }

  /**
   * Returns a copy limited to groups.
   *
   * @param groupIds group ids
   * @return the copy
   */
  public AdminRole onGroups(String... groupIds) {
    return new AdminRole(type, assigneeType, assigneeId, List.of(groupIds), targetAppIds,
        customLabel, permissions);
  }

  /**
   * Returns a copy limited to apps.
   *
   * @param appIds app ids
   * @return the copy
   */
  public AdminRole onApps(String... appIds) {
    return new AdminRole(type, assigneeType, assigneeId, targetGroupIds, List.of(appIds),
        customLabel, permissions);
  }
}
