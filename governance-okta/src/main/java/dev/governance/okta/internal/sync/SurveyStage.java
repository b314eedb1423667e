package dev.governance.okta.internal.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import com.okta.sdk.resource.model.ApplicationGroupAssignment;
import com.okta.sdk.resource.model.RoleAssignedUsers;
import dev.governance.core.model.ApiToken;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Group;
import dev.governance.core.model.GroupType;
import dev.governance.core.model.InventoryCollection;
import dev.governance.okta.catalog.OktaBucket;
import dev.governance.okta.internal.mapping.GroupStats;
import dev.governance.okta.internal.mapping.OktaMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The survey: the reads whose answers decide every other call. First the lists (groups with their
 * statistics, applications, admins, group rules, API tokens), then which groups are assigned to
 * which applications, read from whichever side costs fewer calls.
 */
final class SurveyStage {

  /** The survey lists by name, as later reads and {@link CoverageDependencies} refer to them. */
  static final String DEPROVISIONED = "deprovisioned";
  static final String GROUPS = "groups";
  static final String APPLICATIONS = "applications";
  static final String ADMINS = "admins";

  private SurveyStage() {}

  static Survey read(OktaSyncRun run) {
    Map<String, GroupStats> groups = Collections.synchronizedMap(new LinkedHashMap<>());
    String[] everyone = new String[1];
    Map<String, Boolean> apps = Collections.synchronizedMap(new LinkedHashMap<>());
    Set<String> inactiveApps = java.util.concurrent.ConcurrentHashMap.newKeySet();
    Map<String, String> serviceApps = Collections.synchronizedMap(new LinkedHashMap<>());
    List<String> admins = Collections.synchronizedList(new ArrayList<>());
    int[] deprovisioned = {-1};
    List<ApiToken> apiTokens = Collections.synchronizedList(new ArrayList<>());
    if (CallPlan.listsUsers(run.plan, run.factorsForEveryone)) {
      run.submitSurvey(DEPROVISIONED, OktaBucket.USERS, InventoryCollection.IDENTITIES, () -> {
        int[] n = {0};
        InventoryStage.listUsers(run, CallPlan.DEPROVISIONED_USERS, page -> n[0] += page.size());
        deprovisioned[0] = n[0];
      });
    }
    if (run.any(InventoryCollection.GROUPS, InventoryCollection.MEMBERSHIPS, InventoryCollection.APP_ASSIGNMENTS,
        InventoryCollection.ROLE_ASSIGNMENTS, InventoryCollection.ROLES, InventoryCollection.IDENTITIES)
        || run.plan.includes(InventoryCollection.AUTH_FACTORS) && !run.factorsForEveryone) {
      run.submitSurvey(GROUPS, OktaBucket.GROUPS, InventoryCollection.GROUPS, () -> run.http.forEachPage(
          "/api/v1/groups?expand=stats&limit=" + CallPlan.GROUPS_PAGE,
          new TypeReference<List<com.okta.sdk.resource.model.Group>>() {}, page -> {
            for (var g : page) {
              Group group = OktaMapper.group(g);
              groups.put(group.id(), OktaMapper.stats(g).orElse(GroupStats.unknown()));
              if (group.type() == GroupType.BUILT_IN && "Everyone".equals(group.name())) {
                everyone[0] = group.id();
              }
              if (run.plan.includes(InventoryCollection.GROUPS)) {
                run.sink.entity(group);
              }
            }
            run.progress(InventoryCollection.GROUPS, page.size());
          }));
    }
    if (run.any(InventoryCollection.APPLICATIONS, InventoryCollection.APP_ASSIGNMENTS, InventoryCollection.SCOPE_GRANTS,
        InventoryCollection.ROLE_ASSIGNMENTS, InventoryCollection.ROLES)) {
      run.submitSurvey(APPLICATIONS, OktaBucket.APPS, InventoryCollection.APPLICATIONS, () -> run.http.forEachPage(
          "/api/v1/apps?limit=" + CallPlan.APPS_PAGE,
          new TypeReference<List<com.okta.sdk.resource.model.Application>>() {}, page -> {
            for (var a : page) {
              var app = OktaMapper.application(a);
              apps.put(app.id(), app.oauthClient());
              if (app.status() != dev.governance.core.model.ApplicationStatus.ACTIVE) {
                inactiveApps.add(app.id());
              }
              OktaMapper.serviceClientId(a).ifPresent(clientId -> serviceApps.put(app.id(), clientId));
              if (run.plan.includes(InventoryCollection.APPLICATIONS)) {
                run.sink.entity(app);
              }
            }
            run.progress(InventoryCollection.APPLICATIONS, page.size());
          }));
    }
    if (run.any(InventoryCollection.ROLE_ASSIGNMENTS, InventoryCollection.ROLES)
        || run.plan.includes(InventoryCollection.AUTH_FACTORS) && !run.factorsForEveryone) {
      run.submitSurvey(ADMINS, OktaBucket.IAM, InventoryCollection.ROLE_ASSIGNMENTS, () -> admins(run, admins));
    }
    if (run.plan.includes(InventoryCollection.GROUP_RULES)) {
      run.submit(OktaBucket.GROUPS, InventoryCollection.GROUP_RULES, () -> run.http.forEachPage(
          "/api/v1/groups/rules?limit=" + CallPlan.RULES_PAGE,
          new TypeReference<List<com.okta.sdk.resource.model.GroupRule>>() {}, page -> {
            page.forEach(r -> run.sink.entity(OktaMapper.groupRule(r)));
            run.progress(InventoryCollection.GROUP_RULES, page.size());
          }));
    }
    if (run.plan.includes(InventoryCollection.API_TOKENS)) {
      run.submit(OktaBucket.OTHER, InventoryCollection.API_TOKENS, () -> run.http.forEachPage(
          "/api/v1/api-tokens", new TypeReference<List<com.okta.sdk.resource.model.ApiToken>>() {}, page -> {
            page.forEach(t -> apiTokens.add(OktaMapper.apiToken(t)));
            run.progress(InventoryCollection.API_TOKENS, page.size());
          }));
    }
    run.await();
    Map<String, List<String>> groupsOfApp = new ConcurrentHashMap<>();
    RoleSurvey.Found roles = new RoleSurvey.Found();
    RoleSurvey.submit(run, groups, Map.copyOf(serviceApps), List.copyOf(admins), roles);
    boolean bothRead = !run.surveyFailures.containsKey(GROUPS) && !run.surveyFailures.containsKey(APPLICATIONS);
    if (run.plan.includes(InventoryCollection.APP_ASSIGNMENTS) && bothRead) {
      groupAssignments(run, groups, apps, groupsOfApp);
    }
    run.await();
    Set<String> factorUsers = new LinkedHashSet<>(admins);
    synchronized (roles.groupAdmins) {
      factorUsers.addAll(roles.groupAdmins);
    }
    List<RoleSurvey.RoleList> roleLists;
    synchronized (roles.roleLists) {
      roleLists = List.copyOf(roles.roleLists);
    }
    Set<String> membersRead;
    synchronized (roles.membersRead) {
      membersRead = Set.copyOf(roles.membersRead);
    }
    return new Survey(new LinkedHashMap<>(groups), everyone[0], new LinkedHashMap<>(apps), Map.copyOf(groupsOfApp),
        List.copyOf(admins), new LinkedHashMap<>(serviceApps), roleLists, membersRead, List.copyOf(factorUsers),
        deprovisioned[0], Set.copyOf(inactiveApps), copy(apiTokens));
  }

