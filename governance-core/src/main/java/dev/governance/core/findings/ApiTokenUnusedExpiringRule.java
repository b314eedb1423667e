package dev.governance.core.findings;

import dev.governance.core.model.ApiToken;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.model.LastUse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An API token nobody has used for weeks, about to expire. Okta moves a token's expiry one token
 * window (30 days) past each use, so a token that expires within the window has not been used
 * since. The evidence gives the token's last use and says where it comes from: a System Log event
 * made with it, or its expiry less the window.
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
      LastUse lastUse = token.lastUse();
      String owner = ctx.name(EntityKind.IDENTITY, token.ownerId());
      Evidence evidence = Evidence.builder()
          .put("token", token.name())
          .put("owner", owner)
          .put("expires", expires)
          .put("daysLeft", daysLeft)
          .put("lastUsed", lastUse == null ? null : lastUse.at())
          .put("lastUsedSource", lastUse == null ? null : lastUse.source().name())
          .put("daysUnused", lastUse == null ? null : ctx.daysSince(lastUse.at()))
          .text("The API token " + token.name() + " (owner " + owner + ") " + use(ctx, lastUse)
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

  /** Says when the token was last used and how that is known. */
  private static String use(FindingContext ctx, @Nullable LastUse lastUse) {
    if (lastUse == null) {
      return "has no known use";
    }
    long days = ctx.daysSince(lastUse.at());
    return switch (lastUse.source()) {
      case SYSTEM_LOG -> "was last used on " + LocalDate.ofInstant(lastUse.at(), ZoneOffset.UTC) + " ("
          + days + " days ago, System Log)";
      case EXPIRY -> "shows no use in " + days + " days, derived from expiresAt";
    };
  }
}
