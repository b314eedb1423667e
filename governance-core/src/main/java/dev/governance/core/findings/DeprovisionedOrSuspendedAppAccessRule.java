package dev.governance.core.findings;

import dev.governance.core.access.Access;
import dev.governance.core.access.AccessPath;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Identity;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.InventoryCollection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An identity that cannot sign in still holds access to applications in use; the evidence names
 * every path.
 *
 * <ul>
 *   <li>Suspended (high): a suspension keeps every assignment, so the identity still reaches the
 *       applications, and their accounts stay enabled.
 *   <li>Deprovisioned (medium): the provider unassigned the identity from its applications (the
 *       access graph gives it no access), but its group memberships stay, and reactivating it gives
 *       back what those groups hold. The finding names the memberships that would restore access.
 * </ul>
 */
final class DeprovisionedOrSuspendedAppAccessRule implements FindingRule {

  private static final RuleMetadata METADATA = new RuleMetadata(
      BuiltInRules.DEPROVISIONED_OR_SUSPENDED_APP_ACCESS,
      "Suspended identity still assigned to applications, or deprovisioned identity whose groups"
          + " restore them on reactivation",
      Severity.HIGH,
      List.of(
          RuleInput.read(InventoryCollection.IDENTITIES),
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
        + FindingGroup.verb(subjects, "is", "are") + " suspended or deactivated and still "
        + FindingGroup.verb(subjects, "reaches", "reach") + " applications, or would on reactivation";
  }

  @Override
  public List<Finding> evaluate(FindingContext ctx) {
    List<Finding> findings = new ArrayList<>();
    int unknownStatus = 0;
    for (Identity identity : ctx.snapshot().identities()) {
      IdentityStatus status = identity.status();
      if (status == IdentityStatus.UNKNOWN && !ctx.accessGraph().accessOf(identity.id(), EntityKind.APPLICATION).isEmpty()) {
        unknownStatus++;
      }
      boolean deprovisioned = status == IdentityStatus.DEACTIVATED;
      if (!deprovisioned && status != IdentityStatus.SUSPENDED) {
        continue;
      }
      List<Access> accesses = deprovisioned
          ? ctx.accessGraph().dormantAccessOf(identity.id())
          : ctx.accessGraph().accessOf(identity.id(), EntityKind.APPLICATION);
      List<String> apps = new ArrayList<>();
      List<String> paths = new ArrayList<>();
      Set<String> groups = new TreeSet<>();
      int direct = 0;
      int inherited = 0;
      for (Access access : accesses) {
        if (access.targetKind() != EntityKind.APPLICATION || !ctx.applicationInUse(access.targetId())) {
          continue;
        }
        String app = ctx.name(EntityKind.APPLICATION, access.targetId());
        apps.add(app);
        for (AccessPath p : access.paths()) {
          paths.add(app + ": " + ctx.describe(p));
          if (p.hops().get(0) instanceof Grant.Membership m) {
            groups.add(ctx.name(EntityKind.GROUP, m.groupId()));
          }
        }
        direct += access.direct() ? 1 : 0;
        inherited += access.inherited() ? 1 : 0;
      }
      if (apps.isEmpty()) {
        continue;
      }
      findings.add(deprovisioned
          ? deprovisioned(ctx, identity, apps, paths, groups, direct, inherited)
          : suspended(ctx, identity, apps, paths, direct, inherited));
    }
    ctx.unknownStatuses(unknownStatus, "their application access was not judged");
    return findings;
  }

  private Finding suspended(FindingContext ctx, Identity identity, List<String> apps, List<String> paths,
      int direct, int inherited) {
    int limit = ctx.config().evidenceLimit();
    List<String> sortedPaths = FindingContext.sorted(paths);
    Evidence evidence = Evidence.builder()
        .put("identity", identity.login())
        .put("status", identity.status())
        .put("applicationCount", apps.size())
        .putList("applications", FindingContext.sorted(apps), limit)
        .putList("paths", sortedPaths, limit)
        .put("directAssignments", direct)
        .put("throughGroups", inherited)
        .text(identity.login() + " is suspended but still reaches " + joined(sortedPaths, limit));
    return METADATA.finding(
        ctx.subject(EntityKind.IDENTITY, identity.id()),
        "Suspended " + identity.login() + " is still assigned to " + count(apps.size()),
        evidence,
        "A suspension keeps every assignment. If the identity has left, deprovision it; otherwise"
            + " remove the direct assignments and take it out of the groups that give the rest (for a"
            + " membership a group rule adds, exclude the identity from the rule), and check that the"
            + " accounts in those applications are disabled. If the suspension is temporary, record why"
            + " the access stays.");
  }

  private Finding deprovisioned(FindingContext ctx, Identity identity, List<String> apps, List<String> paths,
      Set<String> groups, int direct, int inherited) {
    int limit = ctx.config().evidenceLimit();
    List<String> sortedPaths = FindingContext.sorted(paths);
    List<String> sortedGroups = List.copyOf(groups);
    Evidence evidence = Evidence.builder()
        .put("identity", identity.login())
        .put("status", identity.status())
        .put("applicationCount", apps.size())
        .putList("applications", FindingContext.sorted(apps), limit)
        .putList("groups", sortedGroups, limit)
        .putList("pathsOnReactivation", sortedPaths, limit)
        .put("directAssignments", direct)
        .put("throughGroups", inherited)
        .text(identity.login() + " is deprovisioned and reaches no application now, but its"
            + (groups.isEmpty() ? " remaining assignments" : " group memberships") + " would restore " + joined(sortedPaths, limit).replaceAll("\\.$", "")
            + " on reactivation.");
    return METADATA.finding(
        Severity.MEDIUM,
        ctx.subject(EntityKind.IDENTITY, identity.id()),
        "Deactivated " + identity.login() + (groups.isEmpty() ? " keeps assignments that restore "
            : " keeps group memberships that restore ") + count(apps.size()) + " on reactivation",
        evidence,
        "Take the identity out of the groups that would give the access back (for a membership a group"
            + " rule adds, exclude the identity from the rule), or delete the identity if it will not"
            + " return. Check that its accounts in those applications were disabled when it was"
            + " deprovisioned.");
  }

  private static String count(int apps) {
    return apps + (apps == 1 ? " application" : " applications");
  }

  private static String joined(List<String> sortedPaths, int limit) {
    return String.join("; ", sortedPaths.subList(0, Math.min(limit, sortedPaths.size())))
        + (sortedPaths.size() > limit ? "; and " + (sortedPaths.size() - limit) + " more paths." : ".");
  }
}
