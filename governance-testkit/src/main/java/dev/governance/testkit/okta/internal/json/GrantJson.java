package dev.governance.testkit.okta.internal.json;

import dev.governance.testkit.okta.internal.state.AppRec;
import dev.governance.testkit.okta.internal.state.GrantRec;
import dev.governance.testkit.okta.internal.state.GroupRec;
import dev.governance.testkit.okta.internal.state.FactorRec;
import dev.governance.testkit.okta.internal.state.GroupRuleRec;
import dev.governance.testkit.okta.internal.state.RoleRec;
import dev.governance.testkit.okta.internal.state.TenantState;
import dev.governance.testkit.okta.internal.state.TokenRec;
import dev.governance.testkit.okta.internal.state.UserRec;
import java.util.List;

/** Assignments, grants, tokens, roles and factors in Okta's JSON shape. */
public final class GrantJson {
  /** Standard roles Okta answers in the custom-role shape, with {@code role} = the type. */
  private static final java.util.Set<String> IAM_BASED =
      java.util.Set.of("ACCESS_CERTIFICATIONS_ADMIN", "ACCESS_REQUESTS_ADMIN", "WORKFLOWS_ADMIN");

  /** Okta's fixed API token inactivity window. */
  public static final long TOKEN_WINDOW_MILLIS = 30L * 24 * 3600 * 1000;

  private GrantJson() {}

  /**
   * Writes an app user.
   *
   * @param j writer
   * @param a app
   * @param u user
   * @param viaGroup whether the assignment comes through a group ({@code scope: GROUP})
   * @param base org URL
   * @param expandUser whether to embed the user
   */
  public static void appUser(Json j, AppRec a, UserRec u, boolean viaGroup, String base,
      boolean expandUser) {
    long since = Math.max(a.created, u.created);
    String status = u.status == dev.governance.testkit.okta.UserStatus.DEPROVISIONED ? "INACTIVE" : "PROVISIONED";
    j.obj().str("id", u.id).time("created", since)
        .time("lastUpdated", since).str("scope", viaGroup ? "GROUP" : "USER")
        .str("status", status).time("statusChanged", since).time("passwordChanged", 0L)
        .str("syncState", "DISABLED");
    j.obj("credentials").str("userName", u.login).end();
    java.util.Map<String, Object> profile = a.userProfiles.get(u.idx);
    j.obj("profile");
    if (profile == null || !profile.containsKey("email")) {
      j.str("email", u.email);
    }
    j.fields(profile).end();
    if (expandUser) {
      j.obj("_embedded").field("user");
      EntityJson.user(j, u, base, false);
      j.end();
    }
    j.obj("_links").link("app", base + "/api/v1/apps/" + a.id)
        .link("user", base + "/api/v1/users/" + u.id).end();
    j.end();
  }

  /**
   * Writes an application group assignment.
   *
   * @param j writer
   * @param a app
   * @param g group
   * @param priority position among the app's groups
   * @param base org URL
   */
  public static void appGroup(Json j, AppRec a, GroupRec g, int priority, String base) {
    j.obj().str("id", g.id).time("lastUpdated", Math.max(a.created, g.created))
        .num("priority", priority);
    j.obj("profile").fields(a.groupProfiles.get(g.idx)).end();
    j.obj("_links").link("app", base + "/api/v1/apps/" + a.id)
        .link("self", base + "/api/v1/apps/" + a.id + "/groups/" + g.id)
        .link("group", base + "/api/v1/groups/" + g.id).end();
    j.end();
  }

