package dev.governance.okta.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.Secret;
import dev.governance.core.spi.SyncPlan;
import dev.governance.okta.OktaConnector;
import dev.governance.okta.OktaConnectorOptions;
import dev.governance.okta.OktaCredentials;
import dev.governance.okta.OktaOrg;
import dev.governance.okta.catalog.OktaBucket;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.IssuedToken;
import dev.governance.testkit.okta.JournalEntry;
import dev.governance.testkit.okta.RateLimits;
import dev.governance.testkit.okta.TenantShape;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The connector paces to its principal's share of each bucket as Okta's principal rate limits API
 * states it, since Okta's rate-limit headers describe only the org-wide bucket.
 */
class PrincipalRateLimitTest {

  private static final double SCALE = 0.02;

  private static OktaConnector open(FakeOktaTenant tenant, String token, boolean readSetting) {
    return OktaConnector.open(OktaOrg.parser().allowLoopbackForTesting().parse(tenant.orgUrl()),
        OktaCredentials.apiToken(Secret.of(token)),
        OktaConnectorOptions.builder().readPrincipalRateLimit(readSetting).maxRetries(6)
            .rateLimitWindow(Duration.ofMillis(Math.round(60_000 * SCALE))).build());
  }

  @Test
  void aTokenCappedBelowTheDefaultShareIsPacedToItsCapAndDrawsNo429() {
    RateLimits limits = RateLimits.defaults().withTimeScale(SCALE).withLimit(OktaBucket.APPS, 20);
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).rateLimits(limits)
        .start()) {
      IssuedToken token = tenant.fixtures().addApiToken(tenant.adminUserId(), "governance");
      tenant.fixtures().setPrincipalRateLimit(token.id(), 20);
      try (OktaConnector okta = open(tenant, token.secret(), true)) {
        var result = OktaConnectorSyncTest.sync(okta, SyncPlan.everything()).result();

        assertThat(result.assumptions()).anyMatch(a -> a.contains("20%")
            && a.contains("/api/v1/principal-rate-limits"));
        assertThat(tenant.journal().entries()).extracting(JournalEntry::status).doesNotContain(429);
        assertThat(result.retries()).isZero();
        assertThat(result.callsPerBucket()).isEqualTo(result.predictedCallsPerBucket());
      }
    }
  }

  @Test
  void pacingAtTheDefaultShareWhileOktaCapsTheTokenLowerDraws429s() {
    RateLimits limits = RateLimits.defaults().withTimeScale(SCALE).withLimit(OktaBucket.APPS, 20);
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).rateLimits(limits)
        .start()) {
      IssuedToken token = tenant.fixtures().addApiToken(tenant.adminUserId(), "governance");
      tenant.fixtures().setPrincipalRateLimit(token.id(), 20);
      try (OktaConnector okta = open(tenant, token.secret(), false)) {
        OktaConnectorSyncTest.sync(okta, SyncPlan.everything());

        assertThat(tenant.journal().entries()).extracting(JournalEntry::status).contains(429);
      }
    }
  }

  @Test
  void withoutASettingTheDefaultShareIsAssumedAndSaid() {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).start();
        OktaConnector okta = open(tenant, tenant.apiToken(), true)) {
      var result = OktaConnectorSyncTest.sync(okta, SyncPlan.everything()).result();

      assertThat(result.assumptions()).anyMatch(a -> a.contains("default share of 50%"));
    }
  }
}
