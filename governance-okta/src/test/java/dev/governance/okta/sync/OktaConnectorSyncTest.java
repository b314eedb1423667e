package dev.governance.okta.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.AuthenticationFailedException;
import dev.governance.core.Secret;
import dev.governance.core.access.Access;
import dev.governance.core.access.AccessGraph;
import dev.governance.core.access.AccessPath;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.spi.SyncResult;
import dev.governance.okta.OktaConnector;
import dev.governance.okta.OktaConnectorOptions;
import dev.governance.okta.OktaCredentials;
import dev.governance.okta.OktaOrg;
import dev.governance.testkit.okta.AppStatus;
import dev.governance.testkit.okta.Fault;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.FaultRule;
import dev.governance.testkit.okta.OktaGroupType;
import dev.governance.testkit.okta.OktaSignOnMode;
import dev.governance.testkit.okta.TenantCounts;
import dev.governance.testkit.okta.TenantFixtures;
import dev.governance.testkit.okta.TenantShape;
import dev.governance.testkit.okta.UserStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Syncs generated tenants over HTTP; its helpers open and sync the fake tenant for other tests. */
public class OktaConnectorSyncTest {

  /** Opens a connector on a fake tenant with a token, using all of each bucket. */
  public static OktaConnector open(FakeOktaTenant tenant, String token) {
    OktaOrg org = OktaOrg.parser().allowLoopbackForTesting().parse(tenant.orgUrl());
    return OktaConnector.open(org, OktaCredentials.apiToken(Secret.of(token)),
        OktaConnectorOptions.builder().bucketShare(1.0).readPrincipalRateLimit(false).maxRetries(2).build());
  }

  /** A sync's snapshot and cost. */
  public record Synced(Snapshot snapshot, SyncResult result) {}

  /** Runs a sync into a new snapshot. */
  public static Synced sync(OktaConnector okta, SyncPlan plan) {
    SnapshotBuilder builder = Snapshot.builder(okta.tenant(), okta.id());
    SyncResult result = okta.collect(plan, builder, SyncContext.defaults());
    return new Synced(builder.build(), result);
  }

