package dev.governance.core.findings;

import dev.governance.core.model.ApiToken;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.InventoryCollection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An API token nobody has used for weeks, about to expire. Okta moves a token's expiry 30 days
 * past each use, so a token that expires within the window has not been used since.
 */
final class ApiTokenUnusedExpiringRule implements FindingRule {

  private static final RuleMetadata METADATA = new RuleMetadata(
      BuiltInRules.API_TOKEN_UNUSED_EXPIRING,
      "Unused API token about to expire",
      Severity.LOW,
      List.of(RuleInput.read(InventoryCollection.API_TOKENS)));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Finding> evaluate(FindingContext ctx) {
    Instant asOf = ctx.asOf();
    Instant horizon = asOf.plus(Duration.ofDays(ctx.config().tokenExpiryWindowDays()));
    List<Finding> findings = new ArrayList<>();
    for (ApiToken token : ctx.snapshot().apiTokens()) {
      Instant expires = token.expires();
      if (expires == null || expires.isBefore(asOf) || expires.isAfter(horizon)) {
        continue;
      }
      long daysLeft = Duration.between(asOf, expires).toDays();
      Instant lastUsed = token.lastUpdated();
      String owner = ctx.name(EntityKind.IDENTITY, token.ownerId());
      String since = lastUsed == null ? "" : " since " + lastUsed + " (" + ctx.daysSince(lastUsed) + " days)";
      Evidence evidence = Evidence.builder()
          .put("token", token.name())
          .put("owner", owner)
          .put("expires", expires)
          .put("daysLeft", daysLeft)
          .put("lastUsed", lastUsed)
          .put("daysUnused", lastUsed == null ? null : ctx.daysSince(lastUsed))
          .text("The API token " + token.name() + " (owner " + owner + ") has not been used" + since
              + " and expires on " + expires + ".");
      findings.add(METADATA.finding(
          ctx.subject(EntityKind.API_TOKEN, token.id()),
          "API token " + token.name() + " is unused and expires in " + daysLeft + " days",
          evidence,
          "Revoke the token now instead of leaving it to expire; if an integration still needs it, find"
              + " its owner and confirm it, since one more use would keep it alive for another 30 days."));
    }
    return findings;
  }
}