  private static List<ApiToken> copy(List<ApiToken> tokens) {
    synchronized (tokens) {
      return List.copyOf(tokens);
    }
  }

  private static void admins(OktaSyncRun run, List<String> admins) {
    String next = "/api/v1/iam/assignees/users?limit=" + CallPlan.ASSIGNEES_PAGE;
    while (next != null) {
      RoleAssignedUsers page = run.http.get(next, new TypeReference<RoleAssignedUsers>() {});
      if (page == null || page.getValue() == null || page.getValue().isEmpty()) {
        break;
      }
      page.getValue().forEach(u -> admins.add(u.getId()));
      String href = page.getLinks() == null || page.getLinks().getNext() == null
          ? null : page.getLinks().getNext().getHref();
      next = href == null || !href.contains("/api/v1/") ? null : href.substring(href.indexOf("/api/v1/"));
    }
  }

  /**
   * Reads which groups are assigned to which applications, from the groups' side ({@code
   * /groups/{id}/apps} for each group with applications) or the applications' side ({@code
   * /apps/{id}/groups} for each application), whichever costs fewer calls by the statistics.
   */
  private static void groupAssignments(OktaSyncRun run, Map<String, GroupStats> groups, Map<String, Boolean> apps,
      Map<String, List<String>> groupsOfApp) {
    int fromGroups = 0;
    long edges = 0;
    boolean unknown = false;
    for (GroupStats s : groups.values()) {
      if (s.mayHaveApps()) {
        fromGroups += CallPlan.pages(s.appsCount(), CallPlan.GROUP_APPS_PAGE);
        edges += s.appsCount();
        unknown |= !s.known();
      }
    }
    long fromApps = apps.size() + edges / CallPlan.APP_GROUPS_PAGE;
    if (edges == 0 && !unknown) {
      return;
    }
    if (run.preferShorterSync ? appSideIsShorter(run, groups, apps.size(), fromApps, fromGroups) : fromApps < fromGroups) {
      for (String appId : apps.keySet()) {
        run.submit(OktaBucket.APPS, InventoryCollection.APP_ASSIGNMENTS, () -> run.http.forEachPage(
            "/api/v1/apps/" + appId + "/groups?limit=" + CallPlan.APP_GROUPS_PAGE,
            new TypeReference<List<ApplicationGroupAssignment>>() {}, page -> {
              page.forEach(a -> edge(run, groupsOfApp, a.getId(), appId));
              run.progress(InventoryCollection.APP_ASSIGNMENTS, page.size());
            }));
      }
    } else {
      groups.forEach((groupId, stats) -> {
        if (stats.mayHaveApps()) {
          run.submit(OktaBucket.GROUPS, InventoryCollection.APP_ASSIGNMENTS, () -> run.http.forEachPage(
              "/api/v1/groups/" + groupId + "/apps?limit=" + CallPlan.GROUP_APPS_PAGE,
              new TypeReference<List<com.okta.sdk.resource.model.Application>>() {}, page -> {
                page.forEach(a -> edge(run, groupsOfApp, groupId, a.getId()));
                run.progress(InventoryCollection.APP_ASSIGNMENTS, page.size());
              }));
        }
      });
    }
  }

