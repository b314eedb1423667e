package dev.governance.okta.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.Coverage;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.SyncPlan;
import dev.governance.okta.OktaConnector;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.Fault;
import dev.governance.testkit.okta.FaultRule;
import org.junit.jupiter.api.Test;

/** Data read and then a failure is partial with the reason; unavailable means nothing was read. */
class PartialNotUnavailableTest {

  @Test
  void aListWhoseLaterPageKeepsFailingIsPartialWithWhatWasRead() {
    // Group rules are one list: 450 of them take three pages, and the second fails on every try.
    try (FakeOktaTenant tenant = FakeOktaTenant.builder()
            .fault(FaultRule.nth("/api/v1/groups/rules", 2, new Fault.ServerError(503)).times(100)).start();
        OktaConnector okta = OktaConnectorSyncTest.open(tenant, tenant.apiToken())) {
      String group = tenant.fixtures().addGroup("Sales", dev.governance.testkit.okta.OktaGroupType.OKTA_GROUP);
      for (int i = 0; i < 450; i++) {
        tenant.fixtures().addGroupRule("Rule " + i, "user.department == \"D" + i + "\"", java.util.List.of(group));
      }
      var s = OktaConnectorSyncTest.sync(okta, SyncPlan.of(InventoryCollection.GROUP_RULES));

      Coverage coverage = s.snapshot().coverage(InventoryCollection.GROUP_RULES);
      assertThat(coverage).isInstanceOf(Coverage.Partial.class);
      assertThat(coverage.toString()).contains("200 read before a failure", "a later page");
      assertThat(s.snapshot().groupRules()).hasSize(200);
    }
  }

  @Test
  void aListWhoseFirstPageKeepsFailingIsUnavailable() {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder()
            .fault(FaultRule.always("/api/v1/api-tokens", new Fault.ServerError(503))).start();
        OktaConnector okta = OktaConnectorSyncTest.open(tenant, tenant.apiToken())) {
      var s = OktaConnectorSyncTest.sync(okta, SyncPlan.of(InventoryCollection.API_TOKENS));

      assertThat(s.snapshot().coverage(InventoryCollection.API_TOKENS)).isInstanceOf(Coverage.Unavailable.class);
    }
  }
}
