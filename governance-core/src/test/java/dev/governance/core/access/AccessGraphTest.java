package dev.governance.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.model.AssignmentStatus;
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
import org.junit.jupiter.api.Test;

class AccessGraphTest {

  private static final String APP = "app";

  private static AccessGraph graph(Grant... grants) {
    SnapshotBuilder builder = Snapshot.builder("t", "c");
    for (Grant g : grants) {
      builder.grant(g);
    }
    return AccessGraph.of(builder.build());
  }

  private static Membership nested(String child, String parent) {
    return new Membership(EntityKind.GROUP, child, parent, Provenance.direct());
  }

  private static AppAssignment groupApp(String group) {
    return AppAssignment.direct(EntityKind.GROUP, group, APP);
  }

  @Test
  void aDeprovisionedIdentityReachesNothingButItsGroupsGiveItsDormantAccess() {
    Identity gone = new Identity("u1", "gone@example.com", null, null, IdentityStatus.DEACTIVATED, null, null,
        null, null, Attributes.empty());
    Identity away = new Identity("u2", "away@example.com", null, null, IdentityStatus.SUSPENDED, null, null,
        null, null, Attributes.empty());
    SnapshotBuilder builder = Snapshot.builder("t", "c");
    builder.entity(gone);
    builder.entity(away);
    builder.grant(Membership.of("u1", "g1"));
    builder.grant(Membership.of("u2", "g1"));
    builder.grant(groupApp("g1"));
    AccessGraph graph = AccessGraph.of(builder.build());

    assertThat(graph.accessOf("u1")).isEmpty();
    assertThat(graph.whoReaches(EntityKind.APPLICATION, APP)).extracting(Access::identityId).containsExactly("u2");
    assertThat(graph.dormantAccessOf("u1")).singleElement().satisfies(a -> {
      assertThat(a.targetId()).isEqualTo(APP);
      assertThat(a.paths()).singleElement().satisfies(p -> assertThat(p.groups()).containsExactly("g1"));
    });
    assertThat(graph.accessOf("u2")).hasSize(1);
    assertThat(graph.dormantAccessOf("u2")).isEmpty();
  }

