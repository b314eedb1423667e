package dev.governance.okta.internal.sync;

import dev.governance.okta.internal.mapping.GroupStats;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the survey learned, which decides the calls of the rest of the sync.
 *
 * @param groups group id to its statistics, in listing order; empty if groups were not readable
 * @param everyoneGroupId the built-in group of all users, or {@code null} if not seen
 * @param applications application id to whether it is an OAuth client, in listing order
 * @param groupsOfApplication application id to the groups assigned to it, when read
 * @param admins ids of users {@code /api/v1/iam/assignees/users} lists as holding an admin role
 * @param serviceApps id of each OAuth service app, which can hold admin roles, to its client id
 * @param roleLists the role assignments listed per principal
 * @param membersRead groups whose members the survey read (groups holding admin roles)
 * @param factorUsers users whose factors are read when factors are read for admins only: the
 *     listed admins and the members of groups holding admin roles
 * @param deprovisioned the deactivated users, listed in the survey, or -1 if they were not
 * @param inactiveApplications the applications that are not active: Okta leaves their assignments
 *     to users it deactivates in place
 * @param apiTokens the API tokens listed, their last use derived from the expiry, not yet stored
 */
record Survey(
    Map<String, GroupStats> groups,
    String everyoneGroupId,
    Map<String, Boolean> applications,
    Map<String, List<String>> groupsOfApplication,
    List<String> admins,
    Map<String, String> serviceApps,
    List<RoleSurvey.RoleList> roleLists,
    Set<String> membersRead,
    List<String> factorUsers,
    int deprovisioned,
    Set<String> inactiveApplications,
    List<dev.governance.core.model.ApiToken> apiTokens) {

  /**
   * Returns the number of users according to the built-in group of all users.
   *
   * @return the count, or {@code -1} when unknown
   */
  int users() {
    GroupStats everyone = everyoneGroupId == null ? null : groups.get(everyoneGroupId);
    return everyone == null ? -1 : everyone.usersCount();
  }

  /**
   * Estimates the rows of an application's user list: the members of its groups, at most every
   * user. Direct assignments of users outside those groups are not known in advance.
   *
   * @param applicationId the application
   * @return the estimate
   */
  /**
   * Returns the users that are not deactivated, when the survey counted the deactivated ones.
   *
   * @return the users Okta lists outside the deactivated ones, or -1 if unknown
   */
  int usersNotDeprovisioned() {
    int all = users();
    return all < 0 || deprovisioned < 0 ? -1 : Math.max(0, all - deprovisioned);
  }

  int estimatedUsersOf(String applicationId) {
    long members = 0;
    for (String g : groupsOfApplication.getOrDefault(applicationId, List.of())) {
      GroupStats stats = groups.get(g);
      members += stats == null ? 0 : stats.usersCount();
    }
    // Okta unassigns a deactivated user from every active application while its memberships stay,
    // so an active application lists at most the users who are not deactivated.
    int all = usersNotDeprovisioned() >= 0 && !inactiveApplications.contains(applicationId)
        ? usersNotDeprovisioned() : users();
    return (int) (all < 0 ? members : Math.min(members, all));
  }
}
