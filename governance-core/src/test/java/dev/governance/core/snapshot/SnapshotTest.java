package dev.governance.core.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.model.Coverage;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Group;
import dev.governance.core.model.Identity;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.model.Provenance;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SnapshotTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void collectionsNeverReportedAreNotRequestedRatherThanEmpty() {
    Snapshot snapshot = Snapshot.builder("t", "c").clock(CLOCK).build();
    assertThat(snapshot.coverage()).hasSize(InventoryCollection.values().length);
    assertThat(snapshot.coverage(InventoryCollection.IDENTITIES)).isEqualTo(Coverage.notRequested());
  }

  @Test
  void zeroIdentitiesAndForbiddenIdentitiesAreTwoDifferentAnswers() {
    SnapshotBuilder empty = Snapshot.builder("t", "c");
    empty.coverage(InventoryCollection.IDENTITIES, Coverage.complete());
    SnapshotBuilder forbidden = Snapshot.builder("t", "c");
    forbidden.coverage(
        InventoryCollection.IDENTITIES, Coverage.refused("403 from /api/v1/users", Set.of("okta.users.read")));

    Snapshot a = empty.build();
    Snapshot b = forbidden.build();

    assertThat(a.identities()).isEmpty();
    assertThat(b.identities()).isEmpty();
    assertThat(a.coverage(InventoryCollection.IDENTITIES).isComplete()).isTrue();
    assertThat(b.coverage(InventoryCollection.IDENTITIES))
        .isInstanceOfSatisfying(Coverage.Unavailable.class,
            u -> assertThat(u.missingPermissions()).containsExactly("okta.users.read"));
  }

  @Test
  void partialCoverageKeepsItsReason() {
    SnapshotBuilder builder = Snapshot.builder("t", "c");
    builder.coverage(InventoryCollection.AUTH_FACTORS, Coverage.partial("factors read for admins only", Coverage.Cause.BY_DESIGN));
    assertThat(builder.build().coverage(InventoryCollection.AUTH_FACTORS))
        .isEqualTo(new Coverage.Partial("factors read for admins only", Coverage.Cause.BY_DESIGN));
  }

  @Test
  void indexesGrantsBySubjectAndByTarget() {
    SnapshotBuilder builder = Snapshot.builder("t", "c");
    builder.entity(Identity.of("u1", "a@x"));
    builder.entity(Group.of("g1", "Eng"));
    builder.grant(Grant.Membership.of("u1", "g1"));
    builder.grant(Grant.AppAssignment.direct(EntityKind.GROUP, "g1", "app1"));
    builder.grant(Grant.AppAssignment.direct(EntityKind.IDENTITY, "u1", "app1"));
    Snapshot snapshot = builder.build();

    assertThat(snapshot.grantsOf(EntityKind.IDENTITY, "u1")).hasSize(2);
    assertThat(snapshot.grantsOf(EntityKind.GROUP, "g1"))
        .containsExactly(Grant.AppAssignment.direct(EntityKind.GROUP, "g1", "app1"));
    assertThat(snapshot.grantsTo(EntityKind.APPLICATION, "app1")).hasSize(2);
    assertThat(snapshot.grantsTo(EntityKind.GROUP, "g1")).containsExactly(Grant.Membership.of("u1", "g1"));
    assertThat(snapshot.grantsOf(EntityKind.IDENTITY, "nobody")).isEmpty();
    assertThat(snapshot.identity("u1")).isPresent();
    assertThat(snapshot.group("g1").map(Group::name)).contains("Eng");
    assertThat(snapshot.counts())
        .containsEntry(InventoryCollection.IDENTITIES, 1)
        .containsEntry(InventoryCollection.MEMBERSHIPS, 1)
        .containsEntry(InventoryCollection.APP_ASSIGNMENTS, 2);
  }

  @Test
  void repeatedGrantsAreKeptOnceAndRepeatedEntitiesReplaceEarlierOnes() {
    SnapshotBuilder builder = Snapshot.builder("t", "c");
    builder.entity(Identity.of("u1", "old@x"));
    builder.entity(Identity.of("u1", "new@x"));
    for (int i = 0; i < 3; i++) {
      builder.grant(Grant.Membership.of("u1", "g1"));
      builder.grant(Grant.Membership.of("u1", "g2"));
    }
    builder.grant(new Grant.Membership(EntityKind.IDENTITY, "u1", "g1", Provenance.viaGroupRule("r1")));
    Snapshot snapshot = builder.build();

    assertThat(snapshot.identities()).extracting(Identity::login).containsExactly("new@x");
    assertThat(snapshot.grants()).hasSize(3);
  }

  @Test
  void equalIdsShareOneStringAcrossEntitiesAndGrants() {
    SnapshotBuilder builder = Snapshot.builder("t", "c");
    builder.entity(Identity.of(new String("u1"), "a@x"));
    builder.grant(Grant.Membership.of(new String("u1"), new String("g1")));
    builder.grant(new Grant.Membership(EntityKind.IDENTITY, new String("u2"), new String("g1"),
        Provenance.viaGroup(new String("g9"))));
    builder.grant(new Grant.Membership(EntityKind.IDENTITY, new String("u3"), new String("g1"),
        Provenance.viaGroup(new String("g9"))));
    Snapshot snapshot = builder.build();

    Grant first = snapshot.grants().get(0);
    Grant second = snapshot.grants().get(1);
    Grant third = snapshot.grants().get(2);
    assertThat(first.subjectId()).isSameAs(snapshot.identity("u1").orElseThrow().id());
    assertThat(first.targetId()).isSameAs(second.targetId());
    assertThat(second.provenance()).isSameAs(third.provenance());
  }

  @Test
  void stampsStartAndEndFromTheInjectedClock() {
    Snapshot snapshot = Snapshot.builder("https://acme.okta.com", "okta").clock(CLOCK).build();
    assertThat(snapshot.info())
        .isEqualTo(new SnapshotInfo("https://acme.okta.com", "okta", CLOCK.instant(), CLOCK.instant()));
  }

  @Test
  void aBuilderBuildsOnceAndSaysWhatToDoAfterwards() {
    SnapshotBuilder builder = Snapshot.builder("t", "c");
    builder.build();
    assertThatThrownBy(() -> builder.grant(Grant.Membership.of("u1", "g1")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("start a new one");
  }

  @Test
  void viewsCannotBeModified() {
    SnapshotBuilder builder = Snapshot.builder("t", "c");
    builder.entity(Identity.of("u1", "a@x"));
    builder.grant(Grant.Membership.of("u1", "g1"));
    Snapshot snapshot = builder.build();
    assertThatThrownBy(() -> snapshot.grants().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> snapshot.identities().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> snapshot.grantsOf(EntityKind.IDENTITY, "u1").clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void acceptsGrantsFromSeveralThreadsAtOnce() throws Exception {
    SnapshotBuilder builder = Snapshot.builder("t", "c");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (int t = 0; t < 4; t++) {
      int thread = t;
      pool.submit(() -> {
        for (int i = 0; i < 5_000; i++) {
          builder.grant(Grant.Membership.of("u" + i, "g" + thread));
        }
      });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    assertThat(builder.build().grants()).hasSize(20_000);
  }
}
