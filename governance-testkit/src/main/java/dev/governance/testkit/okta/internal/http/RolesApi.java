package dev.governance.testkit.okta.internal.http;

import dev.governance.testkit.okta.internal.auth.Perm;
import dev.governance.testkit.okta.internal.json.EntityJson;
import dev.governance.testkit.okta.internal.json.GrantJson;
import dev.governance.testkit.okta.internal.json.Json;
import dev.governance.testkit.okta.internal.state.AppRec;
import dev.governance.testkit.okta.internal.state.GroupRec;
import dev.governance.testkit.okta.internal.state.IntList;
import dev.governance.testkit.okta.internal.state.OktaError;
import dev.governance.testkit.okta.internal.state.RoleRec;
import java.util.Set;

/**
 * Role assignments beyond the plain listings: the targets of an assignment ({@code
 * …/roles/{roleAssignmentId}/targets/groups} and {@code …/targets/catalog/apps} of users, groups
 * and clients, paged by the {@code link} header), the roles of a service app ({@code
 * /oauth2/v1/clients/{clientId}/roles}), and the {@code expand} values role listings accept.
 * Custom roles and resource sets are served by {@link IamApi}, role changes by {@link
 * RoleAssignments}.
 */
final class RolesApi {
  private static final Set<String> GROUP_TARGETED =
      Set.of("USER_ADMIN", "HELP_DESK_ADMIN", "GROUP_MEMBERSHIP_ADMIN");

  private RolesApi() {}

  /**
   * Reads the {@code expand} of a role listing. Okta documents one value, {@code targets/groups}
   * or {@code targets/catalog/apps}; anything else, a comma list of both included, is refused.
   *
   * @param c the request
   * @return {@code [groups, apps]}: which targets to embed
   */
  static boolean[] expand(RequestContext c) {
    String expand = c.q("expand");
    if (expand == null || expand.isEmpty()) {
      return new boolean[] {false, false};
    }
    return switch (expand) {
      case "targets/groups" -> new boolean[] {true, false};
      case "targets/catalog/apps" -> new boolean[] {false, true};
      default -> throw OktaError.validation("expand: '" + expand + "' is not supported; send "
          + "targets/groups or targets/catalog/apps (one value), or read the targets from "
          + "…/roles/{roleAssignmentId}/targets/groups and …/targets/catalog/apps.");
    };
  }

  /**
   * {@code GET /oauth2/v1/clients/{clientId}/roles}: the roles assigned to a service app; no
   * paging.
   *
   * @param c the request
   * @param clientId the app's client id
   * @return the assignments
   */
  static Reply clientRoles(RequestContext c, String clientId) {
    c.require(Perm.ROLES_READ);
    AppRec a = client(c, clientId);
    boolean[] expand = expand(c);
    Json j = c.json().arr();
    for (RoleRec r : c.state.roles()) {
      if (r.assignmentType.equals("CLIENT") && r.assignee == a.idx) {
        GrantJson.role(j, r, c.state, c.base, expand[0], expand[1]);
      }
    }
    return Reply.ok(j.endArr().bytes());
  }

  /**
   * Serves {@code GET …/roles/{roleAssignmentId}/targets/groups} or {@code …/targets/catalog/apps}
   * of a user, a group or a client: {@code []} for an assignment without targets.
   *
   * @param c the request
   * @param assignmentType {@code USER}, {@code GROUP} or {@code CLIENT}
   * @param assigneeId the user, group or client id
   * @param assignmentId the role assignment
   * @param groups {@code true} for group targets, {@code false} for application targets
   * @return a page of targets
   */
  static Reply targets(RequestContext c, String assignmentType, String assigneeId, String assignmentId,
      boolean groups) {
    c.require(Perm.ROLES_READ);
    int assignee = switch (assignmentType) {
      case "USER" -> UsersApi.find(c, assigneeId).idx;
      case "GROUP" -> GroupsApi.find(c, assigneeId, false).idx;
      default -> client(c, assigneeId).idx;
    };
    RoleRec role = null;
    for (RoleRec r : c.state.roles()) {
      if (r.id.equals(assignmentId) && r.assignmentType.equals(assignmentType)
          && r.assignee == assignee) {
        role = r;
      }
    }
    if (role == null) {
      throw OktaError.notFound(assignmentId + " (Role)");
    }
    if (groups ? !GROUP_TARGETED.contains(role.type) : !"APP_ADMIN".equals(role.type)) {
      throw OktaError.validation("the role type " + role.type + " takes no "
          + (groups ? "group" : "application") + " targets.");
    }
    IntList targets = groups ? role.targetGroups : role.targetApps;
    int limit = Paging.limit(c.q("limit"), 20, 200);
    int from = Paging.start(c.q("after"), targets.size(),
        i -> groups ? c.state.groups().get(targets.get(i)).id : c.state.apps().get(targets.get(i)).id);
    Paging.Slice slice = Paging.slice(from, targets.size(), i -> true, limit);
    Json j = c.json().arr();
    String last = null;
    for (int k = 0; k < slice.count(); k++) {
      int target = targets.get(slice.positions()[k]);
      if (groups) {
        GroupRec g = c.state.groups().get(target);
        EntityJson.group(j, g, c.state, c.base, false, false, false);
        last = g.id;
      } else {
        AppRec a = c.state.apps().get(target);
        EntityJson.app(j, a, c.state, c.base);
        last = a.id;
      }
    }
    Reply reply = Reply.ok(j.endArr().bytes());
    reply.links.add(Paging.self(c.base, c.path, c.rawQuery));
    if (slice.more() && last != null) {
      reply.links.add(Paging.next(c.base, c.path, c.rawQuery, last, limit));
    }
    return reply;
  }

  private static AppRec client(RequestContext c, String clientId) {
    AppRec a = c.state.app(clientId);
    if (a == null || !"OPENID_CONNECT".equals(a.signOnMode)) {
      throw OktaError.notFound(clientId + " (Client)");
    }
    return a;
  }
}
