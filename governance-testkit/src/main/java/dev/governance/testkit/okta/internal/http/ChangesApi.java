package dev.governance.testkit.okta.internal.http;

import dev.governance.testkit.okta.internal.auth.Perm;
import dev.governance.testkit.okta.internal.json.Json;
import dev.governance.testkit.okta.internal.state.AppRec;
import dev.governance.testkit.okta.internal.state.GroupRec;
import dev.governance.testkit.okta.internal.state.TenantChanges;
import dev.governance.testkit.okta.internal.state.LogTargetRec;
import dev.governance.testkit.okta.internal.state.OktaError;
import dev.governance.testkit.okta.internal.state.TokenRec;
import dev.governance.testkit.okta.internal.state.UserRec;

/** Lifecycle and access changes; each writes a System Log event. Runs under the write lock. */
final class ChangesApi {
  private ChangesApi() {}

  static Reply groupMember(RequestContext c, String groupId, String userId, boolean add) {
    c.requireScope(Perm.GROUP_MEMBERS_MANAGE);
    GroupRec g = GroupsApi.find(c, groupId, false);
    UserRec u = UsersApi.find(c, userId);
    if (!c.access().forGroup(Perm.GROUP_MEMBERS_MANAGE, g.idx)) {
      throw OktaError.forbidden();
    }
    if (add) {
      c.changes().addMember(c.actor(), g, u);
    } else {
      c.changes().removeMember(c.actor(), g, u);
    }
    return Reply.empty(204);
  }

  static Reply unassignAppUser(RequestContext c, String appId, String userId) {
    c.requireScope(Perm.APPS_MANAGE);
    AppRec a = AppsApi.find(c, appId, false);
    UserRec u = UsersApi.find(c, userId);
    if (!c.access().forApp(Perm.APPS_MANAGE, a.idx)) {
      throw OktaError.forbidden();
    }
    c.changes().unassignUser(c.actor(), a, u);
    return Reply.empty(204);
  }

  static Reply unassignAppGroup(RequestContext c, String appId, String groupId) {
    c.requireScope(Perm.APPS_MANAGE);
    AppRec a = AppsApi.find(c, appId, false);
    GroupRec g = GroupsApi.find(c, groupId, false);
    if (!c.access().forApp(Perm.APPS_MANAGE, a.idx)) {
      throw OktaError.forbidden();
    }
    c.changes().unassignGroup(c.actor(), a, g);
    return Reply.empty(204);
  }

  static Reply revokeGrant(RequestContext c, String appId, String grantId) {
    c.require(Perm.GRANTS_MANAGE);
    AppRec a = AppsApi.find(c, appId, false);
    c.changes().revokeGrant(c.actor(), a, grantId);
    return Reply.empty(204);
  }

  static Reply revokeToken(RequestContext c, String tokenId) {
    boolean current = "current".equals(tokenId);
    if (!current) {
      c.require(Perm.API_TOKENS_MANAGE);
    } else if (c.principal.tokenId() == null) {
      throw OktaError.forbidden();
    }
    TokenRec t = c.state.token(current ? c.principal.tokenId() : tokenId);
    if (t == null) {
      throw OktaError.notFound(tokenId + " (ApiToken)");
    }
    c.changes().revokeToken(c.actor(), t);
    return Reply.empty(204);
  }

  /**
   * A lifecycle transition ({@link dev.governance.testkit.okta.internal.state.TenantChanges#transition}
   * has Okta's rules). Activations answer with an activation token when {@code sendEmail=false}.
   */
  static Reply lifecycle(RequestContext c, String userId, String action) {
    c.requireScope(Perm.USERS_MANAGE);
    UserRec u = UsersApi.find(c, userId);
    if (!c.userVisible(Perm.USERS_MANAGE, u)) {
      throw c.access().anywhere(Perm.USERS_MANAGE) ? OktaError.notFound(userId + " (User)")
          : OktaError.forbidden();
    }
    c.changes().transition(c.actor(), u, action);
    if (action.equals("activate") || action.equals("reactivate")) {
      boolean sendEmail = !"false".equalsIgnoreCase(c.q("sendEmail"))
          && (action.equals("activate") || "true".equalsIgnoreCase(c.q("sendEmail")));
      Json j = c.json().obj();
      if (!sendEmail) {
        String token = c.state.ids().secret(20);
        j.str("activationUrl", c.base + "/tokens/" + token + "/verify").str("activationToken", token);
      }
      return Reply.ok(j.end().bytes());
    }
    return Reply.empty(200);
  }

  static LogTargetRec user(UserRec u) {
    return TenantChanges.user(u);
  }

  static LogTargetRec group(GroupRec g) {
    return TenantChanges.group(g);
  }

  static LogTargetRec app(AppRec a) {
    return TenantChanges.app(a);
  }

  static void log(RequestContext c, String type, String message, LogTargetRec... targets) {
    c.changes().log(c.actor(), type, message, targets);
  }
}
