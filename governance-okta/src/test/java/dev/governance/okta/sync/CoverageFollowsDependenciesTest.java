package dev.governance.okta.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.Coverage;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.SyncPlan;
import dev.governance.okta.OktaConnector;
import dev.governance.okta.catalog.StandardAdminRole;
import dev.governance.testkit.okta.AdminRole;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.Fault;
import dev.governance.testkit.okta.FaultRule;
import dev.governance.testkit.okta.OktaGroupType;
import dev.governance.testkit.okta.TenantFixtures;
import org.junit.jupiter.api.Test;

/** A collection is complete only if every read that feeds it completed. */
class CoverageFollowsDependenciesTest {

  @Test
  void rolesAreNotCompleteWhenALaterPageOfTheAdminListFails() {
    // 150 users with a role of their own take two pages of /api/v1/iam/assignees/users (100 a
    // page); the second fails on every try, so the roles held only by users on it are missing.
    try (FakeOktaTenant tenant = FakeOktaTenant.builder()
            .fault(FaultRule.nth("/api/v1/iam/assignees/users", 2, new Fault.ServerError(503)).times(100))
            .start();
        OktaConnector okta = OktaConnectorSyncTest.open(tenant, tenant.apiToken())) {
      TenantFixtures f = tenant.fixtures();
      for (int i = 0; i < 150; i++) {
        f.assignRole(AdminRole.user(StandardAdminRole.REPORT_ADMIN, f.addUser("admin" + i + "@example.com")));
      }
      var s = OktaConnectorSyncTest.sync(okta, SyncPlan.everything());

      assertThat(s.snapshot().coverage(InventoryCollection.ROLE_ASSIGNMENTS)).isInstanceOf(Coverage.Partial.class);
      assertThat(s.snapshot().coverage(InventoryCollection.ROLES)).isInstanceOf(Coverage.Partial.class);
      assertThat(s.snapshot().coverage(InventoryCollection.AUTH_FACTORS)).isInstanceOf(Coverage.Partial.class);
      assertThat(s.snapshot().coverage()).as("a fault in an input is a fault in what it feeds")
          .allSatisfy((c, coverage) -> assertThat(coverage.lostToFault()).as(c.name()).isEqualTo(
              c == InventoryCollection.ROLE_ASSIGNMENTS || c == InventoryCollection.ROLES
                  || c == InventoryCollection.AUTH_FACTORS));
    }
  }

  @Test
  void roleAssignmentsAreNotCompleteWhenALaterPageOfTheGroupListFails() {
    // 250 groups take two pages of /api/v1/groups; the second, which holds a group with a role,
    // fails on every try.
    try (FakeOktaTenant tenant = FakeOktaTenant.builder()
            .fault(FaultRule.nth("/api/v1/groups", 2, new Fault.ServerError(503)).times(100))
            .start();
        OktaConnector okta = OktaConnectorSyncTest.open(tenant, tenant.apiToken())) {
      TenantFixtures f = tenant.fixtures();
      String last = null;
      for (int i = 0; i < 250; i++) {
        last = f.addGroup("Group " + i, OktaGroupType.OKTA_GROUP);
      }
      f.assignRole(AdminRole.group(StandardAdminRole.READ_ONLY_ADMIN, last));
      var s = OktaConnectorSyncTest.sync(okta, SyncPlan.everything());

      assertThat(s.snapshot().coverage(InventoryCollection.GROUPS)).isInstanceOf(Coverage.Partial.class);
      assertThat(s.snapshot().coverage(InventoryCollection.ROLE_ASSIGNMENTS)).isInstanceOf(Coverage.Partial.class);
      assertThat(s.snapshot().coverage(InventoryCollection.ROLES)).isInstanceOf(Coverage.Partial.class);
      assertThat(s.snapshot().coverage(InventoryCollection.ROLES).lostToFault()).isTrue();
      assertThat(s.snapshot().coverage(InventoryCollection.IDENTITIES)).isEqualTo(Coverage.complete());
    }
  }

  @Test
  void factorsReadForAdminsOnlyArePartialByDesignAndNoLoss() {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(dev.governance.testkit.okta.TenantShape.DEMO).start();
        OktaConnector okta = OktaConnectorSyncTest.open(tenant, tenant.apiToken())) {
      var s = OktaConnectorSyncTest.sync(okta, SyncPlan.everything());

      assertThat(s.snapshot().coverage(InventoryCollection.AUTH_FACTORS))
          .isInstanceOfSatisfying(Coverage.Partial.class,
              p -> assertThat(p.cause()).isEqualTo(Coverage.Cause.BY_DESIGN));
      assertThat(s.snapshot().coverage().values()).noneMatch(Coverage::lostToFault);
    }
  }
}
