package dev.governance.scim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.Coverage;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Group;
import dev.governance.core.model.GroupType;
import dev.governance.core.model.Identity;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.model.Role;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.spi.SyncResult;
import dev.governance.testkit.scim.FakeScimServer;
import dev.governance.testkit.scim.ScimFault;
import dev.governance.testkit.scim.ScimFaultRule;
import dev.governance.testkit.scim.ScimFeatures;
import dev.governance.testkit.scim.ScimFixtures;
import dev.governance.testkit.scim.ScimJournalEntry;
import dev.governance.testkit.scim.ScimShape;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reading a fake SCIM server: mapping, paging with caps, and what the server does not offer. */
class ScimConnectorReadTest {
  private final Connectors connectors = new Connectors();

  @Test
  void readsTheSmallShapeIntoIdentitiesGroupsMembershipsAndRoles() {
    try (FakeScimServer server = FakeScimServer.builder().shape(ScimShape.SMALL).seed(4).start();
        ScimConnector scim = connectors.open(server)) {
      ScimFixtures f = server.fixtures();
      Snapshot s = Connectors.read(scim, SyncPlan.everything());
      assertThat(s.identities()).hasSize(12);
      Identity ada = s.identity(f.userId("ada.lovelace@example.com")).orElseThrow();
      assertThat(ada.login()).isEqualTo("ada.lovelace@example.com");
      assertThat(ada.email()).isEqualTo("ada.lovelace@example.com");
      assertThat(ada.displayName()).isEqualTo("Ada Lovelace");
      assertThat(ada.canSignIn()).isTrue();
      assertThat(ada.attributes().text("employeeNumber")).contains("1000");
      assertThat(ada.attributes().names()).contains("department");
      assertThat(ada.created()).isNotNull();
      Identity inactive = s.identities().stream().filter(i -> !i.canSignIn()).findFirst().orElseThrow();
      assertThat(inactive.id()).isEqualTo(f.userIds().get(5));
      assertThat(s.groups()).extracting(Group::name)
          .containsExactlyInAnyOrder("Engineering", "Sales", "Admins", "All Staff");
      assertThat(s.groups()).allMatch(g -> g.type() == GroupType.NATIVE);
      String allStaff = f.groupId("All Staff");
      String engineering = f.groupId("Engineering");
      List<Grant.Membership> memberships = s.grants(Grant.Membership.class).toList();
      assertThat(memberships).contains(new Grant.Membership(EntityKind.GROUP, engineering, allStaff,
          dev.governance.core.model.Provenance.direct()));
      assertThat(memberships).hasSize(12 + 2 + 2);
      assertThat(s.roles()).extracting(Role::id).containsExactlyInAnyOrder("role:admin", "role:auditor",
          "entitlement:billing:export", "entitlement:crm:read");
      assertThat(s.role("entitlement:billing:export").orElseThrow().permissions()).containsExactly("billing:export");
      assertThat(s.grants(Grant.RoleAssignment.class).filter(r -> r.roleId().equals("entitlement:billing:export"))
          .map(Grant.RoleAssignment::assigneeId).collect(Collectors.toSet()))
          .containsExactlyInAnyOrder(f.userIds().get(0), f.userIds().get(2));
      for (InventoryCollection c : List.of(InventoryCollection.IDENTITIES, InventoryCollection.GROUPS,
          InventoryCollection.MEMBERSHIPS, InventoryCollection.ROLES, InventoryCollection.ROLE_ASSIGNMENTS)) {
        assertThat(s.coverage(c)).as(c.name()).isEqualTo(Coverage.complete());
      }
      assertThat(s.coverage(InventoryCollection.APPLICATIONS)).isInstanceOfSatisfying(Coverage.Unavailable.class,
          u -> assertThat(u.cause()).isEqualTo(Coverage.Cause.BY_DESIGN));
    }
  }

  @Test
  void readsTheMediumShapePageByPageAndCountsItsCalls() {
    try (FakeScimServer server = FakeScimServer.builder().shape(ScimShape.MEDIUM).seed(2).start();
        ScimConnector scim = connectors.open(connectors.options(server, server.token()).pageSize(500).build())) {
      var sink = Snapshot.builder(scim.tenant(), scim.id());
      SyncResult result = scim.collect(SyncPlan.everything(), sink, dev.governance.core.spi.SyncContext.defaults());
      Snapshot s = sink.build();
      assertThat(s.identities()).hasSize(3_000);
      assertThat(s.groups()).hasSize(300);
      long members = server.fixtures().groupIds().stream().mapToLong(g -> server.fixtures().members(g).size()).sum();
      assertThat(s.grants(Grant.Membership.class).count()).isEqualTo(members);
      // The server caps pages at 200: 15 pages of users, 2 of groups, plus 3 discovery reads.
      assertThat(result.callsPerBucket()).containsEntry("scim", 15 + 2 + 3);
      assertThat(server.journal().entries(e -> e.path().equals("/Users")))
          .extracting(ScimJournalEntry::query).first().asString().contains("count=500");
      assertThat(s.coverage(InventoryCollection.IDENTITIES)).isEqualTo(Coverage.complete());
    }
  }

