package dev.governance.testkit.reference;

import dev.governance.core.model.AccessMode;
import dev.governance.core.model.ApiToken;
import dev.governance.core.model.Application;
import dev.governance.core.model.ApplicationStatus;
import dev.governance.core.model.Attributes;
import dev.governance.core.model.AuthFactor;
import dev.governance.core.model.ConsentSource;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.FactorStatus;
import dev.governance.core.model.FactorStrength;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Group;
import dev.governance.core.model.GroupRule;
import dev.governance.core.model.GroupType;
import dev.governance.core.model.Identity;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.NetworkRestriction;
import dev.governance.core.model.Provenance;
import dev.governance.core.model.Role;
import dev.governance.core.model.PrivilegeLevel;
import dev.governance.core.model.RuleStatus;
import dev.governance.core.model.AppProtocol;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small tenant with one example of every kind of entity and grant: an admin with MFA, a
 * deprovisioned user still assigned to an application, nested groups, a membership added by a
 * group rule, an application-sourced group, a service application granted a {@code .manage} scope,
 * and an API token.
 *
 * @since 0.1
 */
public final class SampleFixture {

  /** The sample tenant's name. */
  public static final String TENANT = "memory://sample";

  private SampleFixture() {}

  /**
   * Creates the sample fixture.
   *
   * @return a new fixture
   */
  public static InMemoryFixture create() {
    Instant t0 = Instant.parse("2025-01-06T09:00:00Z");
    Identity alice = new Identity("u-alice", "alice@example.com", "alice@example.com", "Alice Admin",
        IdentityStatus.ACTIVE, t0, t0, Instant.parse("2026-11-01T08:00:00Z"), t0,
        Attributes.of(Map.of("department", "IT")));
    Identity bob = new Identity("u-bob", "bob@example.com", "bob@example.com", "Bob Builder",
        IdentityStatus.ACTIVE, t0, t0, Instant.parse("2026-10-20T08:00:00Z"), t0,
        Attributes.of(Map.of("department", "Engineering", "costCenter", 42)));
    Identity carol = new Identity("u-carol", "carol@example.com", "carol@example.com", "Carol Gone",
        IdentityStatus.DEACTIVATED, t0, t0, Instant.parse("2025-03-01T08:00:00Z"), t0, Attributes.empty());
    Identity dave = new Identity("u-dave", "dave@example.com", "dave@example.com", "Dave Rule",
        IdentityStatus.ACTIVE, t0, t0, null, t0, Attributes.of(Map.of("department", "Engineering")));
    Group everyone = new Group("g-everyone", "Everyone", "All users", GroupType.BUILT_IN, null, t0, t0, t0,
        Attributes.empty());
    Group engineering = Group.of("g-eng", "Engineering");
    Group platform = Group.of("g-platform", "Platform");
    Group sales = new Group("g-ad-sales", "AD Sales", null, GroupType.APPLICATION_SOURCED, "a-ad", t0, t0, t0,
        Attributes.of(Map.of("samAccountName", "sales")));
    Application github = Application.of("a-github", "GitHub");
    Application salesforce = Application.of("a-salesforce", "Salesforce");
    Application ad = new Application("a-ad", "active_directory", "Active Directory", ApplicationStatus.ACTIVE,
        AppProtocol.BOOKMARK, "BOOKMARK", t0, t0, false, Attributes.empty());
    Application reporter = new Application("a-reporter", "oidc_client", "Reporting service",
        ApplicationStatus.ACTIVE, AppProtocol.OPENID_CONNECT, "OPENID_CONNECT", t0, t0, true, Attributes.empty());
    Role superAdmin = Role.standard("SUPER_ADMIN", PrivilegeLevel.TENANT_ADMIN, "Super Administrator");
    Role readOnly = Role.standard("READ_ONLY_ADMIN", PrivilegeLevel.READ_ONLY_ADMIN, "Read-only Administrator");
    Role helpdesk = Role.custom("cr-helpdesk", "Helpdesk", Set.of("okta.users.read", "okta.groups.members.manage"));
    GroupRule rule = new GroupRule("r-eng", "Engineers by department", RuleStatus.ACTIVE, List.of("g-eng"),
        "user.department == \"Engineering\"", Set.of());
    ApiToken token = new ApiToken("t-ci", "CI token", "u-alice", "Okta API", t0,
        Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z"), NetworkRestriction.anywhere());
    AuthFactor aliceMfa = new AuthFactor("f-alice", "u-alice", FactorStrength.PUSH, "push", "OKTA", FactorStatus.ACTIVE, t0, t0);
    return InMemoryFixture.builder(TENANT)
        .entities(alice, bob, carol, dave, everyone, engineering, platform, sales, github, salesforce, ad,
            reporter, superAdmin, readOnly, helpdesk, rule, token, aliceMfa)
        .grants(
            Grant.Membership.of("u-alice", "g-everyone"),
            Grant.Membership.of("u-bob", "g-everyone"),
            Grant.Membership.of("u-dave", "g-everyone"),
            Grant.Membership.of("u-bob", "g-platform"),
            new Grant.Membership(EntityKind.GROUP, "g-platform", "g-eng", Provenance.direct()),
            new Grant.Membership(EntityKind.IDENTITY, "u-dave", "g-eng", Provenance.viaGroupRule("r-eng")),
            Grant.Membership.of("u-bob", "g-ad-sales"),
            Grant.AppAssignment.direct(EntityKind.GROUP, "g-eng", "a-github"),
            Grant.AppAssignment.direct(EntityKind.GROUP, "g-ad-sales", "a-salesforce"),
            Grant.AppAssignment.direct(EntityKind.IDENTITY, "u-bob", "a-salesforce"),
            Grant.AppAssignment.direct(EntityKind.IDENTITY, "u-carol", "a-salesforce"),
            new Grant.RoleAssignment(EntityKind.IDENTITY, "u-alice", "SUPER_ADMIN", List.of(), "ra-1",
                Provenance.direct()),
            new Grant.RoleAssignment(EntityKind.GROUP, "g-eng", "READ_ONLY_ADMIN", List.of(), "ra-2",
                Provenance.direct()),
            new Grant.RoleAssignment(EntityKind.IDENTITY, "u-bob", "cr-helpdesk",
                List.of(new dev.governance.core.model.RoleTarget(
                    dev.governance.core.model.RoleTarget.Kind.GROUP, "g-platform")), "ra-3", Provenance.direct()),
            new Grant.ScopeGrant("a-reporter", "okta.users.read", AccessMode.READ, "https://sample.example.com", "oag-1",
                ConsentSource.ADMIN, null, t0, Provenance.direct()),
            new Grant.ScopeGrant("a-reporter", "okta.users.manage", AccessMode.WRITE, "https://sample.example.com", "oag-2",
                ConsentSource.ADMIN, null, t0, Provenance.direct()))
        .build();
  }
}
