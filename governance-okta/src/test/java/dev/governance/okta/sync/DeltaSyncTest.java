package dev.governance.okta.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.diff.SnapshotDiff;
import dev.governance.core.model.Application;
import dev.governance.core.model.ApplicationStatus;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.GroupRule;
import dev.governance.core.model.GroupType;
import dev.governance.core.model.Identity;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.model.Provenance;
import dev.governance.core.model.RuleStatus;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SyncMode;
import dev.governance.testkit.okta.TenantShape;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A delta after changes made through the fake tenant's API (which writes System Log events as Okta
 * does) reads fewer calls than a full sync and yields the snapshot a full sync reads at that moment.
 */
class DeltaSyncTest {

  /** Syncs as a delta, then in full, and checks the two agree; returns the delta. */
  static DeltaRig.Synced deltaEqualsFull(DeltaRig rig, Snapshot before) {
    DeltaRig.Synced delta = rig.delta(before);
    DeltaRig.Synced full = rig.full();
    SnapshotDiff diff = SnapshotDiff.between(full.snapshot(), delta.snapshot());
    assertThat(diff.isEmpty()).as("the delta differs from a full sync: %s %s", diff.entities(), diff.grants()).isTrue();
    assertThat(delta.snapshot().coverage()).isEqualTo(full.snapshot().coverage());
    assertThat(delta.snapshot().info().mode().kind()).as(delta.snapshot().info().mode().describe())
        .isEqualTo(SyncMode.Kind.DELTA);
    assertThat(delta.result().totalCalls()).isLessThan(full.result().totalCalls());
    if (delta.result().revisions().isEmpty()) {
      assertThat(delta.result().predictedCallsPerBucket()).as("the delta's plan")
          .isEqualTo(delta.result().callsPerBucket());
    }
    return delta;
  }

  private static Identity activeUser(Snapshot s, Set<String> notIn) {
    return s.identities().stream().filter(i -> i.status() == IdentityStatus.ACTIVE && !notIn.contains(i.id()))
        .findFirst().orElseThrow();
  }

  private static Grant.Membership nativeMembership(Snapshot s) {
    Set<String> natives = s.groups().stream().filter(g -> g.type() == GroupType.NATIVE)
        .map(g -> g.id()).collect(Collectors.toSet());
    return s.grants(Grant.Membership.class).filter(m -> natives.contains(m.groupId())).findFirst().orElseThrow();
  }

  private static Application activeApp(Snapshot s) {
    return s.applications().stream().filter(a -> a.status() == ApplicationStatus.ACTIVE).findFirst().orElseThrow();
  }

  private static Set<String> groupsOf(Snapshot s, String user) {
    return s.grants(Grant.Membership.class).filter(m -> m.memberId().equals(user)).map(Grant.Membership::groupId)
        .collect(Collectors.toSet());
  }

  private static Set<String> usersReaching(Snapshot s, String app) {
    Set<String> groups = s.grants(Grant.AppAssignment.class).filter(a -> a.applicationId().equals(app)
        && a.assigneeKind() == EntityKind.GROUP).map(Grant.AppAssignment::assigneeId).collect(Collectors.toSet());
    Set<String> users = new HashSet<>();
    s.grants(Grant.Membership.class).filter(m -> groups.contains(m.groupId())).forEach(m -> users.add(m.memberId()));
    s.grants(Grant.AppAssignment.class).filter(a -> a.applicationId().equals(app)
        && a.assigneeKind() == EntityKind.IDENTITY).forEach(a -> users.add(a.assigneeId()));
    return users;
  }

  @Test
  void withoutChangesADeltaMakesAtMostTenCallsAndEqualsAFullSync() {
    try (DeltaRig rig = new DeltaRig(TenantShape.DEMO)) {
      Snapshot before = rig.full().snapshot();
      DeltaRig.Synced delta = deltaEqualsFull(rig, before);
      assertThat(delta.result().totalCalls()).isLessThanOrEqualTo(10);
      assertThat(delta.snapshot().info().mode().reReadInFull()).isEmpty();
      assertThat(delta.snapshot().info().mode().basedOn()).isEqualTo("prev");
    }
  }

  @Test
  void membershipsAddedAndRemovedAreReplayedFromTheSystemLog() {
    try (DeltaRig rig = new DeltaRig(TenantShape.DEMO)) {
      Snapshot before = rig.full().snapshot();
      Grant.Membership gone = nativeMembership(before);
      assertThat(rig.api("DELETE", "/api/v1/groups/" + gone.groupId() + "/users/" + gone.memberId(), null))
          .isEqualTo(204);
      Identity mover = activeUser(before, Set.of(gone.memberId()));
      assertThat(rig.api("PUT", "/api/v1/groups/" + gone.groupId() + "/users/" + mover.id(), null)).isEqualTo(204);
      DeltaRig.Synced delta = deltaEqualsFull(rig, before);
      assertThat(delta.snapshot().grants()).contains(Grant.Membership.of(mover.id(), gone.groupId()))
          .doesNotContain(gone);
    }
  }

