package dev.governance.core.findings;

import dev.governance.core.model.ApiToken;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.InventoryCollection;
import java.util.ArrayList;
import java.util.List;

/** An API token that can be used from any network. */
final class ApiTokenUnrestrictedNetworkRule implements FindingRule {

  private static final RuleMetadata METADATA = new RuleMetadata(
      BuiltInRules.API_TOKEN_UNRESTRICTED_NETWORK,
      "API token usable from any network",
      Severity.LOW,
      List.of(RuleInput.read(InventoryCollection.API_TOKENS)));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Finding> evaluate(FindingContext ctx) {
    List<Finding> findings = new ArrayList<>();
    for (ApiToken token : ctx.snapshot().apiTokens()) {
      if (!token.network().unrestricted()) {
        continue;
      }
      String owner = ctx.name(EntityKind.IDENTITY, token.ownerId());
      Evidence evidence = Evidence.builder()
          .put("token", token.name())
          .put("owner", owner)
          .put("network", token.network().connection())
          .text("The API token " + token.name() + " (owner " + owner + ") has no network restriction.");
      findings.add(METADATA.finding(
          ctx.subject(EntityKind.API_TOKEN, token.id()),
          "API token " + token.name() + " can be used from any network",
          evidence,
          "Restrict the token to the network zones its integration calls from, so that a leaked token"
              + " is useless elsewhere."));
    }
    return findings;
  }
}
