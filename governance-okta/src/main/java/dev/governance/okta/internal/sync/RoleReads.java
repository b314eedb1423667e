package dev.governance.okta.internal.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.governance.core.GovernanceException;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.model.Role;
import dev.governance.core.model.RoleTarget;
import dev.governance.okta.catalog.OktaBucket;
import dev.governance.okta.internal.mapping.OktaRoleAssignment;
import dev.governance.okta.internal.mapping.OktaRoleTarget;
import dev.governance.okta.internal.mapping.RoleMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The reads that complete the role assignments the survey listed, as Okta documents them: one
 * paged targets list per assignment whose role type can have targets ({@code …/roles/{id}/targets/groups}
 * or {@code …/targets/catalog/apps}), the permissions of each distinct custom role and the
 * resources of each distinct resource set ({@code /api/v1/iam/*}, paged in the body). An
 * assignment whose targets or resource set could not be read is kept with {@code
 * targetsKnown=false}: never tenant-wide, and its collection partial.
 */
final class RoleReads {

  /** Targets asked per page: Okta's largest. */
  static final int TARGETS_PAGE = 200;

  /**
   * One listed assignment the sync keeps.
   *
   * @param list whose listing it came from
   * @param assignment the assignment
   */
  record Item(RoleSurvey.RoleList list, OktaRoleAssignment assignment) {}

  private RoleReads() {}

  /**
   * Returns the assignments the sync keeps. A user's listing repeats the roles of the user's
   * groups (assignment type {@code GROUP}); those whose group's own listing was read are left to
   * it, so that the group's targets are read once and its members reach the role through
   * memberships.
   *
   * @param survey the survey
   * @return the assignments, in listing order
   */
  static List<Item> items(Survey survey) {
    Set<String> groupsListed = new LinkedHashSet<>();
    for (RoleSurvey.RoleList l : survey.roleLists()) {
      if (l.kind() == EntityKind.GROUP) {
        groupsListed.add(l.id());
      }
    }
    List<Item> items = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (RoleSurvey.RoleList l : survey.roleLists()) {
      for (OktaRoleAssignment a : l.assignments()) {
        if (l.kind() == EntityKind.IDENTITY && a.assigneeGroup() != null && groupsListed.contains(a.assigneeGroup())) {
          continue;
        }
        if (seen.add(l.kind() + "/" + l.id() + "/" + a.id() + "/" + a.type())) {
          items.add(new Item(l, a));
        }
      }
    }
    return items;
  }

  /**
   * Predicts the calls: one targets page per targetable assignment in its principal's bucket, one
   * permissions call per distinct custom role and one resources page per distinct resource set.
   *
   * @param survey the survey
   * @param roles whether roles are read (permissions)
   * @param assignments whether role assignments are read (targets, resource sets)
   * @param calls where to add them
   */
  static void predict(Survey survey, boolean roles, boolean assignments, Map<OktaBucket, Integer> calls) {
    Set<String> customRoles = new LinkedHashSet<>();
    Set<String> resourceSets = new LinkedHashSet<>();
    for (Item i : items(survey)) {
      OktaRoleAssignment a = i.assignment();
      if (assignments && a.targets() != OktaRoleAssignment.Targets.NONE) {
        calls.merge(i.list().bucket(), 1, Integer::sum);
      }
      if (a.custom()) {
        customRoles.add(a.role());
        if (a.resourceSet() != null) {
          resourceSets.add(a.resourceSet());
        }
      }
    }
    int iam = (roles ? customRoles.size() : 0) + (assignments ? resourceSets.size() : 0);
    if (iam > 0) {
      calls.merge(OktaBucket.IAM, iam, Integer::sum);
    }
  }

  /**
   * Submits the reads and sends the roles and grants as they complete.
   *
   * @param run the sync
   * @param survey the survey
   */
  static void submit(OktaSyncRun run, Survey survey) {
    boolean roles = run.plan.includes(InventoryCollection.ROLES);
    boolean assignments = run.plan.includes(InventoryCollection.ROLE_ASSIGNMENTS);
    List<Item> items = items(survey);
    Map<String, List<Item>> bySet = new LinkedHashMap<>();
    Map<String, OktaRoleAssignment> customRoles = new LinkedHashMap<>();
    Set<String> standardSent = ConcurrentHashMap.newKeySet();
    for (Item i : items) {
      OktaRoleAssignment a = i.assignment();
      if (a.custom()) {
        customRoles.putIfAbsent(a.role(), a);
        if (assignments) {
          bySet.computeIfAbsent(a.resourceSet() == null ? "" : a.resourceSet(), k -> new ArrayList<>()).add(i);
        }
        continue;
      }
      if (roles && standardSent.add(RoleMapper.roleId(a))) {
        run.sink.entity(RoleMapper.role(a, Set.of()));
      }
      if (!assignments) {
        continue;
      }
      if (a.targets() == OktaRoleAssignment.Targets.NONE) {
        run.sink.grant(RoleMapper.roleAssignment(a, i.list().kind(), i.list().id(), List.of(), true, List.of()));
      } else {
        targets(run, i);
      }
    }
    if (roles) {
      customRoles.forEach((roleId, a) -> permissions(run, roleId, a));
    }
    bySet.forEach((setId, users) -> resources(run, setId, users));
    if (assignments) {
      run.progress(InventoryCollection.ROLE_ASSIGNMENTS, items.size());
    }
  }

  private static void targets(OktaSyncRun run, Item i) {
    OktaRoleAssignment a = i.assignment();
    boolean groups = a.targets() == OktaRoleAssignment.Targets.GROUPS;
    String path = i.list().rolesPath() + "/" + a.id() + (groups ? "/targets/groups" : "/targets/catalog/apps")
        + "?limit=" + TARGETS_PAGE;
    run.submit(i.list().bucket(), InventoryCollection.ROLE_ASSIGNMENTS, () -> {
      List<RoleTarget> targets = Collections.synchronizedList(new ArrayList<>());
      int pages;
      try {
        pages = run.http.forEachPage(path, new TypeReference<List<OktaRoleTarget>>() {}, page -> {
          for (OktaRoleTarget t : page) {
            (groups ? t.asGroup() : t.asApplication()).ifPresent(targets::add);
          }
        });
      } catch (GovernanceException e) {
        run.sink.grant(RoleMapper.roleAssignment(a, i.list().kind(), i.list().id(), List.copyOf(targets), false,
            List.of()));
        run.coverage.partial(InventoryCollection.ROLE_ASSIGNMENTS, "the targets of role assignment " + a.id()
            + " could not be read; it is kept as limited to unknown targets, never tenant-wide",
            CoverageTracker.causeOf(e));
        throw e;
      }
      run.sink.grant(RoleMapper.roleAssignment(a, i.list().kind(), i.list().id(), List.copyOf(targets), true,
          List.of()));
      if (pages > 1) {
        run.revisions.add("role assignment " + a.id() + ": " + pages + " page(s) of targets where the plan expected 1 ("
            + (pages - 1) + " call(s) to " + i.list().bucket().pattern() + ")");
      }
    });
  }

  private static void permissions(OktaSyncRun run, String roleId, OktaRoleAssignment a) {
    run.submit(OktaBucket.IAM, InventoryCollection.ROLES, () -> {
      Set<String> permissions = new TreeSet<>();
      try {
        int pages = bodyPages(run, "/api/v1/iam/roles/" + roleId + "/permissions", "permissions", p -> {
          String label = p.path("label").asText("");
          if (!label.isBlank()) {
            permissions.add(label);
          }
        });
        if (pages > 1) {
          run.revisions.add("custom role " + roleId + ": " + pages + " page(s) of permissions where the plan"
              + " expected 1 (" + (pages - 1) + " call(s) to " + OktaBucket.IAM.pattern() + ")");
        }
      } catch (GovernanceException e) {
        run.sink.entity(RoleMapper.role(a, Set.of()));
        run.coverage.partial(InventoryCollection.ROLES, "the permissions of custom role " + roleId
            + " could not be read; it is kept without them", CoverageTracker.causeOf(e));
        throw e;
      }
      run.sink.entity(RoleMapper.role(a, permissions));
    });
  }

  private static void resources(OktaSyncRun run, String setId, List<Item> holders) {
    if (setId.isEmpty()) {
      holders.forEach(i -> run.sink.grant(RoleMapper.roleAssignment(i.assignment(), i.list().kind(), i.list().id(),
          List.of(), false, List.of())));
      run.coverage.partial(InventoryCollection.ROLE_ASSIGNMENTS,
          "a custom role assignment named no resource set; it is kept as limited to unknown resources",
          dev.governance.core.model.Coverage.Cause.BY_DESIGN);
      return;
    }
    List<RoleTarget> target = List.of(new RoleTarget(RoleTarget.Kind.RESOURCE_SET, setId));
    run.submit(OktaBucket.IAM, InventoryCollection.ROLE_ASSIGNMENTS, () -> {
      List<String> orns = new ArrayList<>();
      try {
        int pages = bodyPages(run, "/api/v1/iam/resource-sets/" + setId + "/resources", "resources", r -> {
          String orn = r.path("orn").asText("");
          orns.add(orn.isBlank() ? r.path("_links").path("self").path("href").asText(r.path("id").asText()) : orn);
        });
        if (pages > 1) {
          run.revisions.add("resource set " + setId + ": " + pages + " page(s) of resources where the plan"
              + " expected 1 (" + (pages - 1) + " call(s) to " + OktaBucket.IAM.pattern() + ")");
        }
      } catch (GovernanceException e) {
        holders.forEach(i -> run.sink.grant(RoleMapper.roleAssignment(i.assignment(), i.list().kind(), i.list().id(),
            target, false, List.of())));
        run.coverage.partial(InventoryCollection.ROLE_ASSIGNMENTS, "the resources of resource set " + setId
            + " could not be read; its custom role assignments are kept as limited to unknown resources",
            CoverageTracker.causeOf(e));
        throw e;
      }
      List<String> scope = orns.stream().filter(o -> !o.isBlank()).toList();
      holders.forEach(i -> run.sink.grant(RoleMapper.roleAssignment(i.assignment(), i.list().kind(), i.list().id(),
          target, true, scope)));
    });
  }

  /**
   * Reads a list of {@code /api/v1/iam/*}, which answers an object with the items in {@code field}
   * and the next page in {@code _links.next.href}.
   *
   * @return the pages read
   */
  static int bodyPages(OktaSyncRun run, String first, String field, Consumer<JsonNode> onItem) {
    String next = first;
    int pages = 0;
    while (next != null) {
      JsonNode page = run.http.get(next, new TypeReference<JsonNode>() {});
      pages++;
      if (page == null) {
        break;
      }
      JsonNode items = page.path(field);
      if (!items.isArray() || items.isEmpty()) {
        break;
      }
      items.forEach(onItem);
      String href = page.path("_links").path("next").path("href").asText(null);
      next = href == null || !href.contains("/api/v1/") ? null : href.substring(href.indexOf("/api/v1/"));
    }
    return pages;
  }
}