  @Test
  void directApplicationAssignmentsAddedAndRemovedAreReplayed() {
    try (DeltaRig rig = new DeltaRig(TenantShape.DEMO)) {
      Snapshot before = rig.full().snapshot();
      Application app = activeApp(before);
      Set<String> reaching = usersReaching(before, app.id());
      Identity newcomer = activeUser(before, reaching);
      assertThat(rig.api("POST", "/api/v1/apps/" + app.id() + "/users",
          "{\"id\":\"" + newcomer.id() + "\",\"scope\":\"USER\"}")).isEqualTo(200);
      // Some applications refuse the tenant's admin (403); remove the first direct assignment it may.
      List<Grant.AppAssignment> candidates = before.grants(Grant.AppAssignment.class)
          .filter(a -> a.assigneeKind() == EntityKind.IDENTITY && !a.applicationId().equals(app.id())).toList();
      boolean removed = false;
      for (int i = 0; i < candidates.size() && !removed; i++) {
        Grant.AppAssignment a = candidates.get(i);
        removed = rig.api("DELETE", "/api/v1/apps/" + a.applicationId() + "/users/" + a.assigneeId(), null) == 204;
      }
      assertThat(removed).isTrue();
      DeltaRig.Synced delta = deltaEqualsFull(rig, before);
      assertThat(delta.snapshot().grants())
          .contains(Grant.AppAssignment.direct(EntityKind.IDENTITY, newcomer.id(), app.id()));
    }
  }

  @Test
  void groupAssignmentsToApplicationsAreReplayed() {
    try (DeltaRig rig = new DeltaRig(TenantShape.DEMO)) {
      Snapshot before = rig.full().snapshot();
      Application app = activeApp(before);
      Set<String> assigned = before.grants(Grant.AppAssignment.class).filter(a -> a.applicationId().equals(app.id())
          && a.assigneeKind() == EntityKind.GROUP).map(Grant.AppAssignment::assigneeId).collect(Collectors.toSet());
      String group = before.groups().stream().filter(g -> g.type() == GroupType.NATIVE && !assigned.contains(g.id()))
          .findFirst().orElseThrow().id();
      assertThat(rig.api("PUT", "/api/v1/apps/" + app.id() + "/groups/" + group, "{}")).isEqualTo(200);
      before.grants(Grant.AppAssignment.class).filter(a -> a.assigneeKind() == EntityKind.GROUP).findFirst()
          .ifPresent(a -> assertThat(rig.api("DELETE", "/api/v1/apps/" + a.applicationId() + "/groups/"
              + a.assigneeId(), null)).isEqualTo(204));
      deltaEqualsFull(rig, before);
    }
  }

  @Test
  void usersCreatedChangedDeactivatedAndDeletedAreRead() {
    try (DeltaRig rig = new DeltaRig(TenantShape.DEMO)) {
      Snapshot before = rig.full().snapshot();
      assertThat(rig.api("POST", "/api/v1/users?activate=true", "{\"profile\":{\"login\":\"new.hire@example.com\","
          + "\"email\":\"new.hire@example.com\",\"firstName\":\"New\",\"lastName\":\"Hire\"}}")).isEqualTo(200);
      String directlyAssigned = before.grants(Grant.AppAssignment.class)
          .filter(a -> a.assigneeKind() == EntityKind.IDENTITY).map(Grant.AppAssignment::assigneeId)
          .filter(u -> before.identity(u).map(i -> i.status() == IdentityStatus.ACTIVE).orElse(false))
          .findFirst().orElseThrow();
      assertThat(rig.api("POST", "/api/v1/users/" + directlyAssigned + "/lifecycle/deactivate", null)).isEqualTo(200);
      Identity renamed = activeUser(before, Set.of(directlyAssigned));
      assertThat(rig.api("POST", "/api/v1/users/" + renamed.id(), "{\"profile\":{\"title\":\"Auditor\"}}"))
          .isEqualTo(200);
      Identity gone = before.identities().stream().filter(i -> i.status() == IdentityStatus.DEACTIVATED)
          .findFirst().orElseThrow();
      assertThat(rig.api("DELETE", "/api/v1/users/" + gone.id(), null)).isEqualTo(204);
      DeltaRig.Synced delta = deltaEqualsFull(rig, before);
      assertThat(delta.snapshot().identity(gone.id())).isEmpty();
      assertThat(delta.snapshot().identities()).anyMatch(i -> i.login().equals("new.hire@example.com"));
    }
  }

