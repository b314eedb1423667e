package dev.governance.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.Attributes;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Grant.AppAssignment;
import dev.governance.core.model.Grant.Membership;
import dev.governance.core.model.Identity;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.Provenance;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReachesTest {

  private static final String APP = "app";

  /** Every kind of path the graph tells apart, reported grants merged or not, a cycle and a deprovisioned member. */
  private static Snapshot mixed() {
    SnapshotBuilder b = Snapshot.builder("t", "c");
    b.entity(new Identity("gone", "gone@example.com", null, null, IdentityStatus.DEACTIVATED, null, null,
        null, null, Attributes.empty()));
    List<Grant> grants = List.of(
        AppAssignment.direct(EntityKind.IDENTITY, "direct", APP),
        Membership.of("member", "g1"),
        AppAssignment.direct(EntityKind.GROUP, "g1", APP),
        Membership.of("merged", "g1"),
        new AppAssignment(EntityKind.IDENTITY, "merged", APP, Provenance.viaGroup("g1")),
        new AppAssignment(EntityKind.IDENTITY, "alone", APP, Provenance.viaGroup("g9")),
        Membership.of("unnamed", "g1"),
        new AppAssignment(EntityKind.IDENTITY, "unnamed", APP, Provenance.viaUnnamedGroup()),
        new Membership(EntityKind.IDENTITY, "ruled", "g2", Provenance.viaGroupRule("r1")),
        new Membership(EntityKind.GROUP, "g2", "g1", Provenance.direct()),
        new Membership(EntityKind.GROUP, "g1", "g2", Provenance.direct()),
        AppAssignment.direct(EntityKind.GROUP, "g2", APP),
        Membership.of("everything", "g2"),
        Membership.of("everything", "g1"),
        AppAssignment.direct(EntityKind.IDENTITY, "everything", APP),
        Membership.of("gone", "g1"),
        new Membership(EntityKind.IDENTITY, "ruledMerged", "g3", Provenance.viaGroupRule("r2")),
        AppAssignment.direct(EntityKind.GROUP, "g3", APP),
        new AppAssignment(EntityKind.IDENTITY, "ruledMerged", APP, Provenance.viaGroup("g3")));
    grants.forEach(b::grant);
    return b.build();
  }

  /** What the reaches must equal: the kinds of the paths {@code whoReaches} builds. */
  static List<Reach> fromPaths(AccessGraph graph, EntityKind kind, String id) {
    return graph.whoReaches(kind, id).stream()
        .map(a -> new Reach(a.identityId(), has(a, AccessPath.Kind.DIRECT), has(a, AccessPath.Kind.VIA_GROUP),
            has(a, AccessPath.Kind.VIA_GROUP_RULE)))
        .toList();
  }

  private static boolean has(Access a, AccessPath.Kind kind) {
    return a.paths().stream().anyMatch(p -> p.kind() == kind);
  }

  @Test
  void reachesGiveTheKindsOfTheListedPathsInTheSameOrder() {
    AccessGraph graph = AccessGraph.of(mixed());
    List<Reach> reaches = graph.reaches(EntityKind.APPLICATION, APP);
    assertThat(reaches).isEqualTo(fromPaths(graph, EntityKind.APPLICATION, APP));
    assertThat(reaches).extracting(Reach::identityId).doesNotContain("gone")
        .contains("direct", "member", "merged", "alone", "unnamed", "ruled", "everything");
    assertThat(reaches).filteredOn(r -> r.identityId().equals("merged")).singleElement()
        .isEqualTo(new Reach("merged", false, true, false));
    assertThat(reaches).filteredOn(r -> r.identityId().equals("everything")).singleElement()
        .isEqualTo(new Reach("everything", true, true, false));
    assertThat(reaches).filteredOn(r -> r.identityId().equals("ruledMerged")).singleElement()
        .isEqualTo(new Reach("ruledMerged", false, false, true));
  }

  @Test
  void reachesCountOnlyThePathsWithinTheLimitAsTheListedPathsDo() {
    for (int limit = 1; limit <= 3; limit++) {
      AccessGraph graph = AccessGraph.builder(mixed()).maxPathsPerTarget(limit).build();
      assertThat(graph.reaches(EntityKind.APPLICATION, APP))
          .as("limit %d", limit)
          .isEqualTo(fromPaths(graph, EntityKind.APPLICATION, APP));
    }
  }

  @Test
  void whoReachesSomeIdentitiesGivesTheirAccessesAsTheFullListDoes() {
    AccessGraph graph = AccessGraph.of(mixed());
    List<Access> some = graph.whoReaches(EntityKind.APPLICATION, APP, Set.of("everything", "ruled", "nobody"));
    assertThat(some).isEqualTo(graph.whoReaches(EntityKind.APPLICATION, APP).stream()
        .filter(a -> Set.of("everything", "ruled").contains(a.identityId())).toList());
    assertThat(some).hasSize(2);
  }
}
