package dev.governance.core.findings;

import dev.governance.core.access.Access;
import dev.governance.core.access.AccessPath;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Identity;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.InventoryCollection;
import java.util.ArrayList;
import java.util.List;

/**
 * A deprovisioned or suspended identity still reaches applications in use, directly or through
 * groups; the evidence names every path. High for deprovisioned identities, medium for suspended
 * ones (a suspension is usually temporary).
 */
final class DeprovisionedOrSuspendedAppAccessRule implements FindingRule {

  @Override
  public String id() {
    return BuiltInRules.DEPROVISIONED_OR_SUSPENDED_APP_ACCESS;
  }

  @Override
  public String title() {
    return "Deprovisioned or suspended identity still assigned to applications";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.HIGH;
  }

  @Override
  public List<RuleInput> inputs() {
    return List.of(
        RuleInput.read(InventoryCollection.IDENTITIES),
        RuleInput.read(InventoryCollection.APP_ASSIGNMENTS),
        RuleInput.optional(InventoryCollection.MEMBERSHIPS),
        RuleInput.optional(InventoryCollection.APPLICATIONS));
  }

  @Override
  public List<Finding> evaluate(FindingContext ctx) {
    List<Finding> findings = new ArrayList<>();
    for (Identity identity : ctx.snapshot().identities()) {
      IdentityStatus status = identity.status();
      if (status != IdentityStatus.DEPROVISIONED && status != IdentityStatus.SUSPENDED) {
        continue;
      }
      List<String> apps = new ArrayList<>();
      List<String> paths = new ArrayList<>();
      int direct = 0;
      int inherited = 0;
      for (Access access : ctx.accessGraph().accessOf(identity.id(), EntityKind.APPLICATION)) {
        if (!ctx.applicationInUse(access.targetId())) {
          continue;
        }
        String app = ctx.name(EntityKind.APPLICATION, access.targetId());
        apps.add(app);
        for (AccessPath p : access.paths()) {
          paths.add(app + ": " + ctx.describe(p));
        }
        direct += access.direct() ? 1 : 0;
        inherited += access.inherited() ? 1 : 0;
      }
      if (apps.isEmpty()) {
        continue;
      }
      boolean deprovisioned = status == IdentityStatus.DEPROVISIONED;
      int limit = ctx.config().evidenceLimit();
      List<String> sortedPaths = FindingContext.sorted(paths);
      Evidence evidence = Evidence.builder()
          .put("identity", identity.login())
          .put("status", status)
          .put("applicationCount", apps.size())
          .putList("applications", FindingContext.sorted(apps), limit)
          .putList("paths", sortedPaths, limit)
          .put("directAssignments", direct)
          .put("throughGroups", inherited)
          .text(identity.login() + " is " + status.name().toLowerCase(java.util.Locale.ROOT) + " but still reaches "
              + String.join("; ", sortedPaths.subList(0, Math.min(limit, sortedPaths.size())))
              + (sortedPaths.size() > limit ? "; and " + (sortedPaths.size() - limit) + " more paths." : "."));
      findings.add(new Finding(
          id(),
          deprovisioned ? defaultSeverity() : Severity.MEDIUM,
          ctx.subject(EntityKind.IDENTITY, identity.id()),
          (deprovisioned ? "Deprovisioned " : "Suspended ") + identity.login() + " is still assigned to "
              + apps.size() + (apps.size() == 1 ? " application" : " applications"),
          evidence,
          "Remove the direct assignments, and take the identity out of the groups that give the rest"
              + " (for a membership a group rule adds, exclude the identity from the rule). Then check that"
              + " the accounts in those applications are disabled too."
              + (deprovisioned ? "" : " If the suspension is temporary, record why the access stays.")));
    }
    return findings;
  }
}
