package dev.governance.testkit.okta.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.governance.testkit.okta.internal.auth.Perm;
import dev.governance.testkit.okta.internal.json.Json;
import dev.governance.testkit.okta.internal.state.GroupRec;
import dev.governance.testkit.okta.internal.state.OktaError;
import dev.governance.testkit.okta.internal.state.OwnerRec;
import dev.governance.testkit.okta.internal.state.UserRec;
import java.util.List;

/**
 * {@code /api/v1/groups/{groupId}/owners}: list (scope {@code okta.groups.read}), assign and
 * remove (scope {@code okta.groups.manage}) the owners of a group, as the spec's {@code
 * GroupOwner} operations describe.
 */
final class GroupOwnersApi {
  private GroupOwnersApi() {}

  static Reply list(RequestContext c, String groupId) {
    GroupRec g = GroupsApi.visible(c, groupId, Perm.GROUPS_READ);
    Json j = c.json().arr();
    for (OwnerRec o : g.owners) {
      owner(j, c, o);
    }
    Reply r = Reply.ok(j.endArr().bytes());
    r.links.add(Paging.self(c.base, c.path, c.rawQuery));
    return r;
  }

  static Reply assign(RequestContext c, String groupId) {
    GroupRec g = managed(c, groupId);
    JsonNode body = UserWrites.body(c);
    String id = body.path("id").asText("");
    if (id.isBlank()) {
      throw new OktaError(400, "E0000001", "Api validation failed: id", List.of("id: The field cannot be left blank"));
    }
    OwnerRec owner = c.changes().addGroupOwner(c.actor(), g, id, body.path("type").asText("USER"));
    Json j = c.json();
    owner(j, c, owner);
    return new Reply(201, j.bytes());
  }

  static Reply remove(RequestContext c, String groupId, String ownerId) {
    GroupRec g = managed(c, groupId);
    c.changes().removeGroupOwner(c.actor(), g, ownerId);
    return Reply.empty(204);
  }

  private static GroupRec managed(RequestContext c, String groupId) {
    c.requireScope(Perm.GROUP_MEMBERS_MANAGE);
    GroupRec g = GroupsApi.find(c, groupId, false);
    if (!c.access().forGroup(Perm.GROUP_MEMBERS_MANAGE, g.idx) && !c.access().orgWide(Perm.GROUP_MEMBERS_MANAGE)) {
      throw OktaError.forbidden();
    }
    return g;
  }

  private static void owner(Json j, RequestContext c, OwnerRec o) {
    String name;
    if (o.type().equals("USER")) {
      UserRec u = c.state.user(o.id());
      name = u == null ? o.id() : (u.firstName + " " + u.lastName).strip();
    } else {
      GroupRec g = c.state.group(o.id());
      name = g == null ? o.id() : g.name;
    }
    j.obj().str("id", o.id()).str("type", o.type()).str("displayName", name)
        .str("originType", "OKTA_DIRECTORY").bool("resolved", true).time("lastUpdated", o.lastUpdated()).end();
  }
}
