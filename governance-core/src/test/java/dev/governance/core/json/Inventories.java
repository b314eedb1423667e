package dev.governance.core.json;

import dev.governance.core.model.AccessMode;
import dev.governance.core.model.ApiToken;
import dev.governance.core.model.Application;
import dev.governance.core.model.ApplicationStatus;
import dev.governance.core.model.Attributes;
import dev.governance.core.model.AuthFactor;
import dev.governance.core.model.AssignmentStatus;
import dev.governance.core.model.ConsentSource;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.FactorStatus;
import dev.governance.core.model.FactorStrength;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Group;
import dev.governance.core.model.GroupRule;
import dev.governance.core.model.GroupType;
import dev.governance.core.model.Identity;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.model.NetworkRestriction;
import dev.governance.core.model.Provenance;
import dev.governance.core.model.Role;
import dev.governance.core.model.RoleTarget;
import dev.governance.core.model.PrivilegeLevel;
import dev.governance.core.model.RuleStatus;
import dev.governance.core.model.AppProtocol;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small inventory with every kind of entity, grant, provenance and coverage, for tests. */
public final class Inventories {

  /** When the sample was taken. */
  public static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

  private Inventories() {}

  /**
   * Returns attributes of every supported value type.
   *
   * @return the attributes
   */
  public static Attributes richAttributes() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("department", "IT");
    values.put("costCenter", 42L);
    values.put("manager", true);
    values.put("ratio", 0.25d);
    values.put("budget", new BigDecimal("12345678901234567890.123456789"));
    values.put("huge", new BigDecimal("123456789012345678901234567890"));
    values.put("tags", List.of("a", "b", 3L));
    return Attributes.of(values);
  }

  /**
   * Builds the sample snapshot.
   *
   * @return the snapshot
   */
  public static Snapshot sample() {
    SnapshotBuilder b = Snapshot.builder("https://acme.example.com", "test")
        .clock(Clock.fixed(AT, ZoneOffset.UTC))
        .startedAt(AT.minusSeconds(60));
    Instant t0 = Instant.parse("2025-01-06T09:00:00Z");
    b.entity(new Identity("u1", "alice@acme.com", "alice@acme.com", "Alice", IdentityStatus.ACTIVE,
        t0, t0, t0.plusSeconds(10), t0, richAttributes()));
    b.entity(Identity.of("u2", "bob@acme.com"));
    b.entity(new Group("g1", "Engineering", "Engineers", GroupType.NATIVE, null, t0, t0, t0,
        Attributes.of(Map.of("code", "ENG"))));
    b.entity(new Group("g2", "AD Sales", null, GroupType.APPLICATION_SOURCED, "a2", null, null, null,
        Attributes.empty()));
    b.entity(Application.of("a1", "GitHub"));
    b.entity(new Application("a2", "active_directory", "AD", ApplicationStatus.INACTIVE,
        AppProtocol.BOOKMARK, "BOOKMARK", t0, t0, true, Attributes.empty()));
    b.entity(Role.standard("SUPER_ADMIN", PrivilegeLevel.TENANT_ADMIN, "Super Administrator"));
    b.entity(new Role("cr1", "Helpdesk", PrivilegeLevel.CUSTOM, "CUSTOM", Set.of("b.perm", "a.perm"), "Help"));
    b.entity(new ApiToken("t1", "CI", "u1", "Okta API", t0, t0.plusSeconds(99), null,
        new NetworkRestriction("ZONE", Set.of("z2", "z1"), Set.of("z3")),
        new dev.governance.core.model.LastUse(t0.plusSeconds(9), dev.governance.core.model.LastUseSource.SYSTEM_LOG)));
    b.entity(new ApiToken("t2", "Other", "u2", null, null, null, null, NetworkRestriction.anywhere()));
    b.entity(new AuthFactor("f1", "u1", FactorStrength.PUSH, "push", "OKTA", FactorStatus.ACTIVE, t0, t0));
    b.entity(new GroupRule("r1", "Engineers", RuleStatus.ACTIVE, List.of("g1"), "user.dept==\"Eng\"",
        Set.of("u2")));
    b.grant(Grant.Membership.of("u1", "g1"));
    b.grant(new Grant.Membership(EntityKind.IDENTITY, "u2", "g1", Provenance.viaGroupRule("r1")));
    b.grant(new Grant.Membership(EntityKind.GROUP, "g2", "g1", Provenance.direct()));
    b.grant(Grant.AppAssignment.direct(EntityKind.GROUP, "g1", "a1"));
    b.grant(new Grant.AppAssignment(EntityKind.IDENTITY, "u1", "a1", Provenance.viaGroup("g1")));
    b.grant(new Grant.AppAssignment(EntityKind.IDENTITY, "u2", "a1", Provenance.viaUnnamedGroup()));
    b.grant(new Grant.RoleAssignment(EntityKind.IDENTITY, "u1", "SUPER_ADMIN", List.of(), "ra1",
        Provenance.direct()));
    b.grant(new Grant.RoleAssignment(EntityKind.GROUP, "g1", "cr1",
        List.of(new RoleTarget(RoleTarget.Kind.GROUP, "g2"), new RoleTarget(RoleTarget.Kind.APPLICATION, "a1")),
        null, Provenance.direct()));
    b.grant(new Grant.RoleAssignment(EntityKind.IDENTITY, "u2", "cr1",
        List.of(new RoleTarget(RoleTarget.Kind.RESOURCE_SET, "iam1")), "irb1", Provenance.direct(),
        AssignmentStatus.INACTIVE, false, List.of("orn:okta:directory:o1:groups:g1")));
    b.grant(new Grant.ScopeGrant("a2", "okta.users.manage", AccessMode.WRITE, "https://acme.example.com", "sg1",
        ConsentSource.ADMIN, null, t0, Provenance.direct()));
    b.grant(new Grant.ScopeGrant("a2", "okta.users.read", AccessMode.READ, "https://acme.example.com", null,
        ConsentSource.END_USER, "u1", null, Provenance.direct()));
    for (InventoryCollection c : InventoryCollection.values()) {
      b.coverage(c, Coverage.complete());
    }
    b.coverage(InventoryCollection.AUTH_FACTORS, Coverage.partial("only admins' factors were read", Coverage.Cause.BY_DESIGN));
    b.coverage(InventoryCollection.GROUP_RULES,
        Coverage.refused("403 from /api/v1/groups/rules", Set.of("okta.groups.read")));
    b.coverage(InventoryCollection.SCOPE_GRANTS, Coverage.notRequested());
    return b.build();
  }
}
