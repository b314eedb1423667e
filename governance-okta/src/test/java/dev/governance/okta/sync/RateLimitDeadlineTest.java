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
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.Fault;
import dev.governance.testkit.okta.FaultRule;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A 429 is waited out for as long as the reset falls before the sync's deadline, not a number of
 * retries; past the deadline the collection is lost to a fault, and says so.
 */
class RateLimitDeadlineTest {

  private static OktaConnector open(FakeOktaTenant tenant, Duration deadline) {
    OktaOrg org = OktaOrg.parser().allowLoopbackForTesting().parse(tenant.orgUrl());
    return OktaConnector.open(org, OktaCredentials.apiToken(Secret.of(tenant.apiToken())),
        OktaConnectorOptions.builder().bucketShare(1.0).readPrincipalRateLimit(false).maxRetries(2)
            .syncDeadline(deadline).build());
  }

  @Test
  void moreRateLimitedAnswersThanRetriesAreWaitedOutWithinTheDeadline() {
    // Eight 429s in a row on the token list: four times maxRetries.
    try (FakeOktaTenant tenant = FakeOktaTenant.builder()
            .fault(FaultRule.always("/api/v1/api-tokens", new Fault.RateLimited(Duration.ZERO)).times(8)).start();
        OktaConnector okta = open(tenant, Duration.ofMinutes(5))) {
      var s = OktaConnectorSyncTest.sync(okta, SyncPlan.of(InventoryCollection.API_TOKENS));

      assertThat(s.snapshot().coverage(InventoryCollection.API_TOKENS)).isEqualTo(Coverage.complete());
      assertThat(s.snapshot().apiTokens()).isNotEmpty();
      assertThat(s.result().retries()).isEqualTo(8);
    }
  }

  @Test
  void aResetAfterTheDeadlineLosesTheCollectionToAFaultThatSaysWhatToDo() {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder()
            .fault(FaultRule.always("/api/v1/api-tokens", new Fault.RateLimited(Duration.ofMinutes(10)))).start();
        OktaConnector okta = open(tenant, Duration.ofSeconds(30))) {
      var s = OktaConnectorSyncTest.sync(okta, SyncPlan.of(InventoryCollection.API_TOKENS, InventoryCollection.GROUP_RULES));

      Coverage tokens = s.snapshot().coverage(InventoryCollection.API_TOKENS);
      assertThat(tokens).isInstanceOf(Coverage.Unavailable.class);
      assertThat(tokens.lostToFault()).isTrue();
      assertThat(((Coverage.Unavailable) tokens).reason())
          .contains("429", "/api/v1/api-tokens", "after the sync's deadline", "syncDeadline");
      assertThat(s.result().retries()).as("no wait that could not end in time").isZero();
      assertThat(s.snapshot().coverage(InventoryCollection.GROUP_RULES)).isEqualTo(Coverage.complete());
    }
  }

  @Test
  void withoutRoomInTheDeadlineATransientFailureIsNotWaitedFor() {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder()
            .fault(FaultRule.always("/api/v1/api-tokens", new Fault.ServerError(503))).start();
        OktaConnector okta = OktaConnector.open(
            OktaOrg.parser().allowLoopbackForTesting().parse(tenant.orgUrl()),
            OktaCredentials.apiToken(Secret.of(tenant.apiToken())),
            OktaConnectorOptions.builder().bucketShare(1.0).readPrincipalRateLimit(false).maxRetries(5)
                .retryBackoff(Duration.ofSeconds(40)).syncDeadline(Duration.ofSeconds(20)).build())) {
      var s = OktaConnectorSyncTest.sync(okta, SyncPlan.of(InventoryCollection.API_TOKENS));

      Coverage tokens = s.snapshot().coverage(InventoryCollection.API_TOKENS);
      assertThat(tokens.lostToFault()).isTrue();
      assertThat(s.result().retries()).isZero();
      assertThat(s.result().duration()).isLessThan(Duration.ofSeconds(20));
    }
  }
}
