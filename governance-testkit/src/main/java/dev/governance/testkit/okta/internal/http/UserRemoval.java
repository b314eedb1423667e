package dev.governance.testkit.okta.internal.http;

import dev.governance.testkit.okta.internal.auth.Perm;
import dev.governance.testkit.okta.internal.state.AppRec;
import dev.governance.testkit.okta.internal.state.GroupRec;
import dev.governance.testkit.okta.internal.state.LogTargetRec;
import dev.governance.testkit.okta.internal.state.OktaError;
import dev.governance.testkit.okta.internal.state.RoleRec;
import dev.governance.testkit.okta.internal.state.UserRec;

/** Deleting users, clearing sessions and unassigning admin roles; each logs an event. */
final class UserRemoval {
  private UserRemoval() {}

  /** First call deactivates, a call on a deactivated user deletes it, as Okta does. */
  static Reply delete(RequestContext c, String userId) {
    UserRec u = UsersApi.find(c, userId);
    if (!"DEPROVISIONED".equals(u.status)) {
      ChangesApi.lifecycle(c, userId, "deactivate");
      return Reply.empty(204);
    }
    c.requireScope(Perm.USERS_MANAGE);
    if (!c.userVisible(Perm.USERS_MANAGE, u)) {
      throw OktaError.forbidden();
    }
    while (u.groups.size() > 0) {
      GroupRec g = c.state.groups.get(u.groups.get(0));
      c.state.removeMember(g.idx, u.idx);
      g.lastMembershipUpdated = c.state.now();
    }
    c.state.deprovision(u);
    for (AppRec a : c.state.apps) {
      a.directUsers.removeSorted(u.idx);
    }
    c.state.roles.removeIf(r -> r.assignmentType.equals("USER") && r.assignee == u.idx);
    u.deleted = true;
    ChangesApi.log(c, "user.lifecycle.delete.initiated", "Delete Okta user",
        ChangesApi.user(u));
    return Reply.empty(204);
  }

  static Reply clearSessions(RequestContext c, String userId) {
    c.requireScope(Perm.USERS_MANAGE);
    UserRec u = UsersApi.find(c, userId);
    if (!c.userVisible(Perm.USERS_MANAGE, u)) {
      throw OktaError.forbidden();
    }
    ChangesApi.log(c, "user.session.clear", "Clear user session", ChangesApi.user(u));
    return Reply.empty(204);
  }

  static Reply unassignRole(RequestContext c, String kind, String assigneeId, String assignmentId) {
    c.require(Perm.ROLES_MANAGE);
    int assignee;
    LogTargetRec target;
    if (kind.equals("USER")) {
      UserRec u = UsersApi.find(c, assigneeId);
      assignee = u.idx;
      target = ChangesApi.user(u);
    } else {
      GroupRec g = GroupsApi.find(c, assigneeId, false);
      assignee = g.idx;
      target = ChangesApi.group(g);
    }
    for (RoleRec r : c.state.roles) {
      if (r.id.equals(assignmentId) && r.assignmentType.equals(kind) && r.assignee == assignee) {
        c.state.roles.remove(r);
        ChangesApi.log(c, kind.equals("USER") ? "user.account.privilege.revoke"
            : "group.privilege.revoke", "Revoke " + r.label, target);
        return Reply.empty(204);
      }
    }
    throw OktaError.notFound(assignmentId + " (RoleAssignment)");
  }
}
