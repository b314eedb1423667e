package dev.governance.okta.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.Coverage;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.SyncPlan;
import dev.governance.okta.OktaConnector;
import dev.governance.testkit.okta.AppStatus;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.OktaGroupType;
import dev.governance.testkit.okta.OktaSignOnMode;
import dev.governance.testkit.okta.TenantFixtures;
import org.junit.jupiter.api.Test;

/** Okta may leave a group's {@code expand=stats} out; the sync must not take that for empty. */
class MissingGroupStatsTest {

  @Test
  void aGroupWithoutStatisticsHasItsMembersApplicationsAndRolesRead() {
    try (FakeOktaTenant tenant = FakeOktaTenant.start();
        OktaConnector okta = OktaConnectorSyncTest.open(tenant, tenant.apiToken())) {
      TenantFixtures f = tenant.fixtures();
      String user = f.addUser("ann@example.com");
      String group = f.addGroup("Finance", OktaGroupType.OKTA_GROUP);
      String app = f.addApp("Ledger", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE);
      f.addMember(group, user);
      f.assignGroup(app, group);
      f.withholdStats(group);

      OktaConnectorSyncTest.Synced s = OktaConnectorSyncTest.sync(okta, SyncPlan.everything());

      assertThat(s.snapshot().grantsOf(EntityKind.IDENTITY, user))
          .filteredOn(Grant.Membership.class::isInstance).extracting(Grant::targetId).contains(group);
      assertThat(s.snapshot().grantsOf(EntityKind.GROUP, group))
          .filteredOn(Grant.AppAssignment.class::isInstance).extracting(Grant::targetId).contains(app);
      assertThat(s.snapshot().coverage(InventoryCollection.MEMBERSHIPS)).isEqualTo(Coverage.complete());
      assertThat(s.result().callsPerBucket()).isEqualTo(s.result().predictedCallsPerBucket());
      assertThat(tenant.journal().entries())
          .anyMatch(e -> e.path().equals("/api/v1/groups/" + group + "/users"))
          .anyMatch(e -> e.path().equals("/api/v1/groups/" + group + "/roles"));
    }
  }
}