  @Test
  void aDirectAssignmentIsOneDirectPath() {
    AccessGraph graph = graph(AppAssignment.direct(EntityKind.IDENTITY, "u1", APP));
    Access access = graph.access("u1", EntityKind.APPLICATION, APP).orElseThrow();
    assertThat(access.paths()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(AccessPath.Kind.DIRECT);
      assertThat(p.groups()).isEmpty();
    });
    assertThat(access.direct()).isTrue();
    assertThat(access.inherited()).isFalse();
  }

  @Test
  void anAssignmentToOneGroupReachesItsMembersThroughThatGroup() {
    AccessGraph graph = graph(Membership.of("u1", "g1"), groupApp("g1"));
    Access access = graph.access("u1", EntityKind.APPLICATION, APP).orElseThrow();
    assertThat(access.paths()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(AccessPath.Kind.VIA_GROUP);
      assertThat(p.groups()).containsExactly("g1");
      assertThat(p.hops()).containsExactly(Membership.of("u1", "g1"), groupApp("g1"));
    });
  }

  @Test
  void twoGroupsAndADirectAssignmentGiveThreePathsShortestFirst() {
    AccessGraph graph = graph(
        Membership.of("u1", "g1"), Membership.of("u1", "g2"), groupApp("g2"), groupApp("g1"),
        AppAssignment.direct(EntityKind.IDENTITY, "u1", APP));
    Access access = graph.access("u1", EntityKind.APPLICATION, APP).orElseThrow();
    assertThat(access.paths()).extracting(AccessPath::groups)
        .containsExactly(List.of(), List.of("g1"), List.of("g2"));
    assertThat(access.direct()).isTrue();
    assertThat(access.inherited()).isTrue();
  }

  @Test
  void aMembershipAddedByAGroupRuleMakesThePathARulePath() {
    AccessGraph graph = graph(
        new Membership(EntityKind.IDENTITY, "u1", "g1", Provenance.viaGroupRule("r1")), groupApp("g1"));
    AccessPath path = graph.access("u1", EntityKind.APPLICATION, APP).orElseThrow().paths().get(0);
    assertThat(path.kind()).isEqualTo(AccessPath.Kind.VIA_GROUP_RULE);
    assertThat(path.rules()).containsExactly("r1");
    assertThat(path.describe((kind, id) -> id.toUpperCase())).isEqualTo("via group G1 (added by rule R1)");
  }

  @Test
  void nestedGroupsInACycleEndAndEachPathVisitsAGroupOnce() {
    // u1 in g1; g1 in g2; g2 in g3; g3 in g1 (cycle); g2 and g3 hold the app.
    AccessGraph graph = graph(
        Membership.of("u1", "g1"), nested("g1", "g2"), nested("g2", "g3"), nested("g3", "g1"),
        groupApp("g2"), groupApp("g3"));
    Access access = graph.access("u1", EntityKind.APPLICATION, APP).orElseThrow();
    assertThat(access.paths()).extracting(AccessPath::groups)
        .containsExactly(List.of("g1", "g2"), List.of("g1", "g2", "g3"));

    List<Access> reverse = graph.whoReaches(EntityKind.APPLICATION, APP);
    assertThat(reverse).singleElement().satisfies(a -> {
      assertThat(a.identityId()).isEqualTo("u1");
      assertThat(a.paths()).extracting(AccessPath::groups)
          .containsExactly(List.of("g1", "g2"), List.of("g1", "g2", "g3"));
    });
  }

  @Test
  void theReverseQueryFindsEveryIdentityWithItsPaths() {
    AccessGraph graph = graph(
        Membership.of("u1", "g1"), Membership.of("u2", "g1"), nested("g1", "g2"), groupApp("g2"),
        AppAssignment.direct(EntityKind.IDENTITY, "u3", APP), AppAssignment.direct(EntityKind.IDENTITY, "u1", APP));
    List<Access> reverse = graph.whoReaches(EntityKind.APPLICATION, APP);
    assertThat(reverse).extracting(Access::identityId).containsExactlyInAnyOrder("u1", "u2", "u3");
    Access u1 = reverse.stream().filter(a -> a.identityId().equals("u1")).findFirst().orElseThrow();
    assertThat(u1.paths()).extracting(AccessPath::kind)
        .containsExactly(AccessPath.Kind.DIRECT, AccessPath.Kind.VIA_GROUP);
  }

  @Test
  void rolesAreReachedLikeApplicationsThroughGroups() {
    Grant groupRole = new Grant.RoleAssignment(
        EntityKind.GROUP, "admins", "SUPER_ADMIN", List.of(), null, Provenance.direct());
    AccessGraph graph = graph(Membership.of("u1", "admins"), groupRole);
    assertThat(graph.accessOf("u1", EntityKind.ROLE)).singleElement()
        .satisfies(a -> assertThat(a.targetId()).isEqualTo("SUPER_ADMIN"));
    assertThat(graph.whoReaches(EntityKind.ROLE, "SUPER_ADMIN")).extracting(Access::identityId)
        .containsExactly("u1");
    assertThat(graph.accessOf("u1", EntityKind.APPLICATION)).isEmpty();
  }

  @Test
  void anInactiveRoleAssignmentGivesNoAccess() {
    Grant inactive = new Grant.RoleAssignment(EntityKind.GROUP, "admins", "SUPER_ADMIN", List.of(), null,
        Provenance.direct(), AssignmentStatus.INACTIVE, true, List.of());
    Grant direct = new Grant.RoleAssignment(EntityKind.IDENTITY, "u2", "SUPER_ADMIN", List.of(), null,
        Provenance.direct(), AssignmentStatus.INACTIVE, true, List.of());
    AccessGraph graph = graph(Membership.of("u1", "admins"), inactive, direct);
    assertThat(graph.accessOf("u1", EntityKind.ROLE)).isEmpty();
    assertThat(graph.accessOf("u2", EntityKind.ROLE)).isEmpty();
    assertThat(graph.whoReaches(EntityKind.ROLE, "SUPER_ADMIN")).isEmpty();
  }

  @Test
  void aRoleWhoseTargetsCouldNotBeReadIsNotTenantWide() {
    Grant.RoleAssignment unknown = new Grant.RoleAssignment(EntityKind.IDENTITY, "u1", "USER_ADMIN", List.of(),
        "ra1", Provenance.direct(), AssignmentStatus.ACTIVE, false, List.of());
    assertThat(unknown.tenantWide()).isFalse();
    assertThat(new Grant.RoleAssignment(EntityKind.IDENTITY, "u1", "USER_ADMIN", List.of(), "ra1",
        Provenance.direct()).tenantWide()).isTrue();
  }

  @Test
  void anAccessTheProviderReportsThroughAGroupIsMergedWithTheDerivedPath() {
    AppAssignment reported = new AppAssignment(EntityKind.IDENTITY, "u1", APP, Provenance.viaGroup("g1"));
    AccessGraph graph = graph(Membership.of("u1", "g1"), groupApp("g1"), reported);
    assertThat(graph.access("u1", EntityKind.APPLICATION, APP).orElseThrow().paths())
        .singleElement().satisfies(p -> assertThat(p.hops()).hasSize(2));
  }

  @Test
  void anAccessReportedThroughAGroupWhoseMembershipIsUnknownStandsAlone() {
    AppAssignment reported = new AppAssignment(EntityKind.IDENTITY, "u1", APP, Provenance.viaGroup("g9"));
    AccessGraph graph = graph(reported);
    AccessPath path = graph.access("u1", EntityKind.APPLICATION, APP).orElseThrow().paths().get(0);
    assertThat(path.kind()).isEqualTo(AccessPath.Kind.VIA_GROUP);
    assertThat(path.groups()).containsExactly("g9");
  }

  @Test
  void anAccessReportedThroughAnUnnamedGroupGivesWayToADerivedPathAndStandsAloneOtherwise() {
    AppAssignment reported = new AppAssignment(EntityKind.IDENTITY, "u1", APP, Provenance.viaUnnamedGroup());
    AccessGraph derived = graph(Membership.of("u1", "g1"), groupApp("g1"), reported);
    assertThat(derived.access("u1", EntityKind.APPLICATION, APP).orElseThrow().paths())
        .singleElement().satisfies(p -> assertThat(p.groups()).containsExactly("g1"));

    AccessGraph alone = graph(reported);
    AccessPath path = alone.access("u1", EntityKind.APPLICATION, APP).orElseThrow().paths().get(0);
    assertThat(path.kind()).isEqualTo(AccessPath.Kind.VIA_GROUP);
    assertThat(path.groups()).isEmpty();
    assertThat(path.describe((kind, id) -> id)).isEqualTo("via a group the provider did not name");
  }

  @Test
  void pathsBeyondTheLimitAreCountedAsTruncated() {
    AccessGraph graph = AccessGraph.builder(Snapshot.builder("t", "c").build()).build();
    assertThat(graph.accessOf("nobody")).isEmpty();

    SnapshotBuilder builder = Snapshot.builder("t", "c");
    for (int i = 0; i < 5; i++) {
      builder.grant(Membership.of("u1", "g" + i));
      builder.grant(groupApp("g" + i));
    }
    AccessGraph limited = AccessGraph.builder(builder.build()).maxPathsPerTarget(3).build();
    Access access = limited.access("u1", EntityKind.APPLICATION, APP).orElseThrow();
    assertThat(access.paths()).hasSize(3);
    assertThat(access.truncated()).isTrue();
  }

  @Test
  void depthLimitStopsLongChainsOfNestedGroups() {
    SnapshotBuilder builder = Snapshot.builder("t", "c");
    builder.grant(Membership.of("u1", "g0"));
    for (int i = 0; i < 10; i++) {
      builder.grant(nested("g" + i, "g" + (i + 1)));
    }
    builder.grant(groupApp("g10"));
    Snapshot snapshot = builder.build();
    assertThat(AccessGraph.builder(snapshot).maxDepth(5).build().accessOf("u1")).isEmpty();
    assertThat(AccessGraph.of(snapshot).accessOf("u1")).hasSize(1);
  }

  @Test
  void accessIsOnlyComputedToApplicationsAndRoles() {
    AccessGraph graph = graph();
    assertThatThrownBy(() -> graph.whoReaches(EntityKind.GROUP, "g1"))
        .hasMessageContaining("applications and roles");
    assertThatThrownBy(() -> AccessGraph.builder(graph.snapshot()).maxDepth(0))
        .hasMessageContaining("maxDepth must be at least 1");
  }
}
