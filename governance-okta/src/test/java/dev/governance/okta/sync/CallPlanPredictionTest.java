package dev.governance.okta.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.spi.SyncPlan;
import dev.governance.okta.OktaConnector;
import dev.governance.okta.catalog.OktaBucket;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.RateLimits;
import dev.governance.testkit.okta.TenantShape;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /**
   * On {@code large} some applications have several groups whose members overlap, and Okta lists
   * a user reaching an application through two groups once: how many users such an application
   * lists cannot be known before they are listed. Every other bucket is predicted exactly, and
   * every difference in {@code /api/v1/apps*} is reported as a revision that accounts for it.
   */
  @Tag("long")
  @ParameterizedTest(name = "{0} seed {1}")
  @CsvSource({"LARGE, 1", "LARGE, 2"})
  void onTheLargeShapeEveryDifferenceIsARevisionThatAccountsForIt(TenantShape shape, long seed) {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(shape).seed(seed)
            .rateLimits(unlimited()).start();
        OktaConnector okta = OktaConnectorSyncTest.open(tenant, tenant.apiToken())) {
      var result = OktaConnectorSyncTest.sync(okta, SyncPlan.everything()).result();

      int revised = 0;
      for (String revision : result.revisions()) {
        Matcher m = REVISION.matcher(revision);
        assertThat(m.matches()).as("an application-users revision: " + revision).isTrue();
        revised += Integer.parseInt(m.group(1));
      }
      String apps = OktaBucket.APPS.pattern();
      assertThat(result.callsPerBucket().get(apps))
          .isEqualTo(result.predictedCallsPerBucket().get(apps) + revised);
      var others = new java.util.HashMap<>(result.callsPerBucket());
      var predictedOthers = new java.util.HashMap<>(result.predictedCallsPerBucket());
      others.remove(apps);
      predictedOthers.remove(apps);
      assertThat(others).isEqualTo(predictedOthers);
      assertThat((long) result.totalCalls()).isEqualTo(tenant.journal().total());
    }
  }

  private static final Pattern REVISION = Pattern.compile(
      "application \\S+: \\d+ page\\(s\\) of users where the plan expected \\d+ \\((-?\\d+) call\\(s\\) to /api/v1/apps\\*\\)");

  private static void assertPredictionHolds(TenantShape shape, long seed) {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(shape).seed(seed)
            .rateLimits(unlimited()).start();
        OktaConnector okta = OktaConnectorSyncTest.open(tenant, tenant.apiToken())) {
      var result = OktaConnectorSyncTest.sync(okta, SyncPlan.everything()).result();

      assertThat(result.revisions()).as("plan revisions").isEmpty();
      assertThat(result.callsPerBucket()).isEqualTo(result.predictedCallsPerBucket());
      assertThat((long) result.totalCalls()).isEqualTo(tenant.journal().total());
      tenant.journal().countsByBucket().forEach((bucket, n) ->
          assertThat(result.callsPerBucket().get(bucket.pattern())).as(bucket.pattern())
              .isEqualTo(n.intValue()));
    }
  }
}
