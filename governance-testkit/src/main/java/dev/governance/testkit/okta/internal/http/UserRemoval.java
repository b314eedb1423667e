package dev.governance.testkit.okta.internal.http;

import dev.governance.testkit.okta.internal.auth.Perm;
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
    if (u.status != dev.governance.testkit.okta.UserStatus.DEPROVISIONED) {
      ChangesApi.lifecycle(c, userId, "deactivate");
      return Reply.empty(204);
    }
    c.requireScope(Perm.USERS_MANAGE);
    if (!c.userVisible(Perm.USERS_MANAGE, u)) {
      throw OktaError.forbidden();
    }
    c.changes().deleteUser(c.actor(), u);
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
    for (RoleRec r : c.state.roles()) {
      if (r.id.equals(assignmentId) && r.assignmentType.equals(kind) && r.assignee == assignee) {
        c.changes().unassignRole(c.actor(), r, target);
        return Reply.empty(204);
      }
    }
    throw OktaError.notFound(assignmentId + " (RoleAssignment)");
  }
}
