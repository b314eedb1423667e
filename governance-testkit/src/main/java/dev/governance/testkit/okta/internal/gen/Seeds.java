package dev.governance.testkit.okta.internal.gen;

import dev.governance.okta.catalog.StandardAdminRole;
import dev.governance.testkit.okta.internal.state.AppRec;
import dev.governance.testkit.okta.internal.state.GroupRec;
import dev.governance.testkit.okta.internal.state.FactorRec;
import dev.governance.testkit.okta.internal.state.RoleRec;
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
  static UserRec bootstrap(TenantState s, long now, String adminToken) {
    GroupRec everyone = s.addGroup("Everyone", "BUILT_IN", now - 900 * DAY);
    everyone.description = "All users in your organization";
    UserRec admin = s.addUser("admin@example.com", "ACTIVE", now - 900 * DAY);
    admin.firstName = "Avery";
    admin.lastName = "Admin";
    admin.activated = admin.created;
    admin.statusChanged = admin.created;
    admin.lastLogin = now - DAY;
    s.addMember(everyone.idx, admin.idx);
    role(s, StandardAdminRole.SUPER_ADMIN, "USER", admin.idx, now - 900 * DAY);
    s.addToken("Tenant bootstrap token", admin.idx, adminToken, now - 400 * DAY, now);
    return admin;
  }

  static RoleRec role(TenantState s, StandardAdminRole type, String kind, int assignee, long created) {
    return s.addRole(new RoleRec(s.newId("ra1"), type.name(), type.label(), kind, assignee, null,
        null, Set.of(), created));
  }

  static UserRec person(TenantState s, SplittableRandom r, int n, String status, long now) {
    String first = FIRST[r.nextInt(FIRST.length)];
    String last = LAST[r.nextInt(LAST.length)];
    String login = (first + "." + last).toLowerCase(java.util.Locale.ROOT)
        .replace(' ', '-').replace("ë", "e") + "." + n + "@example.com";
    UserRec u = s.addUser(login, status, now - (30 + r.nextInt(700)) * DAY);
    u.firstName = first;
    u.lastName = last;
    if (!"STAGED".equals(status)) {
      u.activated = u.created + DAY;
      u.statusChanged = "ACTIVE".equals(status) ? u.activated : now - r.nextInt(60) * DAY;
      u.passwordChanged = u.activated;
    }
    if ("ACTIVE".equals(status) && r.nextInt(10) > 0) {
      u.lastLogin = now - r.nextInt(90) * DAY - r.nextInt(86_400_000);
    }
    u.lastUpdated = Math.max(u.created, u.statusChanged);
    u.extra = Map.of("department", DEPARTMENTS[r.nextInt(DEPARTMENTS.length)],
        "costCenter", "CC-" + (100 + r.nextInt(20)), "employeeNumber", String.valueOf(10_000 + n), "badgeActive", r.nextInt(10) > 0);
    return u;
  }

  static String status(SplittableRandom r) {
    int x = r.nextInt(1000);
    if (x < 900) {
      return "ACTIVE";
    } else if (x < 940) {
      return "DEPROVISIONED";
    } else if (x < 960) {
      return "SUSPENDED";
    } else if (x < 980) {
      return "STAGED";
    } else if (x < 990) {
      return "PROVISIONED";
    } else if (x < 995) {
      return "LOCKED_OUT";
    }
    return "PASSWORD_EXPIRED";
  }

  static void factors(TenantState s, SplittableRandom r, UserRec u, int max) {
    if (!"ACTIVE".equals(u.status)) {
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
    s.factors.put(u.idx, list);
  }

  /** Fills a group with {@code size} distinct random users; call groups in position order. */
  static void fill(TenantState s, SplittableRandom r, GroupRec g, int size, int userCount) {
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
      s.users.get(picks[i]).groups.add(g.idx);
    }
    g.members.trim();
  }

  static void assignGroup(AppRec a, GroupRec g) {
    if (!a.groups.contains(g.idx)) {
      a.groups.add(g.idx);
      g.apps.add(a.idx);
    }
  }

  static void trimAll(TenantState s) {
    for (UserRec u : s.users) {
      u.groups.trim();
    }
    for (GroupRec g : s.groups) {
      g.members.trim();
      g.apps.trim();
    }
    for (AppRec a : s.apps) {
      a.directUsers.trim();
      a.groups.trim();
    }
  }
}
