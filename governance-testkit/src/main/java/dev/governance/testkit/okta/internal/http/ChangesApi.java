package dev.governance.testkit.okta.internal.http;

import dev.governance.testkit.okta.internal.auth.Perm;
import dev.governance.testkit.okta.internal.json.Json;
import dev.governance.testkit.okta.internal.state.AppRec;
import dev.governance.testkit.okta.internal.state.GrantRec;
import dev.governance.testkit.okta.internal.state.GroupRec;
import dev.governance.testkit.okta.internal.state.LogEventRec;
import dev.governance.testkit.okta.internal.state.LogTargetRec;
import dev.governance.testkit.okta.internal.state.OktaError;
import dev.governance.testkit.okta.internal.state.TokenRec;
import dev.governance.testkit.okta.internal.state.UserRec;
import java.util.List;
import java.util.UUID;

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
    if (!"OKTA_GROUP".equals(g.type)) {
      throw new OktaError(403, "E0000006", "You do not have permission to perform the requested "
          + "action", List.of("Memberships of " + g.type + " groups are managed by their source "
          + "and cannot be changed through the API."));
    }
    boolean changed = add ? c.state.addMember(g.idx, u.idx) : c.state.removeMember(g.idx, u.idx);
    if (changed) {
      g.lastMembershipUpdated = c.state.now();
      log(c, add ? "group.user_membership.add" : "group.user_membership.remove",
          (add ? "Add user to group membership" : "Remove user from group membership"),
          user(u), group(g));
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
    int via = AppsApi.viaGroup(c, a, u);
    if (via >= 0) {
      throw new OktaError(403, "E0000046", "Deactivate application for user forbidden.",
          List.of("Cannot unassign the user while the group " + c.state.groups.get(via).name
              + " grants access; remove the user from that group or unassign the group."));
    }
    if (!a.directUsers.removeSorted(u.idx)) {
      throw OktaError.notFound(userId + " (AppUser)");
    }
    a.lastUpdated = c.state.now();
    log(c, "application.user_membership.remove", "Remove user from application membership",
        user(u), app(a));
    return Reply.empty(204);
  }

  static Reply unassignAppGroup(RequestContext c, String appId, String groupId) {
    c.requireScope(Perm.APPS_MANAGE);
    AppRec a = AppsApi.find(c, appId, false);
    GroupRec g = GroupsApi.find(c, groupId, false);
    if (!c.access().forApp(Perm.APPS_MANAGE, a.idx)) {
      throw OktaError.forbidden();
    }
    if (!a.groups.remove(g.idx)) {
      throw OktaError.notFound(groupId + " (ApplicationGroupAssignment)");
    }
    g.apps.remove(a.idx);
    log(c, "group.application_assignment.remove", "Remove assigned application from group",
        group(g), app(a));
    return Reply.empty(204);
  }

  static Reply revokeGrant(RequestContext c, String appId, String grantId) {
    c.require(Perm.GRANTS_MANAGE);
    AppRec a = AppsApi.find(c, appId, false);
    for (GrantRec g : a.grants) {
      if (g.id.equals(grantId) && "ACTIVE".equals(g.status)) {
        g.status = "REVOKED";
        g.lastUpdated = c.state.now();
        log(c, "app.oauth2.as.consent.revoke", "Revoke scope consent grant", app(a),
            new LogTargetRec(g.id, "OAuth2ScopeConsentGrant", g.scopeId, g.scopeId));
        return Reply.empty(204);
      }
    }
    throw OktaError.notFound(grantId + " (OAuth2ScopeConsentGrant)");
  }

  static Reply revokeToken(RequestContext c, String tokenId) {
    boolean current = "current".equals(tokenId);
    if (!current) {
      c.require(Perm.API_TOKENS_MANAGE);
    } else if (c.principal.tokenId() == null) {
      throw OktaError.forbidden();
    }
    TokenRec t = c.state.token(current ? c.principal.tokenId() : tokenId);
    if (t == null || t.revoked) {
      throw OktaError.notFound(tokenId + " (ApiToken)");
    }
    t.revoked = true;
    log(c, "system.api_token.revoke", "Revoke API token",
        new LogTargetRec(t.id, "Token", t.name, t.name));
    return Reply.empty(204);
  }

  /**
   * A lifecycle transition, with Okta's rules: deactivate from any status but {@code
   * DEPROVISIONED}; suspend from {@code ACTIVE}; unsuspend from {@code SUSPENDED}; activate from
   * {@code STAGED} or {@code DEPROVISIONED} (to {@code ACTIVE} when the user has a password, else
   * {@code PROVISIONED} until the activation link is used); reactivate from {@code PROVISIONED} or
   * {@code RECOVERY}. Activations answer with an activation token when {@code sendEmail=false}.
   */
  static Reply lifecycle(RequestContext c, String userId, String action) {
    c.requireScope(Perm.USERS_MANAGE);
    UserRec u = UsersApi.find(c, userId);
    if (!c.userVisible(Perm.USERS_MANAGE, u)) {
      throw c.access().anywhere(Perm.USERS_MANAGE) ? OktaError.notFound(userId + " (User)")
          : OktaError.forbidden();
    }
    String from = u.status;
    String to = switch (action) {
      case "deactivate" -> "DEPROVISIONED".equals(from) ? null : "DEPROVISIONED";
      case "suspend" -> "ACTIVE".equals(from) ? "SUSPENDED" : null;
      case "unsuspend" -> "SUSPENDED".equals(from) ? "ACTIVE" : null;
      case "activate" -> "STAGED".equals(from) || "DEPROVISIONED".equals(from)
          ? (u.passwordChanged != 0 ? "ACTIVE" : "PROVISIONED") : null;
      case "reactivate" -> "PROVISIONED".equals(from) || "RECOVERY".equals(from)
          ? "PROVISIONED" : null;
      default -> throw new OktaError(404, "E0000008", "The requested path was not found",
          List.of("Unknown lifecycle operation '" + action + "'."));
    };
    if (to == null) {
      throw OktaError.validation("Cannot " + action + " a user whose status is " + from + ".");
    }
    long now = c.state.now();
    u.status = to;
    u.statusChanged = now;
    u.lastUpdated = now;
    if ("DEPROVISIONED".equals(to)) {
      c.state.deprovision(u);
    } else if ("activate".equals(action) && u.activated == 0) {
      u.activated = now;
    }
    log(c, "user.lifecycle." + action, switch (action) {
      case "deactivate" -> "Deactivate Okta user";
      case "suspend" -> "Suspend Okta user";
      case "unsuspend" -> "Unsuspend Okta user";
      case "activate" -> "Activate Okta user";
      default -> "Reactivate Okta user";
    }, user(u));
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
    return new LogTargetRec(u.id, "User", u.login, (u.firstName + " " + u.lastName).trim());
  }

  static LogTargetRec group(GroupRec g) {
    return new LogTargetRec(g.id, "UserGroup", g.name, g.name);
  }

  static LogTargetRec app(AppRec a) {
    return new LogTargetRec(a.id, "AppInstance", a.name, a.label);
  }

  static void log(RequestContext c, String type, String message, LogTargetRec... targets) {
    UserRec caller = c.caller();
    String actorId = caller != null ? caller.id : c.state.apps.get(c.principal.app()).id;
    String actorType = caller != null ? "User" : "PublicClientApp";
    String alt = caller != null ? caller.login : actorId;
    c.state.log(new LogEventRec(0, UUID.nameUUIDFromBytes((c.requestId + type)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString(), c.state.now(), type, message,
        actorId, actorType, alt, List.of(targets), c.principal.tokenId(), c.requestId));
  }
}
