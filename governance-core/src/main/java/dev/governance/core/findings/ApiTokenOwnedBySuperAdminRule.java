package dev.governance.core.findings;

import dev.governance.core.model.ApiToken;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.InventoryCollection;
import java.util.ArrayList;
import java.util.List;

/**
 * An API token that acts as a super admin: whoever holds it can do anything in the tenant. High
 * when the token is also usable from any network. Tokens of suspended or deprovisioned owners are
 * left to {@link ApiTokenOwnerInactiveRule}.
 */
final class ApiTokenOwnedBySuperAdminRule implements FindingRule {

  private static final RuleMetadata METADATA = new RuleMetadata(
      BuiltInRules.API_TOKEN_OWNED_BY_SUPER_ADMIN,
      "API token owned by a super admin",
      Severity.MEDIUM,
      List.of(
          RuleInput.read(InventoryCollection.API_TOKENS),
          RuleInput.read(InventoryCollection.ROLE_ASSIGNMENTS),
          RuleInput.optional(InventoryCollection.MEMBERSHIPS)));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Finding> evaluate(FindingContext ctx) {
    List<Finding> findings = new ArrayList<>();
    for (ApiToken token : ctx.snapshot().apiTokens()) {
      AdminIndex.HeldRole role = ctx.admins().superAdminRole(token.ownerId()).orElse(null);
      if (role == null
          || ctx.snapshot().identity(token.ownerId()).map(ApiTokenOwnerInactiveRule::inactive).orElse(false)) {
        continue;
      }
      boolean anywhere = token.network().unrestricted();
      String owner = ctx.name(EntityKind.IDENTITY, token.ownerId());
      Evidence evidence = Evidence.builder()
          .put("token", token.name())
          .put("owner", owner)
          .put("ownerRole", role.label())
          .put("ownerRolePaths", role.paths())
          .put("network", token.network().connection())
          .put("unrestrictedNetwork", anywhere)
          .put("lastUsed", token.lastUpdated())
          .text("The API token " + token.name() + " acts as " + owner + ", a super admin ("
              + String.join(", ", role.paths()) + ")"
              + (anywhere ? ", and can be used from any network." : "."));
      findings.add(METADATA.finding(
          anywhere ? Severity.HIGH : METADATA.defaultSeverity(),
          ctx.subject(EntityKind.API_TOKEN, token.id()),
          "API token " + token.name() + " acts as super admin " + owner,
          evidence,
          "Replace the token with one created by a service account that holds only the admin role the"
              + " integration needs, restricted to the integration's network zones; then revoke this one."));
    }
    if (!ctx.snapshot().apiTokens().isEmpty()) {
      ctx.admins().noteUnknownPrivileges(ctx, "tokens their holders own were not judged as tenant admin tokens");
    }
    return findings;
  }
}