  /**
   * Compares the busiest bucket's windows either way: the applications' side adds its calls to
   * {@code /api/v1/apps*}, which already carries at least one users call per application; the
   * groups' side adds its calls to {@code /api/v1/groups}, which carries the members calls.
   */
  private static boolean appSideIsShorter(OktaSyncRun run, Map<String, GroupStats> groups, int applications,
      long fromApps, long fromGroups) {
    long memberPages = 0;
    for (GroupStats s : groups.values()) {
      if (s.mayHaveMembers()) {
        memberPages += CallPlan.pages(s.usersCount(), CallPlan.GROUP_MEMBERS_PAGE);
      }
    }
    return appSideIsShorter(memberPages, applications, fromApps, fromGroups,
        run.http.allowedPerWindow(OktaBucket.APPS), run.http.allowedPerWindow(OktaBucket.GROUPS));
  }

  /**
   * Tells whether reading group assignments from the applications' side makes for a shorter sync.
   *
   * @param memberPages the members calls in {@code /api/v1/groups}
   * @param applications the applications, each costing at least one users call in {@code /api/v1/apps*}
   * @param fromApps the calls the applications' side would cost, in {@code /api/v1/apps*}
   * @param fromGroups the calls the groups' side would cost, in {@code /api/v1/groups}
   * @param appsPerWindow requests per window allowed in {@code /api/v1/apps*}
   * @param groupsPerWindow requests per window allowed in {@code /api/v1/groups}
   * @return {@code true} if the applications' side leaves the busiest bucket fewer windows
   */
  static boolean appSideIsShorter(long memberPages, int applications, long fromApps, long fromGroups,
      double appsPerWindow, double groupsPerWindow) {
    double viaApps = Math.max((applications + fromApps) / appsPerWindow, memberPages / groupsPerWindow);
    double viaGroups = Math.max(applications / appsPerWindow, (memberPages + fromGroups) / groupsPerWindow);
    return viaApps < viaGroups;
  }

  private static void edge(OktaSyncRun run, Map<String, List<String>> groupsOfApp, String groupId, String appId) {
    groupsOfApp.computeIfAbsent(appId, k -> Collections.synchronizedList(new ArrayList<>())).add(groupId);
    run.sink.grant(Grant.AppAssignment.direct(EntityKind.GROUP, groupId, appId));
  }
}
