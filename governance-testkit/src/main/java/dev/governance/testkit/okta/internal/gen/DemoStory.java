package dev.governance.testkit.okta.internal.gen;

import dev.governance.okta.catalog.StandardAdminRole;
import dev.governance.testkit.okta.OktaSignOnMode;
import dev.governance.testkit.okta.AppStatus;
import dev.governance.testkit.okta.UserStatus;
import dev.governance.testkit.okta.OktaGroupType;
import dev.governance.testkit.okta.internal.state.AppRec;
import dev.governance.testkit.okta.internal.state.GroupRec;
import dev.governance.testkit.okta.internal.state.FactorRec;
import dev.governance.testkit.okta.internal.state.GroupRuleRec;
import dev.governance.testkit.okta.internal.state.RoleRec;
import dev.governance.testkit.okta.internal.state.TenantChanges;
import dev.governance.testkit.okta.internal.state.TenantState;
import dev.governance.testkit.okta.internal.state.UserRec;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The {@code demo} shape: a 50-person company with a few admins (one through a group), a stale
 * API token, an over-privileged automation app holding {@code .manage} scopes, suspended users
 * still reaching apps, deactivated users whose groups would give their apps back on reactivation,
 * and a user assigned both directly and via a group.
 *
 * <p>The risks planted here, which a posture scan of this tenant should report whatever the seed:
 *
 * <ul>
 *   <li>the super admin {@code admin@example.com} has no MFA factor (every other admin has one);
 *   <li>the tenant's bootstrap API token acts as that super admin, from any network;
 *   <li>{@code Automation Bot} holds {@code .manage} OAuth scopes and the super admin role;
 *   <li>the suspended users 12 and 41 still reach applications through their groups (Okta keeps
 *       a suspended user's assignments);
 *   <li>the deactivated users 7, 19 and 33 keep their group memberships: Okta unassigned them from
 *       every active application, but activating them again gives back what their groups hold;
 *   <li>the API token {@code Okta sync (stale)} has not been used for 27 days and expires soon;
 *   <li>Salesforce is held directly by users 1 and 13, who also hold it through Sales, and Payroll
 *       directly by user 2, outside the groups it is assigned to.
 * </ul>
 *
 * <p>Deliberately harmless: the inactive Legacy CRM (direct assignments of deactivated users, which
 * Okta's deactivation leaves untouched on inactive applications), the empty group Project Phoenix
 * (no application), the token of the deactivated user 19 (deactivation deprovisioned it, so Okta
 * no longer lists it), and user 19's super admin role (held by someone who cannot sign in).
 */
final class DemoStory {
  private DemoStory() {}

  static void build(TenantChanges c, SplittableRandom r, UserRec admin, long now) {
    TenantState s = c.state();
    long day = Seeds.DAY;
    GroupRec everyone = s.groups().get(0);
    String[] teams = {"Engineering", "Sales", "Marketing", "Finance", "HR", "Support"};
    GroupRec[] team = new GroupRec[teams.length];
    for (int i = 0; i < teams.length; i++) {
      team[i] = c.seedGroup(teams[i], OktaGroupType.OKTA_GROUP, now - 800 * day);
      team[i].description = teams[i] + " department";
      team[i].extra = Map.of("costCenter", "CC-" + (100 + i), "owner", "admin@example.com");
    }
    GroupRec itAdmins = c.seedGroup("IT Admins", OktaGroupType.OKTA_GROUP, now - 700 * day);
    itAdmins.description = "Holds the Group Administrator role for Support";
    GroupRec contractors = c.seedGroup("Contractors", OktaGroupType.OKTA_GROUP, now - 200 * day);
    GroupRec adUsers = c.seedGroup("Domain Users", OktaGroupType.APP_GROUP, now - 600 * day);
    adUsers.description = "Imported from Active Directory";
    GroupRec adVpn = c.seedGroup("VPN Users", OktaGroupType.APP_GROUP, now - 600 * day);
    GroupRec empty = c.seedGroup("Project Phoenix", OktaGroupType.OKTA_GROUP, now - 30 * day);
    empty.description = "New project, nobody added yet";

    UserStatus[] statuses = new UserStatus[50];
    java.util.Arrays.fill(statuses, UserStatus.ACTIVE);
    statuses[7] = statuses[19] = statuses[33] = UserStatus.DEPROVISIONED;
    statuses[12] = statuses[41] = UserStatus.SUSPENDED;
    statuses[45] = statuses[46] = UserStatus.STAGED;
    statuses[47] = UserStatus.PROVISIONED;
    statuses[48] = UserStatus.LOCKED_OUT;
    statuses[49] = UserStatus.PASSWORD_EXPIRED;
    statuses[44] = UserStatus.RECOVERY;
    for (int i = 1; i < 50; i++) {
      UserRec u = Seeds.person(c, r, i, statuses[i], now);
      c.seedMember(everyone, u);
      GroupRec home = team[i % teams.length];
      c.seedMember(home, u);
      // Each user's department is the team it belongs to, so that the "Engineering by department"
      // rule, evaluated when it is added, manages the Engineering members and adds no one else.
      Map<String, Object> profile = new java.util.HashMap<>(u.extra == null ? Map.of() : u.extra);
      profile.put("department", teams[i % teams.length]);
      u.extra = profile;
      if (i % 4 == 0) {
        c.seedMember(adUsers, u);
      }
      if (i % 7 == 0) {
        c.seedMember(adVpn, u);
      }
      if (i >= 40 && i < 45) {
        c.seedMember(contractors, u);
      }
      Seeds.factors(c, r, u, 2);
    }
    c.seedMember(itAdmins, s.users().get(2));
    c.seedMember(itAdmins, s.users().get(3));
    for (int i : new int[] {1, 2, 3, 4, 6, 8}) {
      enrolMfa(c, s.users().get(i));
    }
    adUsers.lastMembershipUpdated = now - 2 * day;

    AppRec ad = c.seedApp("active_directory", "Active Directory", "AUTO_LOGIN", AppStatus.ACTIVE,
        now - 700 * day);
    adUsers.sourceApp = ad.idx;
    adVpn.sourceApp = ad.idx;
    AppRec salesforce = app(c, "salesforce", "Salesforce", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE, now);
    AppRec slack = app(c, "slack", "Slack", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE, now);
    AppRec github = app(c, "githubcloud", "GitHub", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE, now);
    AppRec jira = app(c, "jira", "Jira", OktaSignOnMode.AUTO_LOGIN, AppStatus.ACTIVE, now);
    AppRec intranet = app(c, "bookmark", "Intranet", OktaSignOnMode.BOOKMARK, AppStatus.ACTIVE, now);
    AppRec payroll = app(c, "template_sps", "Payroll", OktaSignOnMode.SECURE_PASSWORD_STORE,
        AppStatus.ACTIVE, now);
    AppRec crm = app(c, "template_basic_auth", "Legacy CRM", OktaSignOnMode.BASIC_AUTH, AppStatus.INACTIVE,
        now);
    AppRec reader = app(c, "oidc_client", "Governance Reader", OktaSignOnMode.OPENID_CONNECT,
        AppStatus.ACTIVE, now);
    reader.serviceClient = true;
    AppRec bot = app(c, "oidc_client", "Automation Bot", OktaSignOnMode.OPENID_CONNECT, AppStatus.ACTIVE, now);
    bot.serviceClient = true;

    Seeds.assignGroup(salesforce, team[1]);
    Seeds.assignGroup(slack, everyone);
    Seeds.assignGroup(github, team[0]);
    Seeds.assignGroup(jira, team[0]);
    Seeds.assignGroup(jira, team[5]);
    Seeds.assignGroup(intranet, everyone);
    Seeds.assignGroup(payroll, team[3]);
    Seeds.assignGroup(payroll, team[4]);
    Seeds.assignGroup(ad, adUsers);
    Seeds.assignGroup(ad, adVpn);
    salesforce.directUsers.addSorted(1);
    salesforce.directUsers.addSorted(13);
    payroll.directUsers.addSorted(2);
    crm.directUsers.addSorted(5);
    crm.directUsers.addSorted(19);
    crm.directUsers.addSorted(33);

    for (String scope : List.of("okta.users.read", "okta.groups.read", "okta.apps.read",
        "okta.logs.read", "okta.roles.read")) {
      c.seedGrant(reader, scope, now - 100 * day, admin.id);
    }
    for (String scope : List.of("okta.users.manage", "okta.groups.manage", "okta.apps.manage",
        "okta.apiTokens.manage", "okta.users.read")) {
      c.seedGrant(bot, scope, now - 500 * day, admin.id);
    }
    Seeds.role(c, StandardAdminRole.READ_ONLY_ADMIN, "CLIENT", reader.idx, now - 100 * day);
    Seeds.role(c, StandardAdminRole.SUPER_ADMIN, "CLIENT", bot.idx, now - 500 * day);

    UserRec orgAdmin = s.users().get(1);
    UserRec auditor = s.users().get(4);
    Seeds.role(c, StandardAdminRole.ORG_ADMIN, "USER", orgAdmin.idx, now - 600 * day);
    Seeds.role(c, StandardAdminRole.READ_ONLY_ADMIN, "USER", auditor.idx, now - 90 * day);
    RoleRec groupAdmin = Seeds.role(c, StandardAdminRole.USER_ADMIN, "GROUP", itAdmins.idx,
        now - 400 * day);
    groupAdmin.targetGroups.addSorted(team[5].idx);
    RoleRec appAdmin = Seeds.role(c, StandardAdminRole.APP_ADMIN, "USER", 6, now - 300 * day);
    appAdmin.targetApps.addSorted(salesforce.idx);
    RoleRec custom = new RoleRec(s.newId("irb"), "CUSTOM", "Access Reviewer", "USER", 8,
        s.newId("cr0"), s.newId("iam"), Set.of("okta.users.read", "okta.groups.read",
        "okta.apps.read"), now - 50 * day);
    custom.resourceGroups.addSorted(team[0].idx);
    custom.resourceGroups.addSorted(team[1].idx);
    c.assignRole(custom);
    c.assignRole(new RoleRec(s.newId("ra1"), "SUPER_ADMIN", "Super Administrator", "USER", 19, null,
        null, Set.of(), now - 800 * day));

    c.seedToken("Okta sync (stale)", orgAdmin.idx, null, now - 300 * day, now - 27 * day);
    c.seedToken("Auditor read-only", auditor.idx, null, now - 60 * day, now - day);
    c.seedToken("Former admin script", 19, null, now - 700 * day, now - 200 * day);

    c.addRule(new GroupRuleRec(s.newId("0pr"), "Engineering by department", "ACTIVE",
        "user.department==\"Engineering\"", List.of(team[0].idx), now - 500 * day));
    c.addRule(new GroupRuleRec(s.newId("0pr"), "Contractors to VPN", "INACTIVE",
        "user.userType==\"Contractor\"", List.of(contractors.idx), now - 100 * day));
  }

  /** Gives an admin an active push factor, so that only the planted admin lacks MFA. */
  private static void enrolMfa(TenantChanges c, UserRec u) {
    TenantState s = c.state();
    List<FactorRec> list = new java.util.ArrayList<>(s.factors(u.idx));
    if (list.stream().noneMatch(f -> "ACTIVE".equals(f.status()))) {
      list.add(new FactorRec(s.newId("opf"), u.idx, "push", "OKTA", "ACTIVE",
          u.created + 2 * Seeds.DAY, Map.of("name", "Phone", "platform", "IOS")));
      c.factors(u, list);
    }
  }

  private static AppRec app(TenantChanges c, String name, String label, OktaSignOnMode mode,
      AppStatus status, long now) {
    return c.seedApp(name, label, mode.name(), status, now - 500 * Seeds.DAY);
  }
}