  @Test
  void aProfileChangeThatMakesAUserMatchOrStopMatchingARuleChangesProvenanceAsInAFullSync() {
    try (DeltaRig rig = new DeltaRig(TenantShape.DEMO)) {
      Snapshot before = rig.full().snapshot();
      GroupRule rule = before.groupRules().stream().filter(r -> r.status() == RuleStatus.ACTIVE).findFirst()
          .orElseThrow();
      String target = rule.targetGroupIds().get(0);
      Grant.Membership managed = before.grants(Grant.Membership.class)
          .filter(m -> m.provenance().equals(Provenance.viaGroupRule(rule.id()))).findFirst().orElseThrow();
      Identity joiner = activeUser(before, before.grants(Grant.Membership.class)
          .filter(m -> m.groupId().equals(target)).map(Grant.Membership::memberId).collect(Collectors.toSet()));
      assertThat(rig.api("PUT", "/api/v1/groups/" + target + "/users/" + joiner.id(), null)).isEqualTo(204);
      Snapshot byHand = deltaEqualsFull(rig, before).snapshot();
      assertThat(byHand.grants()).contains(Grant.Membership.of(joiner.id(), target));

      String matching = rule.expression().replaceAll(".*\"(.*)\".*", "$1");
      assertThat(rig.api("POST", "/api/v1/users/" + joiner.id(), "{\"profile\":{\"department\":\"" + matching
          + "\"}}")).isEqualTo(200);
      assertThat(rig.api("POST", "/api/v1/users/" + managed.memberId(), "{\"profile\":{\"department\":\"Nowhere\"}}"))
          .isEqualTo(200);
      Snapshot after = deltaEqualsFull(rig, byHand).snapshot();
      assertThat(after.grants()).contains(new Grant.Membership(EntityKind.IDENTITY, joiner.id(), target,
          Provenance.viaGroupRule(rule.id())));
      assertThat(after.grants(Grant.Membership.class)).noneMatch(m -> m.memberId().equals(managed.memberId())
          && m.groupId().equals(target) && !m.provenance().isDirect());
    }
  }

  @Test
  void groupsCreatedAndDeletedAreRead() {
    try (DeltaRig rig = new DeltaRig(TenantShape.DEMO)) {
      Snapshot before = rig.full().snapshot();
      assertThat(rig.api("POST", "/api/v1/groups", "{\"profile\":{\"name\":\"Auditors\"}}")).isEqualTo(200);
      String doomed = nativeMembership(before).groupId();
      assertThat(rig.api("DELETE", "/api/v1/groups/" + doomed, null)).isEqualTo(204);
      DeltaRig.Synced delta = deltaEqualsFull(rig, before);
      assertThat(delta.snapshot().group(doomed)).isEmpty();
    }
  }

