package dev.governance.okta.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.Secret;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.SyncPlan;
import dev.governance.okta.OktaConnector;
import dev.governance.okta.OktaConnectorOptions;
import dev.governance.okta.OktaCredentials;
import dev.governance.okta.OktaOrg;
import dev.governance.okta.catalog.OktaBucket;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.RateLimits;
import dev.governance.testkit.okta.TenantShape;
import org.junit.jupiter.api.Test;

/** The medium shape: 10,000 users, 2,000 groups, 300 applications, about 50,000 memberships. */
class OktaConnectorMediumTest {

  /** Limits so high that they never bind, with headers that say so. */
  static RateLimits unlimited() {
    RateLimits limits = RateLimits.defaults().withTokenShare(1.0).withConcurrency(1_000);
    for (OktaBucket b : OktaBucket.values()) {
      limits = limits.withLimit(b, 10_000_000);
    }
    return limits;
  }

  @Test
  void theSyncMakesExactlyThePredictedCallsInEveryBucketAndMatchesTheJournal() {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.MEDIUM).seed(42)
            .rateLimits(unlimited()).start();
        OktaConnector okta = OktaConnectorSyncTest.open(tenant, tenant.apiToken())) {
      OktaConnectorSyncTest.Synced s = OktaConnectorSyncTest.sync(okta, SyncPlan.everything());

      assertThat(s.result().callsPerBucket()).isEqualTo(s.result().predictedCallsPerBucket());
      assertThat(s.result().revisions()).isEmpty();
      assertThat(s.result().retries()).isZero();
      assertThat((long) s.result().totalCalls()).isEqualTo(tenant.journal().total());
      tenant.journal().countsByBucket().forEach((bucket, n) ->
          assertThat(s.result().callsPerBucket().get(bucket.pattern())).as(bucket.pattern()).isEqualTo(n.intValue()));
      assertThat(s.snapshot().identities()).hasSize(tenant.counts().users());
      assertThat((long) s.snapshot().counts().get(InventoryCollection.MEMBERSHIPS)).isEqualTo(tenant.counts().memberships());
      assertThat(s.snapshot().coverage(InventoryCollection.APP_ASSIGNMENTS)).isEqualTo(Coverage.complete());
    }
  }

  @Test
  void preferringAShorterSyncStillMakesExactlyThePredictedCalls() {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.MEDIUM).seed(42)
            .rateLimits(unlimited()).start();
        OktaConnector fewest = OktaConnectorSyncTest.open(tenant, tenant.apiToken());
        OktaConnector shorter = OktaConnector.open(
            OktaOrg.parser().allowLoopbackForTesting().parse(tenant.orgUrl()),
            OktaCredentials.apiToken(Secret.of(tenant.apiToken())),
            OktaConnectorOptions.builder().bucketShare(1.0).readPrincipalRateLimit(false).preferShorterSync(true).build())) {
      var byCalls = OktaConnectorSyncTest.sync(fewest, SyncPlan.everything()).result();
      var byTime = OktaConnectorSyncTest.sync(shorter, SyncPlan.everything()).result();

      // Without limits every side is as short as the other, so both read the cheaper side: the
      // choice under Okta's limits is checked in SurveyStageTest.
      assertThat(byTime.callsPerBucket()).isEqualTo(byTime.predictedCallsPerBucket());
      assertThat(byTime.totalCalls()).isEqualTo(byCalls.totalCalls());
    }
  }
}
