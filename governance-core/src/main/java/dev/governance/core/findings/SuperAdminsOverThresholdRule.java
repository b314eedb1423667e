package dev.governance.core.findings;

import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Identity;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.model.PrivilegeLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** More identities and service applications hold a super admin role than the threshold allows. */
final class SuperAdminsOverThresholdRule implements FindingRule {

  private static final RuleMetadata METADATA = new RuleMetadata(
      BuiltInRules.SUPER_ADMINS_OVER_THRESHOLD,
      "More super admins than the threshold",
      Severity.HIGH,
      List.of(
          RuleInput.read(InventoryCollection.ROLE_ASSIGNMENTS),
          RuleInput.optional(InventoryCollection.MEMBERSHIPS),
          RuleInput.optional(InventoryCollection.IDENTITIES)));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Finding> evaluate(FindingContext ctx) {
    AdminIndex admins = ctx.admins();
    List<String> holders = new ArrayList<>();
    List<String> cannotSignIn = new ArrayList<>();
    TreeSet<String> roleIds = new TreeSet<>();
    for (Map.Entry<String, List<AdminIndex.HeldRole>> e : admins.identities().entrySet()) {
      Optional<AdminIndex.HeldRole> held = admins.superAdminRole(e.getKey());
      if (held.isEmpty()) {
        continue;
      }
      roleIds.add(held.get().roleId());
      String entry = ctx.name(EntityKind.IDENTITY, e.getKey()) + " (" + String.join(", ", held.get().paths()) + ")";
      boolean active = ctx.snapshot().identity(e.getKey()).map(Identity::canSignIn).orElse(true);
      (active ? holders : cannotSignIn).add(entry);
    }
    List<String> applications = new ArrayList<>();
    admins.applications().forEach((appId, roles) -> {
      for (AdminIndex.HeldRole r : roles) {
        if (r.privilege() == PrivilegeLevel.TENANT_ADMIN) {
          roleIds.add(r.roleId());
          applications.add(ctx.name(EntityKind.APPLICATION, appId));
          return;
        }
      }
    });
    admins.noteUnknownPrivileges(ctx, "their holders were not counted as tenant admins");
    int threshold = ctx.config().superAdminThreshold();
    int count = holders.size() + applications.size();
    if (count <= threshold) {
      return List.of();
    }
    int limit = ctx.config().evidenceLimit();
    Evidence evidence = Evidence.builder()
        .put("superAdmins", count)
        .put("threshold", threshold)
        .putList("identities", FindingContext.sorted(holders), limit)
        .putList("applications", FindingContext.sorted(applications), limit)
        .putList("unableToSignIn", FindingContext.sorted(cannotSignIn), limit)
        .text(count + " principals hold the super admin role (" + holders.size() + " identities that can sign in, "
            + applications.size() + " applications); the threshold is " + threshold + ".");
    return List.of(METADATA.finding(
        ctx.subject(EntityKind.ROLE, roleIds.first()),
        count + " super admins, more than the threshold of " + threshold,
        evidence,
        "Keep the super admin role for the few people who manage other admins. Give everyone else the"
            + " narrowest role that fits their work (org, application or group admin) and remove their super"
            + " admin assignment, or take them out of the group that grants it."));
  }
}
