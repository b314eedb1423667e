package dev.governance.imports;

import dev.governance.core.Connectors;
import dev.governance.core.Secret;
import dev.governance.core.model.ApiToken;
import dev.governance.core.model.Application;
import dev.governance.core.model.ApplicationStatus;
import dev.governance.core.model.AssignmentStatus;
import dev.governance.core.model.Attributes;
import dev.governance.core.model.AuthFactor;
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
import dev.governance.core.model.AccessMode;
import dev.governance.core.report.CsvReport;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import dev.governance.core.spi.Connector;
import dev.governance.core.store.FileSnapshotStore;
import dev.governance.core.store.StoredSnapshot;
import dev.governance.core.spi.ConnectorContext;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.okta.catalog.OktaBucket;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.RateLimits;
import dev.governance.testkit.okta.TenantShape;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Snapshots to export and import, and the files of an export. */
final class Fixtures {

  static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");
  static final Clock CLOCK = Clock.fixed(AT, ZoneOffset.UTC);

  private Fixtures() {}

  /** The fake tenant's medium shape, read by the Okta connector as {@code governance scan} does. */
  static Snapshot mediumScan() {
    RateLimits limits = RateLimits.defaults().withTokenShare(1.0).withConcurrency(1_000);
    for (OktaBucket b : OktaBucket.values()) {
      limits = limits.withLimit(b, 10_000_000);
    }
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.MEDIUM).seed(42)
            .rateLimits(limits).start();
        Connector okta = Connectors.builder().build().open("okta", ConnectorContext.builder()
            .setting("org", tenant.orgUrl()).setting("allowLoopback", "true")
            .setting("bucketShare", "1.0").setting("readPrincipalRateLimit", "false")
            .service(Secret.class, Secret.of(tenant.apiToken())).build())) {
      SnapshotBuilder builder = Snapshot.builder(okta.tenant(), okta.id());
      okta.collect(SyncPlan.everything(), builder, SyncContext.defaults());
      return builder.build();
    }
  }

  /**
   * A snapshot that fills every component of every record, with text a CSV writer must quote or
   * defuse, lists whose items hold spaces, and attributes of every type.
   */
  static Snapshot everyField() {
    SnapshotBuilder b = Snapshot.builder("https://acme.example.com", "test").clock(CLOCK);
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("department", "Sales, \"EMEA\"");
    attributes.put("level", 7L);
    attributes.put("ratio", 0.25);
    attributes.put("huge", new BigDecimal("123456789012345678901234567890"));
    attributes.put("precise", new BigDecimal("0.1000000000000000000001"));
    attributes.put("manager", true);
    attributes.put("tags", List.of("a b", "=c", 3L));
    b.entity(new Identity("u1", "=ann@acme.com", "ann@acme.com", "Ann \"the admin\"\r\nSmith",
        IdentityStatus.LOCKED, "LOCKED_OUT", AT.minusSeconds(400), AT.minusSeconds(300), AT.minusSeconds(10),
        AT.minusSeconds(20), Attributes.of(attributes)));
    b.entity(new Identity("u2", "'quoted'@acme.com", null, null, IdentityStatus.DEACTIVATED, "deprovisioned, by HR", null,
        null, null, null, Attributes.empty()));
    b.entity(new Group("g1", "Sales, EMEA", "-all sales\nsecond line", GroupType.APPLICATION_SOURCED, "a1",
        AT.minusSeconds(900), AT.minusSeconds(800), AT.minusSeconds(700), Attributes.of(Map.of("x", "y"))));
    b.entity(Group.of("g2", "Nested"));
    b.entity(new Application("a1", "salesforce", "Salesforce @EMEA", ApplicationStatus.INACTIVE,
        AppProtocol.OPENID_CONNECT, "OPENID_CONNECT", AT.minusSeconds(5000), AT.minusSeconds(4000), true,
        Attributes.of(Map.of("clientId", "0oa1"))));
    b.entity(Role.standard("SUPER_ADMIN", PrivilegeLevel.TENANT_ADMIN, "Super Administrator"));
    b.entity(new Role("cr1", "Help desk", PrivilegeLevel.CUSTOM, "CUSTOM", Set.of("okta.users.read", "okta.groups.manage"),
        "Resets passwords, \"carefully\""));
    b.entity(new ApiToken("t1", "CI token", "u1", "Okta API", AT.minusSeconds(100), AT.plusSeconds(1000),
        AT.minusSeconds(50), new NetworkRestriction("ZONE", Set.of("nzo1", "nzo 2"), Set.of("nzo3"))));
    b.entity(new ApiToken("t2", "Other", "u2", null, null, null, null, NetworkRestriction.anywhere()));
    b.entity(new AuthFactor("f1", "u1", FactorStrength.PHISHING_RESISTANT, "webauthn", "FIDO", FactorStatus.ACTIVE,
        AT.minusSeconds(60), AT.minusSeconds(30)));
    b.entity(new GroupRule("r1", "Engineers", RuleStatus.ACTIVE, List.of("g2", "g1"),
        "user.department == \"Engineering\"", Set.of("u2")));
    b.grant(Grant.Membership.of("u1", "g1"));
    b.grant(new Grant.Membership(EntityKind.GROUP, "g2", "g1", Provenance.direct()));
    b.grant(new Grant.Membership(EntityKind.IDENTITY, "u2", "g2", Provenance.viaGroupRule("r1")));
    b.grant(new Grant.AppAssignment(EntityKind.IDENTITY, "u1", "a1", Provenance.viaGroup("g1")));
    b.grant(new Grant.AppAssignment(EntityKind.IDENTITY, "u2", "a1", Provenance.viaUnnamedGroup()));
    b.grant(Grant.AppAssignment.direct(EntityKind.GROUP, "g1", "a1"));
    b.grant(new Grant.RoleAssignment(EntityKind.IDENTITY, "u1", "cr1",
        List.of(new RoleTarget(RoleTarget.Kind.GROUP, "g1"), new RoleTarget(RoleTarget.Kind.APPLICATION_TYPE, "sales force")),
        "ra1", Provenance.direct(), AssignmentStatus.INACTIVE, true, List.of("orn:okta:directory:1:groups", "orn two")));
    b.grant(new Grant.RoleAssignment(EntityKind.GROUP, "g1", "SUPER_ADMIN", List.of(), null,
        Provenance.direct(), AssignmentStatus.ACTIVE, false, List.of()));
    b.grant(new Grant.RoleAssignment(EntityKind.APPLICATION, "a1", "SUPER_ADMIN", List.of(), "ra3",
        Provenance.direct()));
    b.grant(new Grant.ScopeGrant("a1", "okta.users.manage", AccessMode.WRITE, "https://acme.example.com", "sg1",
        ConsentSource.END_USER, "u1", AT.minusSeconds(99), Provenance.direct()));
    b.grant(new Grant.ScopeGrant("a1", "okta.users.read", AccessMode.READ, "https://acme.example.com", null,
        ConsentSource.ADMIN, null, null, Provenance.direct()));
    for (InventoryCollection c : InventoryCollection.values()) {
      b.coverage(c, Coverage.complete());
    }
    b.coverage(InventoryCollection.AUTH_FACTORS, Coverage.partial("admins' factors only", Coverage.Cause.BY_DESIGN));
    return b.build();
  }

  /** The three CSV files of an export. */
  record Export(Path entities, Path relations, Path coverage) {}

  /** Writes a snapshot's CSV files into a directory, as {@code governance scan} does. */
  static Export exportCsv(Snapshot snapshot, Path dir) throws IOException {
    Files.createDirectories(dir);
    Export e = new Export(dir.resolve("entities.csv"), dir.resolve("relations.csv"), dir.resolve("coverage.csv"));
    CsvReport csv = new CsvReport();
    try (Writer w = Files.newBufferedWriter(e.entities(), StandardCharsets.UTF_8)) {
      csv.writeEntities(snapshot, w);
    }
    try (Writer w = Files.newBufferedWriter(e.relations(), StandardCharsets.UTF_8)) {
      csv.writeRelations(snapshot, w);
    }
    try (Writer w = Files.newBufferedWriter(e.coverage(), StandardCharsets.UTF_8)) {
      csv.writeCoverage(snapshot, w);
    }
    return e;
  }

  /** Saves a snapshot in a directory store, and returns the file it wrote. */
  static Path saveSnapshot(Path dir, Snapshot snapshot, boolean compress) {
    StoredSnapshot saved = FileSnapshotStore.builder(dir).clock(CLOCK).compress(compress).build()
        .save("saved", snapshot);
    return dir.resolve("saved").resolve(saved.id() + ".snapshot.json" + (compress ? ".gz" : ""));
  }

  /** Imports through the providers ServiceLoader finds. */
  static Snapshot importWith(String provider, Map<String, String> settings) {
    try (Connector c = Connectors.builder().build().open(provider,
        ConnectorContext.builder().settings(settings).build())) {
      SnapshotBuilder builder = Snapshot.builder(c.tenant(), c.id()).clock(CLOCK);
      c.collect(SyncPlan.everything(), builder, SyncContext.builder().clock(CLOCK).build());
      return builder.build();
    }
  }
}
