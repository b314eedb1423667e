package dev.governance.testkit.okta;

import dev.governance.okta.catalog.StandardAdminRole;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An admin role to assign: one of Okta's standard roles, or a custom role bound to a resource set.
 *
 * @param standard the standard role, or {@code null} for a custom role
 * @param custom the custom role, or {@code null} for a standard role
 * @param assigneeType who holds it
 * @param assigneeId user, group or app id
 * @param targetGroupIds groups a standard role is limited to (empty: org-wide)
 * @param targetAppIds apps a standard role is limited to (empty: org-wide)
 * @param active {@code false} for an assignment Okta lists with {@code status: INACTIVE}
 * @since 0.1
 */
public record AdminRole(
    @Nullable StandardAdminRole standard, @Nullable CustomRole custom, AssigneeType assigneeType,
    String assigneeId, List<String> targetGroupIds, List<String> targetAppIds, boolean active) {

  /**
   * A custom role ({@code type: CUSTOM}): its permissions, bound to a resource set.
   *
   * @param label the role's label
   * @param permissions its permissions, e.g. {@code okta.users.read}
   * @param resourceGroupIds the groups the resource set holds; empty for a resource set holding
   *     every user ({@code orn:…:directory:{orgId}:users})
   */
  public record CustomRole(String label, Set<String> permissions, List<String> resourceGroupIds) {
    /**
     * Validates and copies.
     *
     * @param label label
     * @param permissions permissions
     * @param resourceGroupIds resource set groups
     */
    public CustomRole {
      Objects.requireNonNull(label, "label");
      permissions = Set.copyOf(permissions);
      resourceGroupIds = List.copyOf(resourceGroupIds);
      if (permissions.isEmpty()) {
        throw new IllegalArgumentException("A custom role needs at least one permission, e.g. "
            + "AdminRole.custom(\"Auditor\", Set.of(\"okta.users.read\"), userId).");
      }
    }
  }

  /**
   * Validates and copies.
   *
   * @param standard standard role or null
   * @param custom custom role or null
   * @param assigneeType assignee kind
   * @param assigneeId assignee id
   * @param targetGroupIds group targets
   * @param targetAppIds app targets
   * @param active whether the assignment is active
   */
  public AdminRole {
    Objects.requireNonNull(assigneeType, "assigneeType");
    Objects.requireNonNull(assigneeId, "assigneeId");
    targetGroupIds = List.copyOf(targetGroupIds);
    targetAppIds = List.copyOf(targetAppIds);
    if ((standard == null) == (custom == null)) {
      throw new IllegalArgumentException("An admin role is either a standard role or a custom one:"
          + " use AdminRole.user(StandardAdminRole.READ_ONLY_ADMIN, id) or AdminRole.custom(...).");
    }
    if (custom != null && !(targetGroupIds.isEmpty() && targetAppIds.isEmpty())) {
      throw new IllegalArgumentException("A custom role is limited by its resource set, not by "
          + "targets: use inResourceSet(groupIds...).");
    }
    if (standard != null && !standard.isTargetable()
        && !(targetGroupIds.isEmpty() && targetAppIds.isEmpty())) {
      throw new IllegalArgumentException(standard + " takes no targets; only "
          + "APP_ADMIN, USER_ADMIN, HELP_DESK_ADMIN and GROUP_MEMBERSHIP_ADMIN do.");
    }
  }

  /**
   * A standard role for a user, org-wide.
   *
   * @param type role
   * @param userId user
   * @return the role
   */
  public static AdminRole user(StandardAdminRole type, String userId) {
    return of(type, AssigneeType.USER, userId);
  }

  /**
   * A standard role for a group's members, org-wide.
   *
   * @param type role
   * @param groupId group
   * @return the role
   */
  public static AdminRole group(StandardAdminRole type, String groupId) {
    return of(type, AssigneeType.GROUP, groupId);
  }

  /**
   * A standard role for a service app, org-wide.
   *
   * @param type role
   * @param appId app
   * @return the role
   */
  public static AdminRole client(StandardAdminRole type, String appId) {
    return of(type, AssigneeType.CLIENT, appId);
  }

  /**
   * A standard role, org-wide.
   *
   * @param type role
   * @param assigneeType who holds it
   * @param assigneeId its id
   * @return the role
   */
  public static AdminRole of(StandardAdminRole type, AssigneeType assigneeType, String assigneeId) {
    Objects.requireNonNull(type, "type");
    return new AdminRole(type, null, assigneeType, assigneeId, List.of(), List.of(), true);
  }

  /**
   * A custom role for a user, bound to a resource set of every user.
   *
   * @param label label
   * @param permissions permissions
   * @param userId user
   * @return the role
   */
  public static AdminRole custom(String label, Set<String> permissions, String userId) {
    return custom(new CustomRole(label, permissions, List.of()), AssigneeType.USER, userId);
  }

  /**
   * A custom role.
   *
   * @param role the role and its resource set
   * @param assigneeType who holds it
   * @param assigneeId its id
   * @return the role
   */
  public static AdminRole custom(CustomRole role, AssigneeType assigneeType, String assigneeId) {
    Objects.requireNonNull(role, "role");
    return new AdminRole(null, role, assigneeType, assigneeId, List.of(), List.of(), true);
  }

  /**
   * Returns the type Okta sends in role listings.
   *
   * @return e.g. {@code READ_ONLY_ADMIN}, or {@code CUSTOM}
   */
  public String type() {
    return standard == null ? "CUSTOM" : standard.name();
  }

  /**
   * Returns a copy limited to groups.
   *
   * @param groupIds group ids
   * @return the copy
   */
  public AdminRole onGroups(String... groupIds) {
    return new AdminRole(standard, custom, assigneeType, assigneeId, List.of(groupIds), targetAppIds,
        active);
  }

  /**
   * Returns a copy limited to apps.
   *
   * @param appIds app ids
   * @return the copy
   */
  public AdminRole onApps(String... appIds) {
    return new AdminRole(standard, custom, assigneeType, assigneeId, targetGroupIds, List.of(appIds),
        active);
  }

  /**
   * Returns a copy of a custom role whose resource set holds these groups.
   *
   * @param groupIds group ids
   * @return the copy
   */
  public AdminRole inResourceSet(String... groupIds) {
    if (custom == null) {
      throw new IllegalStateException("Only a custom role has a resource set.");
    }
    return new AdminRole(null, new CustomRole(custom.label(), custom.permissions(), List.of(groupIds)),
        assigneeType, assigneeId, targetGroupIds, targetAppIds, active);
  }

  /**
   * Returns a copy Okta lists with {@code status: INACTIVE}: kept, but not in force.
   *
   * @return the copy
   */
  public AdminRole inactive() {
    return new AdminRole(standard, custom, assigneeType, assigneeId, targetGroupIds, targetAppIds,
        false);
  }
}
