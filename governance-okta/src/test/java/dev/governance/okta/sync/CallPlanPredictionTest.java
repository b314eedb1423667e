package dev.governance.okta.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.spi.SyncPlan;
import dev.governance.okta.OktaConnector;
import dev.governance.okta.catalog.OktaBucket;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.RateLimits;
import dev.governance.testkit.okta.TenantShape;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The plan's prediction equals the calls made, per bucket, and the fake tenant's journal agrees,
 * on every shape and several seeds: what a sync will cost is known before it is spent.
 */
class CallPlanPredictionTest {

  static RateLimits unlimited() {
    RateLimits limits = RateLimits.defaults().withTokenShare(1.0).withConcurrency(1_000);
    for (OktaBucket b : OktaBucket.values()) {
      limits = limits.withLimit(b, 10_000_000);
    }
    return limits;
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @CsvSource({"EMPTY, 1", "DEMO, 1", "DEMO, 2", "DEMO, 3", "DEMO, 11", "DEMO, 99", "MEDIUM, 1", "MEDIUM, 5"})
  void thePredictionEqualsTheCallsOnEveryShapeAndSeed(TenantShape shape, long seed) {
    assertPredictionHolds(shape, seed);
  }

  @Tag("long")
  @ParameterizedTest(name = "{0} seed {1}")
  @CsvSource({"LARGE, 1", "LARGE, 2"})
  void thePredictionEqualsTheCallsOnTheLargeShape(TenantShape shape, long seed) {
    assertPredictionHolds(shape, seed);
  }

  private static void assertPredictionHolds(TenantShape shape, long seed) {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(shape).seed(seed)
            .rateLimits(unlimited()).start();
        OktaConnector okta = OktaConnectorSyncTest.open(tenant, tenant.apiToken())) {
      var result = OktaConnectorSyncTest.sync(okta, SyncPlan.everything()).result();

      assertThat(okta.lastRevisions()).as("plan revisions").isEmpty();
      assertThat(result.callsPerBucket()).isEqualTo(result.predictedCallsPerBucket());
      assertThat((long) result.totalCalls()).isEqualTo(tenant.journal().total());
      tenant.journal().countsByBucket().forEach((bucket, n) ->
          assertThat(result.callsPerBucket().get(bucket.pattern())).as(bucket.pattern())
              .isEqualTo(n.intValue()));
    }
  }
}