  @Test
  void aSilentCapIsFollowedFromWhereEachPageEnded() {
    try (FakeScimServer server = FakeScimServer.builder().shape(ScimShape.SMALL)
        .features(ScimFeatures.builder().pageSizeCap(5).advertiseCap(false).build()).start();
        ScimConnector scim = connectors.open(connectors.options(server, server.token()).pageSize(10).build())) {
      Snapshot s = Connectors.read(scim, SyncPlan.of(InventoryCollection.IDENTITIES));
      assertThat(s.identities()).hasSize(12);
      assertThat(server.journal().entries(e -> e.path().equals("/Users"))).extracting(ScimJournalEntry::query)
          .containsExactly("startIndex=1&count=10", "startIndex=6&count=10", "startIndex=11&count=10");
      assertThat(s.coverage(InventoryCollection.IDENTITIES)).isEqualTo(Coverage.complete());
    }
  }

  @Test
  void aTotalThatChangesBetweenPagesMakesThePartialReasonSayIt() {
    try (FakeScimServer server = FakeScimServer.builder().shape(ScimShape.SMALL)
        .fault(ScimFaultRule.nth("/Users", 2, new ScimFault.Change(f -> f.addUser("late@example.com"))))
        .start();
        ScimConnector scim = connectors.open(connectors.options(server, server.token()).pageSize(5).build())) {
      Snapshot s = Connectors.read(scim, SyncPlan.of(InventoryCollection.IDENTITIES));
      assertThat(s.coverage(InventoryCollection.IDENTITIES)).isInstanceOfSatisfying(Coverage.Partial.class,
          p -> assertThat(p.reason()).contains("totalResults").contains("12").contains("13"));
    }
  }

  @Test
  void aServerWithoutGroupsHasGroupsAndMembershipsUnavailableByDesign() {
    try (FakeScimServer server = FakeScimServer.builder().shape(ScimShape.SMALL)
        .features(ScimFeatures.builder().groups(false).roles(false).entitlements(false).build()).start();
        ScimConnector scim = connectors.open(server)) {
      Snapshot s = Connectors.read(scim, SyncPlan.everything());
      assertThat(s.identities()).hasSize(12);
      for (InventoryCollection c : List.of(InventoryCollection.GROUPS, InventoryCollection.MEMBERSHIPS,
          InventoryCollection.ROLES, InventoryCollection.ROLE_ASSIGNMENTS)) {
        assertThat(s.coverage(c)).as(c.name()).isInstanceOfSatisfying(Coverage.Unavailable.class, u -> {
          assertThat(u.cause()).isEqualTo(Coverage.Cause.BY_DESIGN);
          assertThat(u.reason()).isNotBlank();
        });
      }
      assertThat(server.journal().entries(e -> e.path().startsWith("/Groups"))).isEmpty();
      assertThat(s.roles()).isEmpty();
    }
  }

  @Test
  void onlyGroupsRequestedReadsThemWithoutMembers() {
    try (FakeScimServer server = FakeScimServer.builder().shape(ScimShape.SMALL).start();
        ScimConnector scim = connectors.open(server)) {
      Snapshot s = Connectors.read(scim, SyncPlan.of(InventoryCollection.GROUPS));
      assertThat(s.groups()).hasSize(4);
      assertThat(s.grants()).isEmpty();
      assertThat(server.journal().entries(e -> e.path().equals("/Users"))).isEmpty();
      assertThat(server.journal().entries(e -> e.path().equals("/Groups")).get(0).query())
          .contains("excludedAttributes=members");
      assertThat(s.coverage(InventoryCollection.GROUPS)).isEqualTo(Coverage.complete());
    }
  }

  @Test
  void capabilitiesNameWhatScimCanHold() {
    try (FakeScimServer server = FakeScimServer.start(); ScimConnector scim = connectors.open(server)) {
      assertThat(scim.capabilities().collections()).isEqualTo(Set.of(InventoryCollection.IDENTITIES,
          InventoryCollection.GROUPS, InventoryCollection.MEMBERSHIPS, InventoryCollection.ROLES,
          InventoryCollection.ROLE_ASSIGNMENTS));
      assertThat(scim.id()).isEqualTo("scim");
      assertThat(scim.tenant()).isEqualTo(server.baseUrl());
      Snapshot empty = Connectors.read(scim, SyncPlan.of(InventoryCollection.IDENTITIES));
      assertThat(empty.identities()).isEmpty();
      assertThat(empty.coverage(InventoryCollection.IDENTITIES)).isEqualTo(Coverage.complete());
      assertThat(Map.of()).isEmpty();
    }
  }
}
