package dev.governance.core.findings;

import dev.governance.core.model.AccessMode;
import dev.governance.core.model.ApiToken;
import dev.governance.core.model.Application;
import dev.governance.core.model.ApplicationStatus;
import dev.governance.core.model.Attributes;
import dev.governance.core.model.AuthFactor;
import dev.governance.core.model.ConsentSource;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.Entity;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.FactorStatus;
import dev.governance.core.model.FactorStrength;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Group;
import dev.governance.core.model.Identity;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.model.NetworkRestriction;
import dev.governance.core.model.Provenance;
import dev.governance.core.model.Role;
import dev.governance.core.model.PrivilegeLevel;
import dev.governance.core.model.AppProtocol;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds small snapshots for rule tests: every collection complete unless a test says otherwise,
 * times relative to {@link #NOW}.
 */
final class TestTenant {

  static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private final List<Entity> entities = new ArrayList<>();
  private final List<Grant> grants = new ArrayList<>();
  private final java.util.Map<InventoryCollection, Coverage> coverage =
      new java.util.EnumMap<>(InventoryCollection.class);

  TestTenant() {
    for (InventoryCollection c : InventoryCollection.values()) {
      coverage.put(c, Coverage.complete());
    }
  }

  static Instant daysAgo(long days) {
    return NOW.minus(Duration.ofDays(days));
  }

  static Instant inDays(long days) {
    return NOW.plus(Duration.ofDays(days));
  }

  /**
   * A tenant without any risk: two super admins and one app admin with MFA, an engineering group
   * holding GitHub, a network-restricted token of the app admin, a service app with read scopes.
   */
  static TestTenant clean() {
    return new TestTenant()
        .user("u-alice").user("u-bob").user("u-carol").user("u-dave")
        .entity(Role.standard("SUPER_ADMIN", PrivilegeLevel.TENANT_ADMIN, "Super Administrator"))
        .entity(Role.standard("APP_ADMIN", PrivilegeLevel.SCOPED_ADMIN, "Application Administrator"))
        .role("u-alice", "SUPER_ADMIN").role("u-bob", "SUPER_ADMIN")
        .group("g-admins", "App admins").member("u-carol", "g-admins").groupRole("g-admins", "APP_ADMIN")
        .factor("u-alice", FactorStatus.ACTIVE).factor("u-bob", FactorStatus.ACTIVE)
        .factor("u-carol", FactorStatus.ACTIVE)
        .group("g-eng", "Engineering").member("u-bob", "g-eng").member("u-dave", "g-eng")
        .app("a-github", "GitHub").groupApp("g-eng", "a-github")
        .entity(new ApiToken("t-ci", "CI token", "u-carol", "Okta API", daysAgo(100), inDays(29), daysAgo(1),
            new NetworkRestriction("ZONE", Set.of("nzo-office"), Set.of())))
        .entity(new Application("a-report", "oidc_client", "Reporting service", ApplicationStatus.ACTIVE,
            AppProtocol.OPENID_CONNECT, "OPENID_CONNECT", null, null, true, Attributes.empty()))
        .scope("a-report", "okta.users.read");
  }

  TestTenant coverage(InventoryCollection collection, Coverage value) {
    coverage.put(collection, value);
    return this;
  }

  TestTenant entity(Entity e) {
    entities.add(e);
    return this;
  }

  TestTenant grant(Grant g) {
    grants.add(g);
    return this;
  }

  TestTenant user(String id) {
    return user(id, IdentityStatus.ACTIVE, daysAgo(1));
  }

  TestTenant user(String id, IdentityStatus status, Instant lastLogin) {
    return entity(new Identity(id, id.substring(2) + "@example.com", null, null, status, daysAgo(400),
        daysAgo(400), lastLogin, null, Attributes.empty()));
  }

  TestTenant group(String id, String name) {
    return entity(Group.of(id, name));
  }

  TestTenant app(String id, String label) {
    return entity(Application.of(id, label));
  }

  TestTenant member(String identity, String group) {
    return grant(Grant.Membership.of(identity, group));
  }

  TestTenant nested(String child, String parent) {
    return grant(new Grant.Membership(EntityKind.GROUP, child, parent, Provenance.direct()));
  }

  TestTenant groupApp(String group, String app) {
    return grant(Grant.AppAssignment.direct(EntityKind.GROUP, group, app));
  }

  TestTenant directApp(String identity, String app) {
    return grant(Grant.AppAssignment.direct(EntityKind.IDENTITY, identity, app));
  }

  TestTenant role(String identity, String roleId) {
    return grant(new Grant.RoleAssignment(EntityKind.IDENTITY, identity, roleId, List.of(), null,
        Provenance.direct()));
  }

  TestTenant groupRole(String group, String roleId) {
    return grant(new Grant.RoleAssignment(EntityKind.GROUP, group, roleId, List.of(), null, Provenance.direct()));
  }

  TestTenant factor(String identity, FactorStatus status) {
    return entity(new AuthFactor("f-" + identity + "-" + status, identity, FactorStrength.PHISHING_RESISTANT, "webauthn", "FIDO", status,
        daysAgo(300), daysAgo(300)));
  }

  TestTenant scope(String app, String scope) {
    return grant(new Grant.ScopeGrant(app, scope, scope.endsWith(".manage") ? AccessMode.WRITE : AccessMode.READ, "https://test.example.com", null, ConsentSource.ADMIN, null,
        daysAgo(10), Provenance.direct()));
  }

  Snapshot snapshot() {
    SnapshotBuilder b = Snapshot.builder("memory://test", "test").clock(CLOCK);
    entities.forEach(b::entity);
    grants.forEach(b::grant);
    coverage.forEach(b::coverage);
    return b.build();
  }

  FindingsReport evaluate() {
    return evaluate(FindingsConfig.defaults());
  }

  FindingsReport evaluate(FindingsConfig config) {
    return engine(config).evaluate(snapshot());
  }

  static FindingsEngine engine(FindingsConfig config) {
    return FindingsEngine.builder().serviceLoader(false).clock(CLOCK).config(config).build();
  }
}
