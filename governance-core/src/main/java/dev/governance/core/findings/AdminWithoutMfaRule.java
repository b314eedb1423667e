package dev.governance.core.findings;

import dev.governance.core.model.AuthFactor;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Identity;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.PrivilegeLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An identity that can sign in holds an admin role (directly or through a group) but has no active
 * MFA factor. Critical for super admins.
 *
 * <p>Connectors usually read factors for admins only (Okta: one call per user), so the factor
 * collection is typically partial; that is all this rule needs, and the outcome says so.
 *
 * <p>A provider may list only some of an identity's factors: Okta lists only the enrolled factors
 * its authenticator enrollment policy allows. "No factor" therefore means none is listed, and the
 * evidence says so rather than claiming that none is enrolled.
 */
final class AdminWithoutMfaRule implements FindingRule {

  private static final RuleMetadata METADATA = new RuleMetadata(
      BuiltInRules.ADMIN_WITHOUT_MFA,
      "Admin without an active MFA factor",
      Severity.HIGH,
      List.of(
          RuleInput.read(InventoryCollection.ROLE_ASSIGNMENTS),
          RuleInput.read(InventoryCollection.AUTH_FACTORS),
          RuleInput.read(InventoryCollection.IDENTITIES),
          RuleInput.optional(InventoryCollection.MEMBERSHIPS)));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public String summarize(int subjects, int population, EntityKind kind, FindingsConfig config) {
    return FindingGroup.share(subjects, population, kind) + " "
        + FindingGroup.verb(subjects, "holds", "hold") + " an admin role without an active MFA factor";
  }

  @Override
  public List<Finding> evaluate(FindingContext ctx) {
    Map<String, List<AuthFactor>> factors = new HashMap<>();
    for (AuthFactor f : ctx.snapshot().authFactors()) {
      factors.computeIfAbsent(f.identityId(), k -> new ArrayList<>(2)).add(f);
    }
    List<Finding> findings = new ArrayList<>();
    int[] unknownStatus = {0};
    ctx.admins().identities().forEach((identityId, roles) -> {
      Identity identity = ctx.snapshot().identity(identityId).orElse(null);
      if (identity != null && identity.status() == IdentityStatus.UNKNOWN) {
        unknownStatus[0]++;
      }
      if (identity == null || !identity.canSignIn()) {
        return;
      }
      List<AuthFactor> own = factors.getOrDefault(identityId, List.of());
      if (own.stream().anyMatch(AuthFactor::active)) {
        return;
      }
      boolean superAdmin = roles.stream().anyMatch(r -> r.privilege() == PrivilegeLevel.TENANT_ADMIN);
      List<String> held = new ArrayList<>();
      for (AdminIndex.HeldRole r : roles) {
        held.add(r.label() + " (" + String.join(", ", r.paths()) + ")");
      }
      List<String> inactive = new ArrayList<>();
      for (AuthFactor f : own) {
        inactive.add(f.rawType() + " " + f.status());
      }
      Evidence evidence = Evidence.builder()
          .put("identity", identity.login())
          .put("status", identity.status())
          .putList("roles", FindingContext.sorted(held), ctx.config().evidenceLimit())
          .put("activeFactors", 0)
          .put("inactiveFactors", FindingContext.sorted(inactive))
          .put("lastLogin", identity.lastLogin())
          .put("factorsListed", own.size())
          .text(identity.login() + " holds " + String.join(", ", FindingContext.sorted(held))
              + (inactive.isEmpty()
                  ? " and no enrolled factor is listed"
                  : " and no active factor is listed (only " + String.join(", ", FindingContext.sorted(inactive)) + ")")
              + "; the provider lists only factors that are enrolled and allowed by its enrollment policy.");
      findings.add(METADATA.finding(
          superAdmin ? Severity.CRITICAL : METADATA.defaultSeverity(),
          ctx.subject(EntityKind.IDENTITY, identityId),
          (superAdmin ? "Super admin " : "Admin ") + identity.login() + " has no active MFA factor",
          evidence,
          "Have this admin enrol a strong factor (a security key, a platform authenticator or a push"
              + " app) and require MFA for every admin sign-in in the authentication policy of the admin"
              + " console. If the admin role is no longer needed, remove it instead."));
    });
    ctx.unknownStatuses(unknownStatus[0], "those admins were not judged");
    ctx.admins().noteUnknownPrivileges(ctx, "their holders were judged as admins, not as tenant admins");
    return findings;
  }
}
