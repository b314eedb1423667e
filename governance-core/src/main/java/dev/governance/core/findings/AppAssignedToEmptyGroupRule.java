package dev.governance.core.findings;

import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.InventoryCollection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An application in use is assigned to groups that have no identity among their members, not even
 * through nested groups. Nobody gets access through them today; whoever is added later gets it
 * without anyone deciding so.
 */
final class AppAssignedToEmptyGroupRule implements FindingRule {

  private static final RuleMetadata METADATA = new RuleMetadata(
      BuiltInRules.APP_ASSIGNED_TO_EMPTY_GROUP,
      "Application assigned to an empty group",
      Severity.LOW,
      List.of(
          RuleInput.read(InventoryCollection.APP_ASSIGNMENTS),
          RuleInput.complete(InventoryCollection.MEMBERSHIPS),
          RuleInput.optional(InventoryCollection.APPLICATIONS)));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Finding> evaluate(FindingContext ctx) {
    Map<String, Boolean> empty = new HashMap<>();
    Map<String, TreeSet<String>> emptyByApp = new TreeMap<>();
    for (Grant.AppAssignment a : ctx.grantsByKind().appAssignments()) {
      if (a.assigneeKind() != EntityKind.GROUP || !ctx.applicationInUse(a.applicationId())) {
        continue;
      }
      boolean isEmpty = empty.computeIfAbsent(
          a.assigneeId(), g -> !GroupWalk.anyMember(ctx.snapshot(), g, id -> true));
      if (isEmpty) {
        emptyByApp.computeIfAbsent(a.applicationId(), k -> new TreeSet<>()).add(a.assigneeId());
      }
    }
    int limit = ctx.config().evidenceLimit();
    List<Finding> findings = new ArrayList<>();
    emptyByApp.forEach((appId, groups) -> {
      List<String> names = new ArrayList<>();
      groups.forEach(g -> names.add(ctx.name(EntityKind.GROUP, g)));
      List<String> sorted = FindingContext.sorted(names);
      String app = ctx.name(EntityKind.APPLICATION, appId);
      int n = groups.size();
      Evidence evidence = Evidence.builder()
          .put("application", app)
          .put("emptyGroupCount", n)
          .putList("emptyGroups", sorted, limit)
          .text(app + " is assigned to " + (n == 1 ? "a group" : n + " groups") + " without members: "
              + String.join(", ", sorted.subList(0, Math.min(limit, n))) + (n > limit ? " and more." : "."));
      findings.add(METADATA.finding(
          ctx.subject(EntityKind.APPLICATION, appId),
          app + " is assigned to " + (n == 1 ? "an empty group" : n + " empty groups"),
          evidence,
          "Remove the application from groups nobody is in, or add the people meant to use it. Otherwise"
              + " whoever joins the group later gets the application without anyone deciding so."));
    });
    return findings;
  }
}