  /**
   * Writes a scope-consent grant.
   *
   * @param j writer
   * @param g grant
   * @param a app
   * @param base org URL
   */
  public static void grant(Json j, GrantRec g, AppRec a, String base) {
    j.obj().str("id", g.id).str("status", g.status).time("created", g.created);
    j.obj("createdBy").str("id", g.createdBy).str("type", "User").end();
    j.time("lastUpdated", g.lastUpdated).str("issuer", base).str("clientId", a.id)
        .str("scopeId", g.scopeId).str("source", g.admin() ? "ADMIN" : "END_USER");
    if (g.userId != null) {
      j.str("userId", g.userId);
    }
    j.obj("_embedded").obj("scope").str("id", g.scopeId).end().end();
    j.obj("_links").link("app", base + "/api/v1/apps/" + a.id);
    if (g.userId != null) {
      j.link("user", base + "/api/v1/users/" + g.userId);
    }
    j.obj("self").str("href", base + "/api/v1/apps/" + a.id + "/grants/" + g.id);
    j.obj("hints").arr("allow").str("GET").str("DELETE").endArr().end().end();
    j.link("client", base + "/oauth2/v1/clients/" + a.id).end();
    j.end();
  }

  /**
   * Writes API token metadata (never the secret).
   *
   * @param j writer
   * @param t token
   * @param s tenant
   * @param base org URL
   */
  public static void token(Json j, TokenRec t, TenantState s, String base) {
    j.obj().str("id", t.id).str("name", t.name).str("userId", s.users().get(t.owner).id)
        .str("clientName", "Okta API").time("created", t.created).time("lastUpdated", t.lastUsed())
        .time("expiresAt", t.lastUsed() + TOKEN_WINDOW_MILLIS).str("tokenWindow", "P30D");
    j.obj("network").str("connection", "ANYWHERE").end();
    j.obj("_links");
    j.obj("self").str("href", base + "/api/v1/api-tokens/" + t.id);
    j.obj("hints").arr("allow").str("GET").str("DELETE").endArr().end().end();
    j.obj("user").str("href", base + "/api/v1/users/" + s.users().get(t.owner).id);
    j.obj("hints").arr("allow").str("GET").endArr().end().end();
    j.end().end();
  }

  /**
   * Writes a role assignment.
   *
   * @param j writer
   * @param r role
   * @param s tenant
   * @param base org URL
   */
  public static void role(Json j, RoleRec r, TenantState s, String base) {
    role(j, r, s, base, false, false);
  }

  /**
   * Writes a role assignment, embedding its targets as {@code expand=targets/groups} or {@code
   * expand=targets/catalog/apps} ask (one at a time).
   *
   * @param j writer
   * @param r role assignment
   * @param s tenant
   * @param base org URL
   * @param targetGroups whether to embed the target groups
   * @param targetApps whether to embed the target applications
   */
  public static void role(Json j, RoleRec r, TenantState s, String base, boolean targetGroups,
      boolean targetApps) {
    String assignee = switch (r.assignmentType) {
      case "GROUP" -> base + "/api/v1/groups/" + s.groups().get(r.assignee).id;
      case "CLIENT" -> base + "/oauth2/v1/clients/" + s.apps().get(r.assignee).id;
      default -> base + "/api/v1/users/" + s.users().get(r.assignee).id;
    };
    dev.governance.testkit.okta.internal.state.CustomRoleRec custom = r.customRoleId == null ? null
        : s.customRole(r.customRoleId);
    j.obj().str("id", r.id).str("label", custom != null ? custom.label : r.label).str("type", r.type).str("status", r.status)
        .time("created", r.created).time("lastUpdated", r.created)
        .str("assignmentType", r.assignmentType);
    if (r.customRoleId != null) {
      j.str("role", r.customRoleId).str("resource-set", r.resourceSetId);
    } else if (IAM_BASED.contains(r.type)) {
      j.str("role", r.type);
    }
    if (targetGroups && !(r.targetGroups.size() == 0) || targetApps && !(r.targetApps.size() == 0)) {
      j.obj("_embedded").obj("targets");
      if (targetGroups && !(r.targetGroups.size() == 0)) {
        j.arr("groups");
        for (int i = 0; i < r.targetGroups.size(); i++) {
          EntityJson.group(j, s.groups().get(r.targetGroups.get(i)), s, base, false, false, false);
        }
        j.endArr();
      }
      if (targetApps && !(r.targetApps.size() == 0)) {
        j.obj("catalog").arr("apps");
        for (int i = 0; i < r.targetApps.size(); i++) {
          EntityJson.app(j, s.apps().get(r.targetApps.get(i)), s, base);
        }
        j.endArr().end();
      }
      j.end().end();
    }
    j.obj("_links").link("assignee", assignee);
    if (r.customRoleId != null) {
      j.link("role", base + "/api/v1/iam/roles/" + r.customRoleId)
          .link("resource-set", base + "/api/v1/iam/resource-sets/" + r.resourceSetId)
          .link("permissions", base + "/api/v1/iam/roles/" + r.customRoleId + "/permissions")
          .link("member", base + "/api/v1/iam/resource-sets/" + r.resourceSetId + "/bindings/" + r.customRoleId
              + "/members/" + r.id);
    }
    j.end().end();
  }

