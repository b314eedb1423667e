package dev.governance.testkit.okta.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.governance.testkit.okta.OktaGroupType;
import dev.governance.testkit.okta.internal.auth.Perm;
import dev.governance.testkit.okta.internal.json.EntityJson;
import dev.governance.testkit.okta.internal.json.Json;
import dev.governance.testkit.okta.internal.state.GroupRec;
import dev.governance.testkit.okta.internal.state.OktaError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Group writes: {@code POST /api/v1/groups} (create an {@code OKTA_GROUP}), {@code PUT
 * /api/v1/groups/{id}} (replace the profile), {@code DELETE /api/v1/groups/{id}}. Each needs
 * {@code okta.groups.manage} and an admin role that manages the group (an org-wide one to create);
 * each change writes its System Log event.
 */
final class GroupWrites {
  private GroupWrites() {}

  static Reply create(RequestContext c) {
    c.requireScope(Perm.GROUP_MEMBERS_MANAGE);
    if (!c.access().orgWide(Perm.GROUP_MEMBERS_MANAGE)) {
      throw OktaError.forbidden();
    }
    Profile p = profile(UserWrites.body(c));
    GroupRec g = c.changes().createGroup(c.actor(), p.name(), OktaGroupType.OKTA_GROUP, p.description(), p.extra());
    return group(c, g);
  }

  static Reply replace(RequestContext c, String id) {
    GroupRec g = managed(c, id);
    Profile p = profile(UserWrites.body(c));
    c.changes().updateGroup(c.actor(), g, p.name(), p.description(), p.extra());
    return group(c, g);
  }

  static Reply delete(RequestContext c, String id) {
    GroupRec g = managed(c, id);
    c.changes().deleteGroup(c.actor(), g);
    return Reply.empty(204);
  }

  private static GroupRec managed(RequestContext c, String id) {
    c.requireScope(Perm.GROUP_MEMBERS_MANAGE);
    GroupRec g = GroupsApi.find(c, id, false);
    if (!c.access().forGroup(Perm.GROUP_MEMBERS_MANAGE, g.idx) && !c.access().orgWide(Perm.GROUP_MEMBERS_MANAGE)) {
      throw OktaError.forbidden();
    }
    return g;
  }

  /** A group profile as sent: {@code name} required, {@code description}, custom attributes. */
  private record Profile(String name, @Nullable String description, Map<String, Object> extra) {}

  private static Profile profile(JsonNode body) {
    JsonNode profile = body.path("profile");
    String name = profile.path("name").asText("");
    if (name.isBlank()) {
      throw new OktaError(400, "E0000001", "Api validation failed: name",
          List.of("name: The field cannot be left blank"));
    }
    Map<String, Object> extra = new LinkedHashMap<>();
    profile.fields().forEachRemaining(e -> {
      if (!e.getKey().equals("name") && !e.getKey().equals("description") && !e.getValue().isNull()) {
        extra.put(e.getKey(), Json.mapper().convertValue(e.getValue(), Object.class));
      }
    });
    JsonNode description = profile.path("description");
    return new Profile(name, description.isTextual() ? description.asText() : null, extra);
  }

  private static Reply group(RequestContext c, GroupRec g) {
    Json j = c.json();
    EntityJson.group(j, g, c.state, c.base, false, false, false);
    return Reply.ok(j.bytes());
  }
}
