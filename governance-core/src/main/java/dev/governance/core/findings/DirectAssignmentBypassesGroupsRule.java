package dev.governance.core.findings;

import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.InventoryCollection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An application in use is assigned to groups, yet some identities hold it through a direct
 * assignment: access that bypasses the groups meant to manage it. The evidence tells apart
 * identities that also reach it through a group (the direct assignment is redundant) from those
 * that hold it only directly.
 */
final class DirectAssignmentBypassesGroupsRule implements FindingRule {

  private static final RuleMetadata METADATA = new RuleMetadata(
      BuiltInRules.DIRECT_ASSIGNMENT_BYPASSES_GROUPS,
      "Direct assignments that bypass an application's groups",
      Severity.LOW,
      List.of(
          RuleInput.read(InventoryCollection.APP_ASSIGNMENTS),
          RuleInput.optional(InventoryCollection.MEMBERSHIPS),
          RuleInput.optional(InventoryCollection.APPLICATIONS)));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public String summarize(int subjects, int population, EntityKind kind, FindingsConfig config) {
    return FindingGroup.share(subjects, population, kind) + " "
        + FindingGroup.verb(subjects, "is", "are") + " assigned to people directly beside their groups";
  }

  @Override
  public List<Finding> evaluate(FindingContext ctx) {
    Map<String, TreeSet<String>> groupsByApp = new TreeMap<>();
    Map<String, TreeSet<String>> directByApp = new TreeMap<>();
    for (Grant.AppAssignment a : ctx.grantsByKind().appAssignments()) {
      if (a.assigneeKind() == EntityKind.GROUP) {
        groupsByApp.computeIfAbsent(a.applicationId(), k -> new TreeSet<>()).add(a.assigneeId());
      } else if (a.provenance().isDirect()) {
        directByApp.computeIfAbsent(a.applicationId(), k -> new TreeSet<>()).add(a.assigneeId());
      }
    }
    int limit = ctx.config().evidenceLimit();
    List<Finding> findings = new ArrayList<>();
    directByApp.forEach((appId, identities) -> {
      TreeSet<String> groups = groupsByApp.get(appId);
      if (groups == null || !ctx.applicationInUse(appId)) {
        return;
      }
      List<String> onlyDirect = new ArrayList<>();
      List<String> redundant = new ArrayList<>();
      for (String identityId : identities) {
        Set<String> throughGroups = new HashSet<>();
        GroupWalk.applicationsThroughGroups(ctx.snapshot(), identityId, throughGroups);
        boolean viaGroup = throughGroups.contains(appId);
        (viaGroup ? redundant : onlyDirect).add(ctx.name(EntityKind.IDENTITY, identityId));
      }
      List<String> groupNames = new ArrayList<>();
      groups.forEach(g -> groupNames.add(ctx.name(EntityKind.GROUP, g)));
      String app = ctx.name(EntityKind.APPLICATION, appId);
      int n = identities.size();
      Evidence evidence = Evidence.builder()
          .put("application", app)
          .putList("groups", FindingContext.sorted(groupNames), limit)
          .put("directAssignments", n)
          .putList("onlyDirect", FindingContext.sorted(onlyDirect), limit)
          .putList("alsoThroughGroup", FindingContext.sorted(redundant), limit)
          .text(app + " is assigned to " + groups.size() + (groups.size() == 1 ? " group" : " groups")
              + ", yet " + n + (n == 1 ? " identity holds" : " identities hold") + " it directly ("
              + onlyDirect.size() + " only directly, " + redundant.size() + " also through a group).");
      findings.add(METADATA.finding(
          ctx.subject(EntityKind.APPLICATION, appId),
          app + " is assigned to groups, yet " + n + (n == 1 ? " identity holds" : " identities hold")
              + " it directly",
          evidence,
          "Manage this application's access through its groups: remove the direct assignments of"
              + " identities that also reach it through a group, and move the others into the group that"
              + " fits their role before removing their direct assignment."));
    });
    return findings;
  }
}
