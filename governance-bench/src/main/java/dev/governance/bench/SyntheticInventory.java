package dev.governance.bench;

import dev.governance.core.model.AccessMode;
import dev.governance.core.model.ApiToken;
import dev.governance.core.model.Application;
import dev.governance.core.model.Attributes;
import dev.governance.core.model.AuthFactor;
import dev.governance.core.model.ConsentSource;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.FactorStatus;
import dev.governance.core.model.FactorStrength;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Group;
import dev.governance.core.model.Identity;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.NetworkRestriction;
import dev.governance.core.model.Provenance;
import dev.governance.core.model.Role;
import dev.governance.core.model.PrivilegeLevel;
import dev.governance.core.spi.InventorySink;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A seeded, provider-neutral inventory of any size, streamed into a sink the way a connector does:
 * every id is a fresh string, as if parsed from a page of JSON.
 *
 * <p>Shape: identities with four timestamps and two custom attributes; groups of which every
 * tenth holds one application; one group holding a role; one "everyone" group; memberships spread
 * so that the total number of grants matches what was asked.
 *
 * @param identities how many identities
 * @param groups how many groups
 * @param applications how many applications
 * @param grants how many grants in all
 * @param seed the seed; same seed, same inventory
 */
public record SyntheticInventory(int identities, int groups, int applications, int grants, long seed) {

  /** 100,000 identities, 10,000 groups, 1,000 applications and 1,000,000 grants. */
  public static final SyntheticInventory LARGE = new SyntheticInventory(100_000, 10_000, 1_000, 1_000_000, 42);

  /**
   * Streams the inventory.
   *
   * @param sink where to put it
   * @param withGrants whether to stream the grants too
   */
  public void streamInto(InventorySink sink, boolean withGrants) {
    Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < identities; i++) {
      Instant created = t0.plusSeconds(random.nextInt(30_000_000));
      sink.entity(new Identity("00u" + pad(i), "user" + i + "@example.com", "user" + i + "@example.com",
          "User " + i, i % 50 == 0 ? IdentityStatus.DEACTIVATED : IdentityStatus.ACTIVE, created, created,
          created.plusSeconds(random.nextInt(10_000_000)), created,
          Attributes.of(Map.of("department", "dept" + (i % 40), "costCenter", i % 300))));
    }
    for (int g = 0; g < groups; g++) {
      sink.entity(Group.of("00g" + pad(g), "Group " + g));
    }
    for (int a = 0; a < applications; a++) {
      sink.entity(Application.of("0oa" + pad(a), "App " + a));
    }
    sink.entity(Role.standard("SUPER_ADMIN", PrivilegeLevel.TENANT_ADMIN, "Super Administrator"));
    if (!withGrants) {
      return;
    }
    int made = 0;
    // Everyone: every identity.
    for (int i = 0; i < identities && made < grants; i++, made++) {
      sink.grant(Grant.Membership.of("00u" + pad(i), "00g" + pad(0)));
    }
    // Every tenth group holds one application; the admin group holds a role.
    for (int g = 0; g < groups && made < grants; g += 10, made++) {
      sink.grant(Grant.AppAssignment.direct(EntityKind.GROUP, "00g" + pad(g), "0oa" + pad((g / 10) % applications)));
    }
    if (made < grants) {
      sink.grant(new Grant.RoleAssignment(EntityKind.GROUP, "00g" + pad(1), "SUPER_ADMIN", List.of(), null,
          Provenance.direct()));
      made++;
    }
    // Direct assignments: one identity in twenty.
    for (int i = 0; i < identities && made < grants; i += 20, made++) {
      sink.grant(Grant.AppAssignment.direct(EntityKind.IDENTITY, "00u" + pad(i), "0oa" + pad(random.nextInt(applications))));
    }
    // The rest: memberships of random identities in random groups.
    while (made < grants) {
      sink.grant(Grant.Membership.of("00u" + pad(random.nextInt(identities)), "00g" + pad(1 + random.nextInt(groups - 1))));
      made++;
    }
  }

  /**
   * Streams what posture rules look at beyond {@link #streamInto}: an application admin role held
   * directly by one identity in 500 (half of them with an active factor), one API token per 200
   * identities (one in ten owned by a deprovisioned identity, every other one restricted to a
   * network zone, expiries spread over 40 days from {@code asOf}), and OAuth scopes granted to one
   * application in ten (every other one a {@code .manage} scope). Call it after {@link #streamInto}
   * with grants; it does not change what that streams.
   *
   * @param sink where to put it
   * @param asOf the time token expiries are spread from
   */
  public void streamPostureInto(InventorySink sink, Instant asOf) {
    sink.entity(Role.standard("APP_ADMIN", PrivilegeLevel.SCOPED_ADMIN, "Application Administrator"));
    for (int i = 0; i + 7 < identities; i += 500) {
      String id = "00u" + pad(i + 7);
      sink.grant(new Grant.RoleAssignment(EntityKind.IDENTITY, id, "APP_ADMIN", List.of(), null,
          Provenance.direct()));
      if (i % 1000 == 0) {
        sink.entity(new AuthFactor("ufs" + pad(i), id, FactorStrength.PUSH, "push", "OKTA", FactorStatus.ACTIVE, asOf, asOf));
      }
    }
    for (int i = 0, n = 0; i < identities; i += 200, n++) {
      Instant expires = asOf.plus(Duration.ofHours(n % 960));
      NetworkRestriction network = n % 2 == 0
          ? NetworkRestriction.anywhere()
          : new NetworkRestriction("ZONE", Set.of("nzo" + pad(n % 7)), Set.of());
      String owner = "00u" + pad(n % 10 == 0 ? i : i + 1);
      sink.entity(new ApiToken("00T" + pad(n), "token " + n, owner, "Okta API",
          expires.minus(Duration.ofDays(400)), expires, expires.minus(Duration.ofDays(30)), network));
    }
    for (int a = 0; a < applications; a += 10) {
      String scope = (a / 10) % 2 == 0 ? "okta.users.read" : "okta.users.manage";
      sink.grant(new Grant.ScopeGrant("0oa" + pad(a), scope, scope.endsWith(".manage") ? AccessMode.WRITE : AccessMode.READ, "https://bench.example.com", null,
          ConsentSource.ADMIN, null, asOf, Provenance.direct()));
    }
  }

  private static String pad(int n) {
    String s = Integer.toString(n, 36);
    return "0".repeat(Math.max(0, 17 - s.length())) + s;
  }
}
