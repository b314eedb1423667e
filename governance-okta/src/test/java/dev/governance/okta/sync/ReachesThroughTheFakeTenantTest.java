package dev.governance.okta.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.access.Access;
import dev.governance.core.access.AccessGraph;
import dev.governance.core.access.AccessPath;
import dev.governance.core.access.Reach;
import dev.governance.core.model.Entity;
import dev.governance.core.model.EntityKind;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.spi.SyncPlan;
import dev.governance.okta.OktaConnector;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.TenantShape;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The reports count who reaches each application and role from {@link AccessGraph#reaches} without
 * building paths; on tenants the generator made and the connector read, those counts are the kinds
 * of the paths {@link AccessGraph#whoReaches} builds, identity by identity and in the same order.
 */
class ReachesThroughTheFakeTenantTest {

  @Test
  void reachesEqualThePathKindsOnTheDemo() {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(7).start();
        OktaConnector okta = OktaConnectorSyncTest.open(tenant, tenant.apiToken())) {
      Snapshot snapshot = OktaConnectorSyncTest.sync(okta, SyncPlan.everything()).snapshot();
      int compared = compareEveryTarget(AccessGraph.of(snapshot));
      assertThat(compared).isGreaterThan(0);
      compareEveryTarget(AccessGraph.builder(snapshot).maxPathsPerTarget(1).build());
    }
  }

  @Test
  @Tag("long")
  void reachesEqualThePathKindsOnTheMediumShape() {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.MEDIUM).seed(42)
            .rateLimits(OktaConnectorMediumTest.unlimited()).start();
        OktaConnector okta = OktaConnectorSyncTest.open(tenant, tenant.apiToken())) {
      Snapshot snapshot = OktaConnectorSyncTest.sync(okta, SyncPlan.everything()).snapshot();
      assertThat(compareEveryTarget(AccessGraph.of(snapshot))).isGreaterThan(10_000);
      compareEveryTarget(AccessGraph.builder(snapshot).maxPathsPerTarget(1).build());
    }
  }

  /** Compares every application's and role's reaches with its paths; returns the reaches compared. */
  private static int compareEveryTarget(AccessGraph graph) {
    int compared = 0;
    for (EntityKind kind : List.of(EntityKind.APPLICATION, EntityKind.ROLE)) {
      for (Entity target : graph.snapshot().entities(kind)) {
        List<Reach> expected = graph.whoReaches(kind, target.id()).stream().map(
            ReachesThroughTheFakeTenantTest::kinds).toList();
        assertThat(graph.reaches(kind, target.id())).as("%s %s", kind, target.id()).isEqualTo(expected);
        compared += expected.size();
      }
    }
    return compared;
  }

  private static Reach kinds(Access a) {
    return new Reach(a.identityId(), has(a, AccessPath.Kind.DIRECT), has(a, AccessPath.Kind.VIA_GROUP),
        has(a, AccessPath.Kind.VIA_GROUP_RULE));
  }

  private static boolean has(Access a, AccessPath.Kind kind) {
    return a.paths().stream().anyMatch(p -> p.kind() == kind);
  }
}