  @Test
  void readsEveryCollectionOfAGeneratedTenantInExactlyThePlannedCalls() {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(7).start();
        OktaConnector okta = open(tenant, tenant.apiToken())) {
      Synced s = sync(okta, SyncPlan.everything());
      TenantCounts counts = tenant.counts();
      Map<InventoryCollection, Integer> got = s.snapshot().counts();

      assertThat(got.get(InventoryCollection.IDENTITIES)).isEqualTo(counts.users());
      assertThat(got.get(InventoryCollection.GROUPS)).isEqualTo(counts.groups());
      assertThat(got.get(InventoryCollection.APPLICATIONS)).isEqualTo(counts.apps());
      assertThat((long) got.get(InventoryCollection.MEMBERSHIPS)).isEqualTo(counts.memberships());
      assertThat((long) got.get(InventoryCollection.APP_ASSIGNMENTS)).isEqualTo(counts.appAssignments());
      assertThat(got.get(InventoryCollection.SCOPE_GRANTS)).isEqualTo(counts.grants());
      assertThat(s.snapshot().identities()).anyMatch(i -> i.status() == IdentityStatus.DEACTIVATED);
      assertThat(s.snapshot().coverage()).allSatisfy((c, coverage) -> {
        if (c == InventoryCollection.AUTH_FACTORS) {
          assertThat(coverage).isInstanceOf(Coverage.Partial.class);
        } else {
          assertThat(coverage).as(c.name()).isEqualTo(Coverage.complete());
        }
      });
      assertThat(s.result().revisions()).isEmpty();
      assertThat(s.result().callsPerBucket()).isEqualTo(s.result().predictedCallsPerBucket());
      assertThat(s.result().retries()).isZero();
      assertThat(s.result().totalCalls()).isEqualTo(tenant.journal().total());
    }
  }

  @Test
  void keepsCustomAttributesTellsDirectFromGroupAccessAndFollowsEveryPage() {
    try (FakeOktaTenant tenant = FakeOktaTenant.start(); OktaConnector okta = open(tenant, tenant.apiToken())) {
      TenantFixtures f = tenant.fixtures();
      String alice = f.addUser("alice@example.com", UserStatus.ACTIVE, "Alice", "Able",
          Map.of("costCenter", "CC-7", "clearance", 3));
      String group = f.addGroup("Engineering", OktaGroupType.OKTA_GROUP, "Builders", Map.of("site", "Lyon"));
      String app = f.addApp("GitHub", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE);
      f.addMember(group, alice);
      f.assignGroup(app, group);
      f.assignUser(app, alice);
      String directOnly = f.addApp("Payroll", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE);
      for (int i = 0; i < 1_050; i++) {
        String u = f.addUser("user" + i + "@example.com");
        f.addMember(group, u);
        if (i < 520) {
          f.assignUser(app, u);
          f.assignUser(directOnly, u);
        }
      }

      Synced s = sync(okta, SyncPlan.everything());

      assertThat(s.snapshot().identity(alice).orElseThrow().attributes().asMap())
          .containsEntry("costCenter", "CC-7").containsEntry("clearance", 3L);
      assertThat(s.snapshot().group(group).orElseThrow().attributes().asMap()).containsEntry("site", "Lyon");
      assertThat(s.snapshot().identities()).hasSizeGreaterThan(1_050);
      assertThat(s.snapshot().grantsTo(EntityKind.GROUP, group)).hasSize(1_051);
      Access access = AccessGraph.of(s.snapshot()).access(alice, EntityKind.APPLICATION, app).orElseThrow();
      assertThat(access.paths()).extracting(AccessPath::kind)
          .containsExactly(AccessPath.Kind.DIRECT, AccessPath.Kind.VIA_GROUP);
      // GitHub's 1,051 users come through its group: the plan knew 3 pages. Payroll's 520 are all
      // direct, which no survey can see: one page more than planned, reported as a revision.
      assertThat(s.result().revisions()).singleElement().asString().contains(directOnly);
      assertThat(s.result().callsPerBucket().get("/api/v1/apps*"))
          .isEqualTo(s.result().predictedCallsPerBucket().get("/api/v1/apps*") + 1);
      assertThat(s.snapshot().grantsTo(EntityKind.APPLICATION, directOnly)).hasSize(520);
    }
  }

  @Test
  void aTokenTheOrgRefusesStopsTheSyncNamingTheOrgNotTheToken() {
    try (FakeOktaTenant tenant = FakeOktaTenant.start();
        OktaConnector okta = open(tenant, "not-a-token-of-this-org")) {
      assertThatThrownBy(() -> sync(okta, SyncPlan.everything()))
          .isInstanceOf(AuthenticationFailedException.class)
          .hasMessageContaining(tenant.orgUrl())
          .hasMessageNotContaining("not-a-token-of-this-org");
    }
  }

  @Test
  void aRateLimitedCallWaitsForTheResetAndCountsAsARetry() {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(3)
            .fault(FaultRule.nth("/api/v1/apps", 1, new Fault.RateLimited(Duration.ofSeconds(1)))).start();
        OktaConnector okta = open(tenant, tenant.apiToken())) {
      Synced s = sync(okta, SyncPlan.of(InventoryCollection.APPLICATIONS));
      assertThat(s.snapshot().applications()).hasSize(tenant.counts().apps());
      assertThat(s.result().retries()).isEqualTo(1);
      assertThat(s.result().callsPerBucket()).containsEntry("/api/v1/apps*", 1);
    }
  }

  @Test
  void aServerErrorIsRetriedAndAPersistentOneLeavesOnlyItsCollectionPartial() {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(3)
            .fault(FaultRule.always("/api/v1/api-tokens", new Fault.ServerError(500)))
            .fault(FaultRule.nth("/api/v1/groups", 1, new Fault.ServerError(503))).start();
        OktaConnector okta = open(tenant, tenant.apiToken())) {
      Synced s = sync(okta, SyncPlan.everything());
      assertThat(s.snapshot().coverage(InventoryCollection.API_TOKENS)).isInstanceOf(Coverage.Unavailable.class);
      assertThat(s.snapshot().coverage(InventoryCollection.GROUPS)).isEqualTo(Coverage.complete());
      assertThat(s.snapshot().groups()).hasSize(tenant.counts().groups());
    }
  }

  @Test
  void membershipsOfTheSameUserInTwoGroupsAreTwoGrants() {
    try (FakeOktaTenant tenant = FakeOktaTenant.start(); OktaConnector okta = open(tenant, tenant.apiToken())) {
      TenantFixtures f = tenant.fixtures();
      String u = f.addUser("bob@example.com");
      String g1 = f.addGroup("One", OktaGroupType.OKTA_GROUP);
      String g2 = f.addGroup("Two", OktaGroupType.OKTA_GROUP);
      f.addMember(g1, u);
      f.addMember(g2, u);
      Synced s = sync(okta, SyncPlan.of(InventoryCollection.MEMBERSHIPS));
      assertThat(s.snapshot().grantsOf(EntityKind.IDENTITY, u)).filteredOn(Grant.Membership.class::isInstance)
          .extracting(Grant::targetId).contains(g1, g2);
      assertThat(s.snapshot().coverage(InventoryCollection.IDENTITIES)).isEqualTo(Coverage.notRequested());
      assertThat(List.copyOf(s.result().callsPerBucket().keySet()))
          .as("a group's members count against /api/v1/groups, not /api/v1/groups/{id}")
          .containsExactly("/api/v1/groups");
    }
  }
}
