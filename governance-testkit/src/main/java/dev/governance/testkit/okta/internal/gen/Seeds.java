package dev.governance.testkit.okta.internal.gen;

import dev.governance.okta.catalog.StandardAdminRole;
import dev.governance.testkit.okta.UserStatus;
import dev.governance.testkit.okta.OktaGroupType;
import dev.governance.testkit.okta.internal.state.AppRec;
import dev.governance.testkit.okta.internal.state.GroupRec;
import dev.governance.testkit.okta.internal.state.FactorRec;
import dev.governance.testkit.okta.internal.state.RoleRec;
import dev.governance.testkit.okta.internal.state.TenantChanges;
import dev.governance.testkit.okta.internal.state.TenantState;
import dev.governance.testkit.okta.internal.state.UserRec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/** Building blocks shared by the shapes: the bootstrap admin, names, roles, factors. */
final class Seeds {
  static final String[] FIRST = {"Ada", "Alan", "Grace", "Linus", "Barbara", "Ken", "Margaret",
      "Dennis", "Frances", "Edsger", "Radia", "Tim", "Hedy", "John", "Katherine", "Niklaus",
      "Zoë", "Yukihiro", "Anita", "Guido"};
  static final String[] LAST = {"Lovelace", "Turing", "Hopper", "Torvalds", "Liskov", "Thompson",
      "Hamilton", "Ritchie", "Allen", "Dijkstra", "Perlman", "Berners-Lee", "Lamarr", "McCarthy",
      "Johnson", "Wirth", "Yamada", "Matsumoto", "Borg", "van Rossum"};
  static final String[] DEPARTMENTS = {"Engineering", "Sales", "Marketing", "Finance", "HR",
      "Support", "Legal", "Operations"};
  static final String[] SCOPES = {"okta.users.read", "okta.groups.read", "okta.apps.read",
      "okta.logs.read", "okta.roles.read", "okta.users.manage", "okta.groups.manage",
      "okta.apps.manage", "okta.apiTokens.read", "okta.appGrants.read"};
  static final long DAY = 24L * 3600 * 1000;

  private Seeds() {}

  /** Creates the super admin (user 0), {@code Everyone} (group 0) and the admin's token. */
  static UserRec bootstrap(TenantChanges c, long now, String adminToken) {
    TenantState s = c.state();
    GroupRec everyone = c.seedGroup("Everyone", OktaGroupType.BUILT_IN, now - 900 * DAY);
    everyone.description = "All users in your organization";
    UserRec admin = c.seedUser("admin@example.com", UserStatus.ACTIVE, now - 900 * DAY);
    admin.firstName = "Avery";
    admin.lastName = "Admin";
    admin.activated = admin.created;
    admin.statusChanged = admin.created;
    admin.lastLogin = now - DAY;
    c.seedMember(everyone, admin);
    role(c, StandardAdminRole.SUPER_ADMIN, "USER", admin.idx, now - 900 * DAY);
    c.seedToken("Tenant bootstrap token", admin.idx, adminToken, now - 400 * DAY, now);
    return admin;
  }

  static RoleRec role(TenantChanges c, StandardAdminRole type, String kind, int assignee, long created) {
    TenantState s = c.state();
    return c.assignRole(new RoleRec(s.newId("ra1"), type.name(), type.label(), kind, assignee, null,
        null, Set.of(), created));
  }

  static UserRec person(TenantChanges c, SplittableRandom r, int n, UserStatus status, long now) {
    TenantState s = c.state();
    String first = FIRST[r.nextInt(FIRST.length)];
    String last = LAST[r.nextInt(LAST.length)];
    String login = (first + "." + last).toLowerCase(java.util.Locale.ROOT)
        .replace(' ', '-').replace("ë", "e") + "." + n + "@example.com";
    UserRec u = c.seedUser(login, status, now - (30 + r.nextInt(700)) * DAY);
    u.firstName = first;
    u.lastName = last;
    if (status != UserStatus.STAGED) {
      u.activated = u.created + DAY;
      u.statusChanged = status == UserStatus.ACTIVE ? u.activated : now - r.nextInt(60) * DAY;
      u.passwordChanged = u.activated;
    }
    if (status == UserStatus.ACTIVE && r.nextInt(10) > 0) {
      u.lastLogin = now - r.nextInt(90) * DAY - r.nextInt(86_400_000);
    }
    u.lastUpdated = Math.max(u.created, u.statusChanged);
    u.extra = Map.of("department", DEPARTMENTS[r.nextInt(DEPARTMENTS.length)],
        "costCenter", "CC-" + (100 + r.nextInt(20)), "employeeNumber", String.valueOf(10_000 + n), "badgeActive", r.nextInt(10) > 0);
    return u;
  }

  static UserStatus status(SplittableRandom r) {
    int x = r.nextInt(1000);
    if (x < 900) {
      return UserStatus.ACTIVE;
    } else if (x < 940) {
      return UserStatus.DEPROVISIONED;
    } else if (x < 960) {
      return UserStatus.SUSPENDED;
    } else if (x < 980) {
      return UserStatus.STAGED;
    } else if (x < 990) {
      return UserStatus.PROVISIONED;
    } else if (x < 995) {
      return UserStatus.LOCKED_OUT;
    }
    return UserStatus.PASSWORD_EXPIRED;
  }

  static void factors(TenantChanges c, SplittableRandom r, UserRec u, int max) {
    TenantState s = c.state();
    if (u.status != UserStatus.ACTIVE) {
      return;
    }
    int n = r.nextInt(max + 1);
    if (n == 0) {
      return;
    }
    List<FactorRec> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      boolean push = (i + r.nextInt(2)) % 2 == 0;
      list.add(new FactorRec(s.newId(push ? "opf" : "mbl"), u.idx, push ? "push" : "sms",
          "OKTA", "ACTIVE", u.activated + DAY, push ? Map.of("name", "Phone", "platform", "IOS")
              : Map.of("phoneNumber", "+1-555-01" + (10 + r.nextInt(89)))));
    }
    c.factors(u, list);
  }

  /** Fills a group with {@code size} distinct random users; call groups in position order. */
  static void fill(TenantChanges c, SplittableRandom r, GroupRec g, int size, int userCount) {
    TenantState s = c.state();
    int[] picks = new int[size];
    for (int i = 0; i < size; i++) {
      picks[i] = 1 + r.nextInt(userCount - 1);
    }
    java.util.Arrays.sort(picks);
    int n = 0;
    for (int i = 0; i < size; i++) {
      if (n == 0 || picks[n - 1] != picks[i]) {
        picks[n++] = picks[i];
      }
    }
    for (int i = 0; i < n; i++) {
      g.members.add(picks[i]);
      s.users().get(picks[i]).groups.add(g.idx);
    }
    g.members.trim();
  }

  static void assignGroup(AppRec a, GroupRec g) {
    if (!a.groups.contains(g.idx)) {
      a.groups.add(g.idx);
      g.apps.add(a.idx);
    }
  }

  static void trimAll(TenantChanges c) {
    TenantState s = c.state();
    for (UserRec u : s.users()) {
      u.groups.trim();
    }
    for (GroupRec g : s.groups()) {
      g.members.trim();
      g.apps.trim();
    }
    for (AppRec a : s.apps()) {
      a.directUsers.trim();
      a.groups.trim();
    }
  }
}
