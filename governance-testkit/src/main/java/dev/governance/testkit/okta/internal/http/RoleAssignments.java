package dev.governance.testkit.okta.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.governance.core.internal.Quoted;
import dev.governance.okta.catalog.StandardAdminRole;
import dev.governance.testkit.okta.internal.auth.Perm;
import dev.governance.testkit.okta.internal.json.GrantJson;
import dev.governance.testkit.okta.internal.json.Json;
import dev.governance.testkit.okta.internal.state.AppRec;
import dev.governance.testkit.okta.internal.state.CustomRoleRec;
import dev.governance.testkit.okta.internal.state.GroupRec;
import dev.governance.testkit.okta.internal.state.IamChanges;
import dev.governance.testkit.okta.internal.state.LogTargetRec;
import dev.governance.testkit.okta.internal.state.OktaError;
import dev.governance.testkit.okta.internal.state.ResourceSetRec;
import dev.governance.testkit.okta.internal.state.RoleRec;
import dev.governance.testkit.okta.internal.state.TenantChanges;
import dev.governance.testkit.okta.internal.state.UserRec;
import java.util.List;

/**
 * Role assignment writes and single reads for users ({@code /api/v1/users/{id}/roles}), groups
 * ({@code /api/v1/groups/{id}/roles}) and OpenID Connect clients ({@code
 * /oauth2/v1/clients/{clientId}/roles}): assign a standard role (or a custom role over a resource
 * set), read one assignment, unassign it, and add or remove its group and application targets.
 * Changes need {@code okta.roles.manage} and an admin who may manage admins; only a super admin
 * assigns {@code SUPER_ADMIN}.
 */
final class RoleAssignments {
  private RoleAssignments() {}

  /** The principal of a role path: its kind, position and log target. */
  private record Assignee(String kind, int position, LogTargetRec target) {}

  private static Assignee assignee(RequestContext c, String kind, String id) {
    return switch (kind) {
      case "USER" -> {
        UserRec u = UsersApi.find(c, id);
        yield new Assignee(kind, u.idx, TenantChanges.user(u));
      }
      case "GROUP" -> {
        GroupRec g = GroupsApi.find(c, id, false);
        yield new Assignee(kind, g.idx, TenantChanges.group(g));
      }
      default -> {
        AppRec a = c.state.app(id);
        if (a == null || !"OPENID_CONNECT".equals(a.signOnMode)) {
          throw OktaError.notFound(id + " (Client)");
        }
        yield new Assignee(kind, a.idx, TenantChanges.app(a));
      }
    };
  }

  private static RoleRec find(RequestContext c, Assignee who, String assignmentId) {
    for (RoleRec r : c.state.roles()) {
      if (r.id.equals(assignmentId) && r.assignmentType.equals(who.kind()) && r.assignee == who.position()) {
        return r;
      }
    }
    throw OktaError.notFound(assignmentId + " (RoleAssignment)");
  }

  /**
   * {@code POST …/roles}: body {@code {"type": …}} for a standard role, or {@code {"type":"CUSTOM",
   * "role": …, "resource-set": …}}. Users answer 201, groups and clients 200, with the assignment.
   */
  static Reply assign(RequestContext c, String kind, String id) {
    c.require(Perm.ROLES_MANAGE);
    Assignee who = assignee(c, kind, id);
    JsonNode body = UserWrites.body(c);
    String type = body.path("type").asText("");
    RoleRec r;
    if (type.equals("CUSTOM")) {
      if (kind.equals("CLIENT")) {
        throw OktaError.validation("type: a custom role is assigned to a client through a resource set binding.");
      }
      CustomRoleRec role = c.state.customRole(body.path("role").asText(""));
      ResourceSetRec set = c.state.resourceSet(body.path("resource-set").asText(""));
      if (role == null || set == null) {
        throw new OktaError(400, "E0000001", "Api validation failed: " + (role == null ? "role" : "resource-set"),
            List.of((role == null ? "role" : "resource-set") + ": a custom role assignment names an existing "
                + "custom role and resource set."));
      }
      c.changes().iam().addMembers(c.actor(), set, role, List.of(new IamChanges.Member(kind, who.position())),
          List.of(who.target()));
      r = null;
      for (RoleRec m : c.state.binding(set, role)) {
        if (m.assignmentType.equals(kind) && m.assignee == who.position()) {
          r = m;
        }
      }
    } else {
      StandardAdminRole standard = StandardAdminRole.fromType(type)
          .filter(t -> t != StandardAdminRole.MOBILE_ADMIN).orElseThrow(() -> new OktaError(400, "E0000001",
              "Api validation failed: type", List.of("type: " + Quoted.quote(type) + " is not a standard role type.")));
      if (standard == StandardAdminRole.SUPER_ADMIN && !c.access().superAdmin()) {
        throw new OktaError(403, "E0000006", "You do not have permission to perform the requested action",
            List.of("Only a super admin assigns SUPER_ADMIN."));
      }
      r = c.changes().iam().assignStandard(c.actor(), kind, who.position(), standard.name(), standard.label(),
          who.target());
    }
    Json j = c.json();
    GrantJson.role(j, java.util.Objects.requireNonNull(r, "assignment"), c.state, c.base);
    return new Reply(kind.equals("USER") ? 201 : 200, j.bytes());
  }

  /** {@code GET …/roles/{roleAssignmentId}}. */
  static Reply get(RequestContext c, String kind, String id, String assignmentId) {
    c.require(Perm.ROLES_READ);
    RoleRec r = find(c, assignee(c, kind, id), assignmentId);
    boolean[] expand = RolesApi.expand(c);
    Json j = c.json();
    GrantJson.role(j, r, c.state, c.base, expand[0], expand[1]);
    return Reply.ok(j.bytes());
  }

  /** {@code DELETE …/roles/{roleAssignmentId}}: 204. */
  static Reply unassign(RequestContext c, String kind, String id, String assignmentId) {
    c.require(Perm.ROLES_MANAGE);
    Assignee who = assignee(c, kind, id);
    RoleRec r = find(c, who, assignmentId);
    if ("SUPER_ADMIN".equals(r.type) && !c.access().superAdmin()) {
      throw OktaError.forbidden();
    }
    c.changes().iam().unassign(c.actor(), r, who.target());
    return Reply.empty(204);
  }

  /**
   * {@code PUT}/{@code DELETE …/roles/{raId}/targets/groups/{groupId}} or {@code
   * …/targets/catalog/apps/{appName}/{appId}}: 204.
   */
  static Reply target(RequestContext c, String kind, String id, String assignmentId, boolean group,
      String targetId, boolean add) {
    c.require(Perm.ROLES_MANAGE);
    Assignee who = assignee(c, kind, id);
    RoleRec r = find(c, who, assignmentId);
    int target = group ? GroupsApi.find(c, targetId, false).idx : AppsApi.find(c, targetId, false).idx;
    if (add) {
      c.changes().iam().addTarget(c.actor(), r, group, target, who.target());
    } else {
      c.changes().iam().removeTarget(c.actor(), r, group, target, who.target());
    }
    return Reply.empty(204);
  }
}
