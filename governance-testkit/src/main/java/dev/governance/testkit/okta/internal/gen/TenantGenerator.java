package dev.governance.testkit.okta.internal.gen;

import dev.governance.okta.catalog.StandardAdminRole;
import dev.governance.testkit.okta.AppStatus;
import dev.governance.testkit.okta.OktaSignOnMode;
import dev.governance.testkit.okta.TenantShape;
import dev.governance.testkit.okta.UserStatus;
import dev.governance.testkit.okta.OktaGroupType;
import dev.governance.testkit.okta.internal.state.AppRec;
import dev.governance.testkit.okta.internal.state.GroupRec;
import dev.governance.testkit.okta.internal.state.RoleRec;
import dev.governance.testkit.okta.internal.state.TenantChanges;
import dev.governance.testkit.okta.internal.state.TenantState;
import dev.governance.testkit.okta.internal.state.UserRec;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds the named shapes from a seed: the same shape and seed give the same ids, names,
 * memberships and assignments (times are relative to the tenant clock's "now"). Deactivated
 * users end as Okta leaves them: in their groups, without direct assignments to active
 * applications, without API tokens.
 */
public final class TenantGenerator {
  private TenantGenerator() {}

  /**
   * Sizes of a bulk shape.
   *
   * @param users users
   * @param groups groups including {@code Everyone}
   * @param apps apps
   * @param otherMemberships memberships outside {@code Everyone}, roughly
   * @param directAdmins users with a direct admin role
   * @param groupAdmins members of the admin group
   * @param tokens API tokens
   */
  record Sizes(int users, int groups, int apps, int otherMemberships, int directAdmins,
      int groupAdmins, int tokens) {}

  /**
   * Fills an empty tenant.
   *
   * @param c the commands of an empty tenant, under its write lock
   * @param shape the shape
   * @param seed the seed
   * @param adminToken the super admin's token secret
   */
  public static void generate(TenantChanges c, TenantShape shape, long seed, String adminToken) {
    TenantState s = c.state();
    long now = s.now();
    SplittableRandom r = new SplittableRandom(seed);
    UserRec admin = Seeds.bootstrap(c, now, adminToken);
    switch (shape) {
      case EMPTY -> { }
      case DEMO -> DemoStory.build(c, r, admin, now);
      case MEDIUM -> bulk(c, r, new Sizes(10_000, 2_000, 300, 40_000, 25, 15, 50), now);
      case LARGE -> bulk(c, r, new Sizes(100_000, 10_000, 1_000, 900_000, 40, 20, 100), now);
      default -> throw new IllegalArgumentException("Unknown shape " + shape);
    }
    for (UserRec u : s.users()) {
      if (u.status == UserStatus.DEPROVISIONED) {
        c.deprovision(u);
      }
    }
    Seeds.trimAll(c);
    switch (shape) {
      case DEMO -> History.write(c, r, now, Integer.MAX_VALUE, true, true);
      case MEDIUM, LARGE -> History.write(c, r, now, 1_000, false, false);
      default -> { }
    }
  }

  private static void bulk(TenantChanges c, SplittableRandom r, Sizes z, long now) {
    TenantState s = c.state();
    GroupRec everyone = s.groups().get(0);
    for (int i = 1; i < z.users(); i++) {
      UserRec u = Seeds.person(c, r, i, Seeds.status(r), now);
      c.seedMember(everyone, u);
      Seeds.factors(c, r, u, z.users() > 20_000 ? 1 : 2);
    }
    OktaSignOnMode[] modes = {OktaSignOnMode.SAML_2_0, OktaSignOnMode.AUTO_LOGIN, OktaSignOnMode.BOOKMARK,
        OktaSignOnMode.SECURE_PASSWORD_STORE, OktaSignOnMode.WS_FEDERATION, OktaSignOnMode.BASIC_AUTH,
        OktaSignOnMode.BROWSER_PLUGIN, OktaSignOnMode.SAML_1_1};
    for (int i = 0; i < z.apps(); i++) {
      boolean oauth = i % 3 == 0;
      OktaSignOnMode mode = oauth ? OktaSignOnMode.OPENID_CONNECT : modes[r.nextInt(modes.length)];
      AppStatus status = r.nextInt(20) == 0 ? AppStatus.INACTIVE : AppStatus.ACTIVE;
      AppRec a = c.seedApp(mode.appName(), (oauth ? "Service " : "App ") + i, mode.name(), status,
          now - (10 + r.nextInt(800)) * Seeds.DAY);
      if (oauth) {
        a.serviceClient = r.nextInt(3) > 0;
        int grants = 1 + r.nextInt(4);
        for (int k = 0; k < grants; k++) {
          String scope = Seeds.SCOPES[r.nextInt(Seeds.SCOPES.length)];
          if (a.grants.stream().noneMatch(g -> g.scopeId.equals(scope))) {
            c.seedGrant(a, scope, a.created + Seeds.DAY, s.users().get(0).id);
          }
        }
      }
    }
    int nonEmpty = (z.groups() - 1) * 2 / 3;
    double mean = (double) z.otherMemberships() / nonEmpty;
    GroupRec adminGroup = null;
    for (int i = 1; i < z.groups(); i++) {
      boolean appGroup = r.nextInt(20) == 0;
      GroupRec g = c.seedGroup((appGroup ? "AD " : "Team ") + i, appGroup ? OktaGroupType.APP_GROUP
          : OktaGroupType.OKTA_GROUP, now - (10 + r.nextInt(800)) * Seeds.DAY);
      g.lastUpdated = g.created;
      if (appGroup && z.apps() > 0) {
        g.sourceApp = 1 + 3 * r.nextInt(Math.max(1, z.apps() / 3 - 1));
      }
      if (i == 1) {
        g.name = "Okta Administrators";
        g.type = OktaGroupType.OKTA_GROUP;
        adminGroup = g;
        Seeds.fill(c, r, g, z.groupAdmins(), z.users());
        continue;
      }
      if (i % 3 == 0) {
        continue;
      }
      int size = (int) Math.min(z.users() / 4, Math.max(1, Math.round(-mean
          * Math.log(1 - r.nextDouble()))));
      Seeds.fill(c, r, g, size, z.users());
      g.lastMembershipUpdated = now - r.nextInt(60) * Seeds.DAY;
    }
    for (AppRec a : s.apps()) {
      if (!"OPENID_CONNECT".equals(a.signOnMode) || !a.serviceClient) {
        int groups = 1 + r.nextInt(4);
        for (int k = 0; k < groups; k++) {
          Seeds.assignGroup(a, s.groups().get(2 + r.nextInt(z.groups() - 2)));
        }
        if (r.nextInt(20) == 0) {
          Seeds.assignGroup(a, s.groups().get(0));
        }
        int direct = r.nextInt(6);
        for (int k = 0; k < direct; k++) {
          a.directUsers.addSorted(1 + r.nextInt(z.users() - 1));
        }
      } else if (r.nextInt(2) == 0) {
        Seeds.role(c, r.nextInt(3) == 0 ? StandardAdminRole.SUPER_ADMIN
            : StandardAdminRole.READ_ONLY_ADMIN, "CLIENT", a.idx, a.created);
      }
    }
    StandardAdminRole[] types = {StandardAdminRole.ORG_ADMIN, StandardAdminRole.READ_ONLY_ADMIN,
        StandardAdminRole.APP_ADMIN, StandardAdminRole.USER_ADMIN,
        StandardAdminRole.GROUP_MEMBERSHIP_ADMIN, StandardAdminRole.HELP_DESK_ADMIN,
        StandardAdminRole.REPORT_ADMIN, StandardAdminRole.SUPER_ADMIN};
    for (int i = 0; i < z.directAdmins() - 1; i++) {
      int user = 1 + r.nextInt(z.users() - 1);
      StandardAdminRole t = types[i % types.length];
      var role = Seeds.role(c, t, "USER", user, now - r.nextInt(400) * Seeds.DAY);
      if (t == StandardAdminRole.USER_ADMIN || t == StandardAdminRole.GROUP_MEMBERSHIP_ADMIN
          || t == StandardAdminRole.HELP_DESK_ADMIN) {
        role.targetGroups.addSorted(2 + r.nextInt(z.groups() - 2));
      }
    }
    if (adminGroup != null) {
      Seeds.role(c, StandardAdminRole.ORG_ADMIN, "GROUP", adminGroup.idx, now - 300 * Seeds.DAY);
    }
    var admins = new java.util.ArrayList<Integer>();
    for (var role : s.roles()) {
      if ("USER".equals(role.assignmentType)) {
        admins.add(role.assignee);
      }
    }
    for (int i = 1; i < z.tokens(); i++) {
      int owner = admins.get(r.nextInt(admins.size()));
      long created = now - (1 + r.nextInt(600)) * Seeds.DAY;
      long lastUsed = Math.max(created, now - r.nextInt(i % 5 == 0 ? 29 : 3) * Seeds.DAY);
      c.seedToken("Integration " + i, owner, null, created, lastUsed);
    }
    if (z.users() > 8 && z.groups() > 4) {
      otherRoles(c, now);
    }
  }

  /**
   * Roles beyond the standard ones: a custom role bound to a resource set of two groups, a role
   * type okta-sdk-java 24.0.0 does not know, and an assignment Okta lists as inactive.
   */
  private static void otherRoles(TenantChanges c, long now) {
    TenantState s = c.state();
    RoleRec custom = c.assignRole(new RoleRec(s.newId("irb"), "CUSTOM", "Helpdesk Tier 1", "USER", 7,
        s.newId("cr0"), s.newId("iam"), Set.of("okta.users.read", "okta.users.userprofile.manage",
        "okta.groups.read"), now - 120 * Seeds.DAY));
    custom.resourceGroups.addSorted(2);
    custom.resourceGroups.addSorted(3);
    Seeds.role(c, StandardAdminRole.WORKFLOWS_ADMIN, "USER", 8, now - 60 * Seeds.DAY);
    Seeds.role(c, StandardAdminRole.READ_ONLY_ADMIN, "USER", 5, now - 400 * Seeds.DAY).status =
        "INACTIVE";
  }
}
