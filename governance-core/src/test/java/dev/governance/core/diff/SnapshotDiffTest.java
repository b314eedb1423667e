package dev.governance.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.AccessMode;
import dev.governance.core.model.Attributes;
import dev.governance.core.model.ConsentSource;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Group;
import dev.governance.core.model.Identity;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.model.Provenance;
import dev.governance.core.model.Role;
import dev.governance.core.model.RoleTarget;
import dev.governance.core.model.PrivilegeLevel;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SnapshotDiffTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
  private static final Identity ALICE = Identity.of("u1", "alice@x");
  private static final Identity BOB = Identity.of("u2", "bob@x");

  private static Snapshot snapshot(Consumer<SnapshotBuilder> content) {
    SnapshotBuilder b = Snapshot.builder("t", "c").clock(CLOCK);
    for (InventoryCollection c : InventoryCollection.values()) {
      b.coverage(c, Coverage.complete());
    }
    content.accept(b);
    return b.build();
  }

  @Test
  void identicalSnapshotsHaveNoDifferences() {
    Consumer<SnapshotBuilder> content = b -> {
      b.entity(ALICE);
      b.grant(Grant.Membership.of("u1", "g1"));
    };
    assertThat(SnapshotDiff.between(snapshot(content), snapshot(content)).isEmpty()).isTrue();
  }

  @Test
  void statusChangeIsReportedWithBeforeAndAfter() {
    Snapshot before = snapshot(b -> b.entity(ALICE));
    Snapshot after = snapshot(b -> b.entity(ALICE.withStatus(IdentityStatus.SUSPENDED)));
    List<EntityChange> changes = SnapshotDiff.between(before, after).entities(EntityKind.IDENTITY);
    assertThat(changes).hasSize(1);
    EntityChange.Changed changed = (EntityChange.Changed) changes.get(0);
    assertThat(changed.id()).isEqualTo("u1");
    assertThat(changed.fields())
        .containsExactly(new FieldChange("status", IdentityStatus.ACTIVE, IdentityStatus.SUSPENDED),
            new FieldChange("rawStatus", "ACTIVE", "SUSPENDED"));
  }

  @Test
  void attributeChangesAreReportedOnePerAttribute() {
    Identity withDept = new Identity("u1", "alice@x", null, null, IdentityStatus.ACTIVE, null, null, null,
        null, Attributes.of(Map.of("department", "IT")));
    Identity moved = new Identity("u1", "alice@x", null, null, IdentityStatus.ACTIVE, null, null, null,
        null, Attributes.of(Map.of("department", "Sales", "title", "Lead")));
    EntityChange.Changed changed = (EntityChange.Changed) SnapshotDiff
        .between(snapshot(b -> b.entity(withDept)), snapshot(b -> b.entity(moved))).entities().get(0);
    assertThat(changed.fields()).containsExactly(
        new FieldChange("attributes.department", "IT", "Sales"),
        new FieldChange("attributes.title", null, "Lead"));
  }

  @Test
  void entitiesAddedAndRemovedOfEveryKind() {
    Snapshot before = snapshot(b -> {
      b.entity(ALICE);
      b.entity(Group.of("g1", "One"));
    });
    Snapshot after = snapshot(b -> {
      b.entity(ALICE);
      b.entity(BOB);
      b.entity(Role.standard("SUPER_ADMIN", PrivilegeLevel.TENANT_ADMIN, "Super"));
    });
    SnapshotDiff diff = SnapshotDiff.between(before, after);
    assertThat(diff.entities()).containsExactlyInAnyOrder(
        new EntityChange.Added(BOB),
        new EntityChange.Added(Role.standard("SUPER_ADMIN", PrivilegeLevel.TENANT_ADMIN, "Super")),
        new EntityChange.Removed(Group.of("g1", "One")));
  }

  @Test
  void grantsAddedAndRemovedAreMatchedByValue() {
    Snapshot before = snapshot(b -> {
      b.grant(Grant.Membership.of("u1", "g1"));
      b.grant(Grant.Membership.of("u1", "g2"));
      b.grant(Grant.Membership.of("u3", "g1"));
    });
    Snapshot after = snapshot(b -> {
      b.grant(Grant.Membership.of("u1", "g2"));
      b.grant(Grant.Membership.of("u1", "g3"));
      b.grant(Grant.Membership.of("u2", "g1"));
    });
    SnapshotDiff diff = SnapshotDiff.between(before, after);
    assertThat(diff.grants()).containsExactlyInAnyOrder(
        new GrantChange.Added(Grant.Membership.of("u1", "g3")),
        new GrantChange.Added(Grant.Membership.of("u2", "g1")),
        new GrantChange.Removed(Grant.Membership.of("u1", "g1")),
        new GrantChange.Removed(Grant.Membership.of("u3", "g1")));
  }

  @Test
  void provenanceChangeIsARemovalAndAnAddition() {
    Grant direct = new Grant.Membership(EntityKind.IDENTITY, "u1", "g1", Provenance.direct());
    Grant byRule = new Grant.Membership(EntityKind.IDENTITY, "u1", "g1", Provenance.viaGroupRule("r1"));
    SnapshotDiff diff = SnapshotDiff.between(snapshot(b -> b.grant(direct)), snapshot(b -> b.grant(byRule)));
    assertThat(diff.grants()).containsExactly(new GrantChange.Added(byRule), new GrantChange.Removed(direct));
  }

  @Test
  void roleAssignmentWhoseTargetsChangedIsAChange() {
    Grant wide = new Grant.RoleAssignment(EntityKind.IDENTITY, "u1", "APP_ADMIN", List.of(), "ra1",
        Provenance.direct());
    Grant narrow = new Grant.RoleAssignment(EntityKind.IDENTITY, "u1", "APP_ADMIN",
        List.of(new RoleTarget(RoleTarget.Kind.APPLICATION, "a1")), "ra1", Provenance.direct());
    List<GrantChange> changes = SnapshotDiff.between(snapshot(b -> b.grant(wide)), snapshot(b -> b.grant(narrow)))
        .grants(InventoryCollection.ROLE_ASSIGNMENTS);
    assertThat(changes).hasSize(1);
    GrantChange.Changed changed = (GrantChange.Changed) changes.get(0);
    assertThat(changed.fields()).extracting(FieldChange::field).containsExactly("targets");
    assertThat(changed.before()).isEqualTo(wide);
    assertThat(changed.grant()).isEqualTo(narrow);
  }

  @Test
  void scopeGrantConsentChangeIsAChangeButAnotherGrantIdIsAnotherGrant() {
    Grant admin = new Grant.ScopeGrant("a1", "okta.users.read", AccessMode.READ, "iss", "sg1", ConsentSource.ADMIN, null, null,
        Provenance.direct());
    Grant user = new Grant.ScopeGrant("a1", "okta.users.read", AccessMode.READ, "iss", "sg1", ConsentSource.END_USER, "u1",
        null, Provenance.direct());
    Grant regranted = new Grant.ScopeGrant("a1", "okta.users.read", AccessMode.READ, "iss", "sg2", ConsentSource.ADMIN, null,
        null, Provenance.direct());
    assertThat(SnapshotDiff.between(snapshot(b -> b.grant(admin)), snapshot(b -> b.grant(user))).grants())
        .singleElement().isInstanceOf(GrantChange.Changed.class);
    assertThat(SnapshotDiff.between(snapshot(b -> b.grant(admin)), snapshot(b -> b.grant(regranted))).grants())
        .containsExactly(new GrantChange.Added(regranted), new GrantChange.Removed(admin));
  }

  @Test
  void collectionThatCouldNotBeReadIsSkippedNotReportedAsRemoved() {
    Snapshot before = snapshot(b -> {
      b.entity(ALICE);
      b.grant(Grant.Membership.of("u1", "g1"));
    });
    Snapshot after = snapshot(b -> {
      b.coverage(InventoryCollection.IDENTITIES, Coverage.refused("403", Set.of("okta.users.read")));
      b.coverage(InventoryCollection.MEMBERSHIPS, Coverage.notRequested());
    });
    SnapshotDiff diff = SnapshotDiff.between(before, after);
    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.skipped()).containsExactlyInAnyOrder(
        InventoryCollection.IDENTITIES, InventoryCollection.MEMBERSHIPS);
  }

  @Test
  void collectionReadInPartIsComparedButMarkedUncertain() {
    Snapshot before = snapshot(b -> b.entity(ALICE));
    Snapshot after = snapshot(b -> b.coverage(InventoryCollection.IDENTITIES, Coverage.partial("page 3 failed", Coverage.Cause.FAULT)));
    SnapshotDiff diff = SnapshotDiff.between(before, after);
    assertThat(diff.entities()).containsExactly(new EntityChange.Removed(ALICE));
    assertThat(diff.uncertain()).containsExactly(InventoryCollection.IDENTITIES);
  }

  @Test
  void diffKnowsWhichSnapshotsItCompares() {
    Snapshot before = snapshot(b -> {});
    Snapshot after = snapshot(b -> b.entity(ALICE));
    SnapshotDiff diff = SnapshotDiff.between(before, after);
    assertThat(diff.before()).isEqualTo(before.info());
    assertThat(diff.after()).isEqualTo(after.info());
    assertThat(diff.toString()).contains("1 entity");
  }
}
