package dev.governance.okta.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.Coverage;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.SyncPlan;
import dev.governance.okta.OktaConnector;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.Fault;
import dev.governance.testkit.okta.FaultRule;
import dev.governance.testkit.okta.TenantShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A failure's reason says in words what happened; the raw detail stays in the cause. */
class FailureReasonsTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"malformed", "truncated"})
  void aBodyThatIsNotJsonIsReportedInWordsNotAsHttp0(String kind) {
    Fault fault = kind.equals("malformed") ? new Fault.MalformedJson() : new Fault.TruncatedBody();
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO)
            .fault(FaultRule.always("/api/v1/api-tokens", fault)).start();
        OktaConnector okta = OktaConnectorSyncTest.open(tenant, tenant.apiToken())) {
      var s = OktaConnectorSyncTest.sync(okta, SyncPlan.of(InventoryCollection.API_TOKENS));

      Coverage coverage = s.snapshot().coverage(InventoryCollection.API_TOKENS);
      assertThat(coverage.isComplete()).isFalse();
      assertThat(coverage.toString())
          .contains("GET /api/v1/api-tokens")
          .doesNotContain("HTTP 0")
          .doesNotContain("com.fasterxml")
          .doesNotContain("Exception");
    }
  }
}
