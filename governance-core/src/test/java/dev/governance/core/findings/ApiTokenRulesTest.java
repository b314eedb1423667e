package dev.governance.core.findings;

import static dev.governance.core.findings.TestTenant.daysAgo;
import static dev.governance.core.findings.TestTenant.inDays;
import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.ApiToken;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.model.LastUse;
import dev.governance.core.model.LastUseSource;
import dev.governance.core.model.NetworkRestriction;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokenRulesTest {

  private static final NetworkRestriction OFFICE = new NetworkRestriction("ZONE", Set.of("nzo-office"), Set.of());

  private static ApiToken token(String id, String owner, Instant expires, NetworkRestriction network) {
    Instant lastUse = expires.minusSeconds(30L * 86400);
    return new ApiToken(id, "Token " + id, owner, "Okta API", daysAgo(200), expires, lastUse, network,
        new LastUse(lastUse, LastUseSource.EXPIRY));
  }

  @Test
  void aTokenOfADeprovisionedOrSuspendedOwnerIsHigh() {
    FindingsReport report = TestTenant.clean()
        .user("u-gone", IdentityStatus.DEACTIVATED, daysAgo(40)).entity(token("t-1", "u-gone", inDays(20), OFFICE))
        .user("u-away", IdentityStatus.SUSPENDED, daysAgo(40)).entity(token("t-2", "u-away", inDays(20), OFFICE))
        .evaluate();

    assertThat(report.byRule(BuiltInRules.API_TOKEN_OWNER_INACTIVE)).extracting(Finding::title).containsExactly(
        "API token Token t-1 belongs to gone@example.com, who is deactivated",
        "API token Token t-2 belongs to away@example.com, who is suspended");
    assertThat(report.findings()).extracting(Finding::severity).containsOnly(Severity.HIGH);
  }

  @Test
  void aTokenWhoseOwnerIsGoneIsReportedOnlyWhenEveryIdentityWasRead() {
    TestTenant tenant = TestTenant.clean().entity(token("t-1", "u-deleted", inDays(20), OFFICE));

    assertThat(tenant.evaluate().byRule(BuiltInRules.API_TOKEN_OWNER_INACTIVE)).singleElement()
        .satisfies(f -> assertThat(f.evidence().facts()).containsEntry("ownerStatus", "NOT_FOUND"));
    FindingsReport partial =
        tenant.coverage(InventoryCollection.IDENTITIES, Coverage.partial("page 7 failed", Coverage.Cause.FAULT)).evaluate();
    assertThat(partial.byRule(BuiltInRules.API_TOKEN_OWNER_INACTIVE)).isEmpty();
    assertThat(partial.outcome(BuiltInRules.API_TOKEN_OWNER_INACTIVE).orElseThrow().status())
        .isEqualTo(RuleOutcome.Status.PARTIAL);
  }

  @Test
  void aSuperAdminsTokenIsMediumAndHighWhenUsableFromAnyNetwork() {
    FindingsReport report = TestTenant.clean()
        .entity(token("t-zone", "u-alice", inDays(20), OFFICE))
        .entity(token("t-any", "u-bob", inDays(20), NetworkRestriction.anywhere()))
        .evaluate();

    assertThat(report.byRule(BuiltInRules.API_TOKEN_OWNED_BY_SUPER_ADMIN))
        .extracting(f -> f.subject().id() + " " + f.severity())
        .containsExactly("t-any HIGH", "t-zone MEDIUM");
    assertThat(report.byRule(BuiltInRules.API_TOKEN_UNRESTRICTED_NETWORK))
        .singleElement().satisfies(f -> {
          assertThat(f.subject().id()).isEqualTo("t-any");
          assertThat(f.severity()).isEqualTo(Severity.LOW);
        });
  }

  @Test
  void anUnusedTokenExpiringWithinTheWindowIsLow() {
    TestTenant tenant = TestTenant.clean()
        .entity(token("t-soon", "u-carol", inDays(3), OFFICE))
        .entity(token("t-later", "u-carol", inDays(10), OFFICE))
        .entity(token("t-expired", "u-carol", daysAgo(1), OFFICE));

    assertThat(tenant.evaluate().findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(BuiltInRules.API_TOKEN_UNUSED_EXPIRING);
      assertThat(f.severity()).isEqualTo(Severity.LOW);
      assertThat(f.title()).isEqualTo("API token Token t-soon is unused and expires in 3 days");
      assertThat(f.evidence().facts()).containsEntry("daysUnused", 27L);
    });
    FindingsConfig twoWeeks = FindingsConfig.builder().tokenExpiryWindowDays(14).build();
    assertThat(tenant.evaluate(twoWeeks).findings()).extracting(f -> f.subject().id())
        .containsExactly("t-later", "t-soon");
  }

  @Test
  void theUnusedTokenEvidenceSaysTheLastUseCameFromTheSystemLog() {
    ApiToken logged = token("t-soon", "u-carol", inDays(3), OFFICE)
        .withLastUse(new LastUse(daysAgo(40), LastUseSource.SYSTEM_LOG));

    assertThat(TestTenant.clean().entity(logged).evaluate().findings()).singleElement().satisfies(f -> {
      assertThat(f.evidence().facts()).containsEntry("lastUsedSource", "SYSTEM_LOG").containsEntry("daysUnused", 40L);
      assertThat(f.evidence().text()).contains("was last used on "
          + java.time.LocalDate.ofInstant(daysAgo(40), java.time.ZoneOffset.UTC) + " (40 days ago, System Log)");
    });
  }

  @Test
  void theUnusedTokenEvidenceSaysALastUseDerivedFromTheExpiry() {
    assertThat(TestTenant.clean().entity(token("t-soon", "u-carol", inDays(7), OFFICE)).evaluate().findings())
        .singleElement().satisfies(f -> {
          assertThat(f.evidence().facts()).containsEntry("lastUsedSource", "EXPIRY").containsEntry("daysUnused", 23L);
          assertThat(f.evidence().text()).contains("shows no use in 23 days, derived from expiresAt");
        });
  }

  @Test
  void aTokenWithoutAKnownLastUseSaysSo() {
    ApiToken unknown = token("t-soon", "u-carol", inDays(3), OFFICE).withLastUse(null);

    assertThat(TestTenant.clean().entity(unknown).evaluate().findings()).singleElement().satisfies(f -> {
      assertThat(f.evidence().facts()).doesNotContainKey("lastUsedSource");
      assertThat(f.evidence().text()).contains("has no known use");
    });
  }
}
