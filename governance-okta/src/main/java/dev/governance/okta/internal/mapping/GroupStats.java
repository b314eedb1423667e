package dev.governance.okta.internal.mapping;

/**
 * What {@code expand=stats} tells about a group, which decides the calls the sync spends on it.
 *
 * @param usersCount members
 * @param appsCount applications assigned to the group
 * @param hasAdminPrivilege whether the group holds an admin role
 */
public record GroupStats(int usersCount, int appsCount, boolean hasAdminPrivilege) {}
