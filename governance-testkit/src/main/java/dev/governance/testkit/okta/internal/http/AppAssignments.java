package dev.governance.testkit.okta.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.governance.core.internal.Quoted;
import dev.governance.testkit.okta.internal.auth.Perm;
import dev.governance.testkit.okta.internal.json.GrantJson;
import dev.governance.testkit.okta.internal.json.Json;
import dev.governance.testkit.okta.internal.state.AppRec;
import dev.governance.testkit.okta.internal.state.GrantRec;
import dev.governance.testkit.okta.internal.state.GroupRec;
import dev.governance.testkit.okta.internal.state.OktaError;
import dev.governance.testkit.okta.internal.state.UserRec;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Application assignments and grants beyond the listings: one app user (read, and update of its
 * profile or scope), one group assignment (read, and assign or update with {@code priority} and
 * {@code profile}), and admin scope grants (grant, read). Reads need {@code okta.apps.read} (grants
 * {@code okta.appGrants.read}), changes {@code okta.apps.manage} ({@code okta.appGrants.manage}).
 */
final class AppAssignments {
  private AppAssignments() {}

  /** {@code GET /api/v1/apps/{appId}/users/{userId}}. */
  static Reply getUser(RequestContext c, String appId, String userId) {
    AppRec a = AppsApi.visible(c, appId, Perm.APPS_READ);
    UserRec u = UsersApi.find(c, userId);
    if (!dev.governance.testkit.okta.internal.state.AppChanges.listed(a, u)) {
      throw OktaError.notFound(u.id + " (AppUser)");
    }
    return appUser(c, a, u, "user".equals(c.q("expand")));
  }

  /** {@code POST /api/v1/apps/{appId}/users/{userId}}: body {@code profile} and/or {@code scope}. */
  static Reply updateUser(RequestContext c, String appId, String userId) {
    AppRec a = managed(c, appId);
    UserRec u = UsersApi.find(c, userId);
    JsonNode body = UserWrites.body(c);
    c.changes().apps().updateUser(c.actor(), a, u, profile(body), text(body, "scope"));
    return appUser(c, a, u, false);
  }

  private static Reply appUser(RequestContext c, AppRec a, UserRec u, boolean expand) {
    Json j = c.json();
    GrantJson.appUser(j, a, u, !a.directUsers.containsSorted(u.idx), c.base, expand);
    return Reply.ok(j.bytes());
  }

  /** {@code GET /api/v1/apps/{appId}/groups/{groupId}}. */
  static Reply getGroup(RequestContext c, String appId, String groupId) {
    AppRec a = AppsApi.visible(c, appId, Perm.APPS_READ);
    GroupRec g = GroupsApi.find(c, groupId, false);
    int at = GroupsApi.indexOf(a.groups, g.idx);
    if (at < 0) {
      throw OktaError.notFound(g.id + " (ApplicationGroupAssignment)");
    }
    Json j = c.json();
    GrantJson.appGroup(j, a, g, at, c.base);
    return Reply.ok(j.bytes());
  }

  /** {@code PUT /api/v1/apps/{appId}/groups/{groupId}}: the body ({@code priority}, {@code profile}) is optional. */
  static Reply assignGroup(RequestContext c, String appId, String groupId) {
    AppRec a = managed(c, appId);
    GroupRec g = GroupsApi.find(c, groupId, false);
    JsonNode body = c.body.length == 0 ? Json.mapper().createObjectNode() : UserWrites.body(c);
    Integer priority = null;
    if (body.has("priority") && !body.path("priority").isNull()) {
      if (!body.path("priority").canConvertToInt() || !body.path("priority").isIntegralNumber()) {
        throw OktaError.validation("priority: " + Quoted.quote(body.path("priority").asText()) + " is not a number.");
      }
      priority = body.path("priority").intValue();
    }
    c.changes().apps().assignGroup(c.actor(), a, g, priority, profile(body));
    Json j = c.json();
    GrantJson.appGroup(j, a, g, GroupsApi.indexOf(a.groups, g.idx), c.base);
    return Reply.ok(j.bytes());
  }

  /** {@code POST /api/v1/apps/{appId}/grants}: body {@code issuer} (the org URL) and {@code scopeId}; 201. */
  static Reply grant(RequestContext c, String appId) {
    c.require(Perm.GRANTS_MANAGE);
    AppRec a = AppsApi.find(c, appId, false);
    JsonNode body = UserWrites.body(c);
    String issuer = text(body, "issuer");
    String scope = text(body, "scopeId");
    if (issuer == null || scope == null) {
      String field = issuer == null ? "issuer" : "scopeId";
      throw new OktaError(400, "E0000001", "Api validation failed: " + field,
          List.of(field + ": The field cannot be left blank"));
    }
    if (!issuer.equals(c.base)) {
      throw OktaError.validation("issuer: " + Quoted.quote(issuer) + " is not this org's authorization server ("
          + c.base + ").");
    }
    if (!scope.matches("okta\\.[A-Za-z]+\\.[A-Za-z.]+")) {
      throw OktaError.validation("scopeId: " + Quoted.quote(scope) + " is not an Okta scope.");
    }
    UserRec caller = c.caller();
    GrantRec g = c.changes().apps().grant(c.actor(), a, scope, caller != null ? caller.id : c.actor().id());
    Json j = c.json();
    GrantJson.grant(j, g, a, c.base);
    return new Reply(201, j.bytes());
  }

  /** {@code GET /api/v1/apps/{appId}/grants/{grantId}}: an active grant; a revoked one is not found. */
  static Reply getGrant(RequestContext c, String appId, String grantId) {
    c.require(Perm.GRANTS_READ);
    AppRec a = AppsApi.find(c, appId, false);
    for (GrantRec g : a.grants) {
      if (g.id.equals(grantId) && "ACTIVE".equals(g.status)) {
        Json j = c.json();
        GrantJson.grant(j, g, a, c.base);
        return Reply.ok(j.bytes());
      }
    }
    throw OktaError.notFound(grantId + " (OAuth2ScopeConsentGrant)");
  }

  private static AppRec managed(RequestContext c, String id) {
    c.requireScope(Perm.APPS_MANAGE);
    AppRec a = AppsApi.find(c, id, false);
    if (!c.access().forApp(Perm.APPS_MANAGE, a.idx)) {
      throw OktaError.forbidden();
    }
    return a;
  }

  @SuppressWarnings("unchecked")
  static @Nullable Map<String, Object> profile(JsonNode body) {
    JsonNode p = body.path("profile");
    if (p.isMissingNode() || p.isNull()) {
      return null;
    }
    if (!p.isObject()) {
      throw OktaError.validation("profile: must be an object.");
    }
    return Json.mapper().convertValue(p, Map.class);
  }

  private static @Nullable String text(JsonNode body, String field) {
    JsonNode n = body.path(field);
    return n.isTextual() && !n.asText().isBlank() ? n.asText() : null;
  }
}
