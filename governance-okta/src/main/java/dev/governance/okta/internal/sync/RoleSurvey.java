package dev.governance.okta.internal.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.InventoryCollection;
import dev.governance.okta.catalog.OktaBucket;
import dev.governance.okta.internal.mapping.GroupStats;
import dev.governance.okta.internal.mapping.OktaRef;
import dev.governance.okta.internal.mapping.OktaRoleAssignment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The survey's second half for admin roles: the role lists of every principal that can hold one
 * (the users {@code /api/v1/iam/assignees/users} lists, the groups whose statistics flag admin
 * privilege, the OAuth service apps), whose assignments decide how many targets, permissions and
 * resource-set calls follow; and the members of admin groups, who hold those groups' roles and
 * whose factors are read with the other admins'.
 */
final class RoleSurvey {

  /**
   * The role assignments listed for one principal.
   *
   * @param kind identity, group or application
   * @param id its id
   * @param bucket the bucket its role calls count against
   * @param rolesPath {@code /api/v1/users/{id}/roles}, {@code /api/v1/groups/{id}/roles} or {@code
   *     /oauth2/v1/clients/{id}/roles}
   * @param assignments what the listing answered
   */
  record RoleList(EntityKind kind, String id, OktaBucket bucket, String rolesPath, List<OktaRoleAssignment> assignments) {

    RoleList {
      assignments = List.copyOf(assignments);
    }
  }

  /** What this half of the survey collects; filled by the jobs it submits. */
  static final class Found {
    final List<RoleList> roleLists = Collections.synchronizedList(new ArrayList<>());
    final Set<String> membersRead = Collections.synchronizedSet(new LinkedHashSet<>());
    final Set<String> groupAdmins = Collections.synchronizedSet(new LinkedHashSet<>());
  }

  private RoleSurvey() {}

  /**
   * Submits the reads; the caller awaits them.
   *
   * @param run the sync
   * @param groups the groups with their statistics
   * @param serviceApps the OAuth service apps, each to its client id
   * @param admins the users listed as holding a role
   * @param found where the answers go
   */
  static void submit(OktaSyncRun run, Map<String, GroupStats> groups, Map<String, String> serviceApps, List<String> admins,
      Found found) {
    boolean roles = run.any(InventoryCollection.ROLE_ASSIGNMENTS, InventoryCollection.ROLES);
    boolean adminFactors = run.plan.includes(InventoryCollection.AUTH_FACTORS) && !run.factorsForEveryone;
    boolean memberships = run.plan.includes(InventoryCollection.MEMBERSHIPS);
    if (roles) {
      for (String admin : admins) {
        list(run, found, EntityKind.IDENTITY, admin, OktaBucket.USERS, "/api/v1/users/" + admin + "/roles");
      }
      serviceApps.forEach((appId, clientId) -> list(run, found, EntityKind.APPLICATION, appId,
          OktaBucket.OAUTH2_CLIENTS, "/oauth2/v1/clients/" + clientId + "/roles"));
    }
    groups.forEach((groupId, stats) -> {
      if (!stats.mayHoldAdminRoles()) {
        return;
      }
      if (roles) {
        list(run, found, EntityKind.GROUP, groupId, OktaBucket.GROUPS, "/api/v1/groups/" + groupId + "/roles");
      }
      if ((memberships || adminFactors) && stats.mayHaveMembers()) {
        InventoryCollection collection = memberships ? InventoryCollection.MEMBERSHIPS : InventoryCollection.AUTH_FACTORS;
        found.membersRead.add(groupId);
        run.submit(OktaBucket.GROUPS, collection, () -> {
          run.http.forEachPage("/api/v1/groups/" + groupId + "/users?limit=" + CallPlan.GROUP_MEMBERS_PAGE,
              new TypeReference<List<OktaRef>>() {}, page -> {
                for (OktaRef u : page) {
                  if (memberships) {
                    run.sink.grant(Grant.Membership.of(u.id(), groupId));
                  }
                  found.groupAdmins.add(u.id());
                }
                run.progress(collection, page.size());
              });
        });
      }
    });
  }

  private static void list(OktaSyncRun run, Found found, EntityKind kind, String id, OktaBucket bucket, String path) {
    run.submit(bucket, InventoryCollection.ROLE_ASSIGNMENTS, () -> {
      List<OktaRoleAssignment> assignments = run.http.get(path, new TypeReference<List<OktaRoleAssignment>>() {});
      found.roleLists.add(new RoleList(kind, id, bucket, path, assignments == null ? List.of() : assignments));
    });
  }
}