  @Test
  void anApplicationDeactivatedHasItsAssignmentsReRead() {
    try (DeltaRig rig = new DeltaRig(TenantShape.DEMO)) {
      Snapshot before = rig.full().snapshot();
      Application app = activeApp(before);
      assertThat(rig.api("POST", "/api/v1/apps/" + app.id() + "/lifecycle/deactivate", null)).isEqualTo(200);
      DeltaRig.Synced delta = deltaEqualsFull(rig, before);
      assertThat(delta.snapshot().application(app.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.INACTIVE);
    }
  }

  @Test
  void aRoleRevokedReReadsRolesInFullAndSaysWhy() {
    try (DeltaRig rig = new DeltaRig(TenantShape.DEMO)) {
      Snapshot before = rig.full().snapshot();
      Grant.RoleAssignment role = before.grants(Grant.RoleAssignment.class)
          .filter(r -> r.assigneeKind() == EntityKind.IDENTITY && r.assignmentId() != null
              && !r.assigneeId().equals(rig.tenant.adminUserId()))
          .findFirst().orElseThrow();
      assertThat(rig.api("DELETE", "/api/v1/users/" + role.assigneeId() + "/roles/" + role.assignmentId(), null))
          .isEqualTo(204);
      DeltaRig.Synced delta = deltaEqualsFull(rig, before);
      assertThat(delta.snapshot().info().mode().reReadInFull()).containsOnlyKeys(
          InventoryCollection.ROLE_ASSIGNMENTS, InventoryCollection.ROLES, InventoryCollection.AUTH_FACTORS);
      assertThat(delta.snapshot().info().mode().reReadInFull().get(InventoryCollection.ROLES))
          .contains("admin role changes");
    }
  }

  @Test
  void aUserJoiningAGroupThatHoldsARoleHasItsFactorsRead() {
    try (DeltaRig rig = new DeltaRig(TenantShape.DEMO)) {
      Snapshot before = rig.full().snapshot();
      Set<String> adminGroups = before.grants(Grant.RoleAssignment.class)
          .filter(r -> r.assigneeKind() == EntityKind.GROUP).map(Grant.RoleAssignment::assigneeId)
          .collect(Collectors.toSet());
      String group = before.groups().stream().filter(g -> adminGroups.contains(g.id()) && g.type() == GroupType.NATIVE)
          .findFirst().orElseThrow().id();
      Set<String> admins = new HashSet<>();
      before.grants(Grant.RoleAssignment.class).filter(r -> r.assigneeKind() == EntityKind.IDENTITY)
          .forEach(r -> admins.add(r.assigneeId()));
      before.grants(Grant.Membership.class).filter(m -> adminGroups.contains(m.groupId()))
          .forEach(m -> admins.add(m.memberId()));
      String newcomer = before.authFactors().stream().map(f -> f.identityId()).filter(u -> !admins.contains(u))
          .findFirst().orElse(activeUser(before, admins).id());
      assertThat(rig.api("PUT", "/api/v1/groups/" + group + "/users/" + newcomer, null)).isEqualTo(204);
      DeltaRig.Synced delta = deltaEqualsFull(rig, before);
      // The users filter, then the new admin's factors.
      assertThat(delta.result().callsPerBucket().get("/api/v1/users")).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void aTenantClockMinutesAheadOrBehindStillYieldsTheFullSnapshot() {
    for (Duration skew : List.of(Duration.ofMinutes(3), Duration.ofMinutes(-3))) {
      try (DeltaRig rig = new DeltaRig(TenantShape.DEMO, skew)) {
        Snapshot before = rig.full().snapshot();
        Grant.Membership gone = nativeMembership(before);
        assertThat(rig.api("DELETE", "/api/v1/groups/" + gone.groupId() + "/users/" + gone.memberId(), null))
            .isEqualTo(204);
        DeltaRig.Synced delta = deltaEqualsFull(rig, before);
        assertThat(delta.snapshot().grants()).as("skew %s", skew).doesNotContain(gone);
      }
    }
  }

  @Test
  void aPreviousSnapshotOlderThanTheLogsNinetyDaysGivesAFullSyncThatSaysWhy() {
    try (DeltaRig rig = new DeltaRig(TenantShape.DEMO)) {
      Snapshot full = rig.full().snapshot();
      Snapshot before = DeltaRig.takenAt(full, full.info().startedAt().minus(Duration.ofDays(91)));
      DeltaRig.Synced again = rig.delta(before);
      SyncMode mode = again.snapshot().info().mode();
      assertThat(mode.kind()).isEqualTo(SyncMode.Kind.FULL);
      assertThat(mode.reason()).contains("90 days");
      assertThat(SnapshotDiff.between(rig.full().snapshot(), again.snapshot()).isEmpty()).isTrue();
    }
  }

  @Test
  void aSystemLogThatRefusesTheCredentialsGivesAFullSyncThatSaysWhy() throws Exception {
    java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    java.security.KeyPair keys = generator.generateKeyPair();
    try (DeltaRig rig = new DeltaRig(TenantShape.DEMO)) {
      String app = ServiceApps.readOnlyAdmin(rig.tenant, keys.getPublic(), "k1");
      java.util.EnumSet<dev.governance.okta.catalog.OktaScope> scopes = ServiceApps.readScopes();
      scopes.remove(dev.governance.okta.catalog.OktaScope.LOGS_READ);
      dev.governance.okta.OktaCredentials credentials = dev.governance.okta.OktaCredentials.serviceApp()
          .clientId(app).privateKey(dev.governance.okta.OktaPrivateKey.of(keys.getPrivate())).keyId("k1")
          .scopes(scopes).build();
      dev.governance.okta.OktaOrg org = dev.governance.okta.OktaOrg.parser().allowLoopbackForTesting()
          .parse(rig.tenant.orgUrl());
      try (dev.governance.okta.OktaConnector okta = dev.governance.okta.OktaConnector.open(org, credentials,
          dev.governance.okta.OktaConnectorOptions.builder().bucketShare(1.0).readPrincipalRateLimit(false)
              .clock(rig.clock).build())) {
        Snapshot before = syncWith(okta, rig, null);
        Snapshot again = syncWith(okta, rig, before);
        assertThat(again.info().mode().kind()).isEqualTo(SyncMode.Kind.FULL);
        assertThat(again.info().mode().reason()).contains("System Log refused");
        assertThat(SnapshotDiff.between(before, again).isEmpty()).isTrue();
      }
    }
  }

  private static Snapshot syncWith(dev.governance.okta.OktaConnector okta, DeltaRig rig, Snapshot previous) {
    dev.governance.core.snapshot.SnapshotBuilder b = Snapshot.builder(okta.tenant(), okta.id()).clock(rig.clock);
    okta.collect(dev.governance.core.spi.SyncPlan.everything(), b,
        dev.governance.core.spi.SyncContext.builder().clock(rig.clock).previous(previous, null).build());
    return b.build();
  }
}