  /**
   * Writes a factor.
   *
   * @param j writer
   * @param f factor
   * @param u user
   * @param base org URL
   */
  public static void factor(Json j, FactorRec f, UserRec u, String base) {
    String self = base + "/api/v1/users/" + u.id + "/factors/" + f.id();
    j.obj().str("id", f.id()).str("factorType", f.factorType()).str("provider", f.provider())
        .str("vendorName", f.provider()).str("status", f.status()).time("created", f.created())
        .time("lastUpdated", f.created()).any("profile", f.profile());
    j.obj("_links");
    j.obj("self").str("href", self).obj("hints").arr("allow").str("GET").str("DELETE").endArr()
        .end().end();
    j.obj("verify").str("href", self + "/verify").obj("hints").arr("allow").str("POST").endArr()
        .end().end();
    j.obj("user").str("href", base + "/api/v1/users/" + u.id).obj("hints").arr("allow")
        .str("GET").endArr().end().end();
    j.end().end();
  }

  /**
   * Writes a group rule.
   *
   * @param j writer
   * @param r rule
   * @param s tenant
   */
  public static void rule(Json j, GroupRuleRec r, TenantState s) {
    rule(j, r, s, false);
  }

  /**
   * Writes a group rule, with {@code _embedded.groupIdToGroupNameMap} when asked
   * ({@code expand=groupIdToGroupNameMap}).
   *
   * @param j writer
   * @param r rule
   * @param s tenant
   * @param groupNames whether to embed the target groups' names
   */
  public static void rule(Json j, GroupRuleRec r, TenantState s, boolean groupNames) {
    j.obj().str("type", "group_rule").str("id", r.id()).str("status", r.status())
        .str("name", r.name()).time("created", r.created()).time("lastUpdated", r.lastUpdated());
    j.obj("conditions").obj("people").obj("users").arr("exclude");
    for (Integer u : r.exclusions()) {
      j.str(s.users().get(u).id);
    }
    j.endArr().end().obj("groups").arr("exclude").endArr().end().end();
    j.obj("expression").str("value", r.expression()).str("type", "urn:okta:expression:1.0")
        .end().end();
    j.obj("actions").obj("assignUserToGroups").arr("groupIds");
    for (Integer g : r.groups()) {
      j.str(s.groups().get(g).id);
    }
    j.endArr().end().end();
    if (groupNames) {
      j.obj("_embedded").obj("groupIdToGroupNameMap");
      for (Integer g : r.groups()) {
        j.str(s.groups().get(g).id, s.groups().get(g).name);
      }
      j.end().end();
    }
    j.end();
  }

  /**
   * Writes an Okta error object.
   *
   * @param code error code
   * @param summary error summary
   * @param requestId request id
   * @param causes causes
   * @return bytes
   */
  public static byte[] error(String code, String summary, String requestId, List<String> causes) {
    Json j = new Json();
    j.obj().str("errorCode", code).str("errorSummary", summary).str("errorLink", code)
        .str("errorId", requestId).arr("errorCauses");
    for (String c : causes) {
      j.obj().str("errorSummary", c).end();
    }
    j.endArr().end();
    return j.bytes();
  }
}
