package dev.governance.core.findings;

import dev.governance.core.model.ApiToken;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Identity;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.InventoryCollection;
import java.util.ArrayList;
import java.util.List;

/**
 * An API token whose owner is suspended or deprovisioned, or no longer in the tenant (when the
 * identities were read in full).
 */
final class ApiTokenOwnerInactiveRule implements FindingRule {

  private static final RuleMetadata METADATA = new RuleMetadata(
      BuiltInRules.API_TOKEN_OWNER_INACTIVE,
      "API token of a suspended or deactivated owner",
      Severity.HIGH,
      List.of(
          RuleInput.read(InventoryCollection.API_TOKENS),
          RuleInput.read(InventoryCollection.IDENTITIES)));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  static boolean inactive(Identity owner) {
    return owner.status() == IdentityStatus.SUSPENDED || owner.status() == IdentityStatus.DEACTIVATED;
  }

  @Override
  public List<Finding> evaluate(FindingContext ctx) {
    boolean allIdentities = ctx.snapshot().coverage(InventoryCollection.IDENTITIES).isComplete();
    List<Finding> findings = new ArrayList<>();
    int unknownStatus = 0;
    for (ApiToken token : ctx.snapshot().apiTokens()) {
      Identity owner = ctx.snapshot().identity(token.ownerId()).orElse(null);
      if (owner != null && owner.status() == IdentityStatus.UNKNOWN) {
        unknownStatus++;
      }
      String state;
      if (owner == null) {
        if (!allIdentities) {
          continue;
        }
        state = "no longer in the tenant";
      } else if (inactive(owner)) {
        state = owner.status() == IdentityStatus.SUSPENDED ? "suspended" : "deactivated";
      } else {
        continue;
      }
      String ownerName = owner == null ? token.ownerId() : owner.login();
      Evidence evidence = Evidence.builder()
          .put("token", token.name())
          .put("owner", ownerName)
          .put("ownerStatus", owner == null ? "NOT_FOUND" : owner.status().name())
          .put("created", token.created())
          .put("lastUsed", token.lastUpdated())
          .put("expires", token.expires())
          .text("The API token " + token.name() + " acts as " + ownerName + ", who is " + state + ".");
      findings.add(METADATA.finding(
          ctx.subject(EntityKind.API_TOKEN, token.id()),
          "API token " + token.name() + " belongs to " + ownerName + ", who is " + state,
          evidence,
          "Revoke the token. If an integration still depends on it, create a new token as an active"
              + " service account that holds only the admin role the integration needs, restrict it to the"
              + " integration's network zones, and switch the integration over."));
    }
    ctx.unknownStatuses(unknownStatus, "the tokens they own were not judged");
    return findings;
  }
}
