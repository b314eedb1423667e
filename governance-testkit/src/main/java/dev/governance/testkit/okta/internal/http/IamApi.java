package dev.governance.testkit.okta.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.governance.core.internal.Quoted;
import dev.governance.testkit.okta.internal.auth.Perm;
import dev.governance.testkit.okta.internal.json.Json;
import dev.governance.testkit.okta.internal.state.AppRec;
import dev.governance.testkit.okta.internal.state.CustomRoleRec;
import dev.governance.testkit.okta.internal.state.GroupRec;
import dev.governance.testkit.okta.internal.state.IamChanges;
import dev.governance.testkit.okta.internal.state.LogTargetRec;
import dev.governance.testkit.okta.internal.state.OktaError;
import dev.governance.testkit.okta.internal.state.ResourceSetRec;
import dev.governance.testkit.okta.internal.state.RoleRec;
import dev.governance.testkit.okta.internal.state.SetResource;
import dev.governance.testkit.okta.internal.state.TenantChanges;
import dev.governance.testkit.okta.internal.state.TenantState;
import dev.governance.testkit.okta.internal.state.UserRec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Custom roles ({@code /api/v1/iam/roles}, their permissions), resource sets ({@code
 * /api/v1/iam/resource-sets}, their resources) and the bindings of a custom role to a resource set
 * with their members. Reads need {@code okta.roles.read}, changes {@code okta.roles.manage}, both
 * with an admin role that allows them; lists are objects paged in the body ({@code _links.next}),
 * 100 a page.
 */
final class IamApi {
  private static final int PAGE = 100;

  private IamApi() {}

  // ---- custom roles

  static Reply listRoles(RequestContext c) {
    c.require(Perm.ROLES_READ);
    List<CustomRoleRec> roles = c.state.customRoles();
    return page(c, "roles", roles.size(), i -> roles.get(i).id, (j, i) -> role(j, c, roles.get(i)));
  }

  static Reply getRole(RequestContext c, String idOrLabel) {
    c.require(Perm.ROLES_READ);
    Json j = c.json();
    role(j, c, role(c, idOrLabel));
    return Reply.ok(j.bytes());
  }

  static Reply createRole(RequestContext c) {
    c.require(Perm.ROLES_MANAGE);
    JsonNode body = UserWrites.body(c);
    List<String> missing = missing(body, "label", "description");
    if (!body.path("permissions").isArray()) {
      missing.add("permissions: The field cannot be left blank");
    }
    refuseMissing(missing);
    Set<String> permissions = new LinkedHashSet<>();
    body.path("permissions").forEach(p -> permissions.add(p.asText()));
    CustomRoleRec r = c.changes().iam().createRole(c.actor(), body.path("label").asText(),
        body.path("description").asText(), permissions);
    Json j = c.json();
    role(j, c, r);
    return Reply.ok(j.bytes());
  }

  static Reply replaceRole(RequestContext c, String idOrLabel) {
    c.require(Perm.ROLES_MANAGE);
    CustomRoleRec r = role(c, idOrLabel);
    JsonNode body = UserWrites.body(c);
    refuseMissing(missing(body, "label", "description"));
    c.changes().iam().replaceRole(c.actor(), r, body.path("label").asText(), body.path("description").asText());
    Json j = c.json();
    role(j, c, r);
    return Reply.ok(j.bytes());
  }

  static Reply deleteRole(RequestContext c, String idOrLabel) {
    c.require(Perm.ROLES_MANAGE);
    c.changes().iam().deleteRole(c.actor(), role(c, idOrLabel));
    return Reply.empty(204);
  }

  static Reply permissions(RequestContext c, String idOrLabel) {
    c.require(Perm.ROLES_READ);
    CustomRoleRec r = role(c, idOrLabel);
    String self = c.base + "/api/v1/iam/roles/" + r.id + "/permissions";
    Json j = c.json().obj().arr("permissions");
    for (String p : r.permissions) {
      permission(j, c, r, p);
    }
    return Reply.ok(j.endArr().obj("_links").link("self", self).end().end().bytes());
  }

  static Reply permission(RequestContext c, String idOrLabel, String permission) {
    c.require(Perm.ROLES_READ);
    CustomRoleRec r = role(c, idOrLabel);
    if (!r.permissions.contains(permission)) {
      throw OktaError.notFound(permission + " (Permission)");
    }
    Json j = c.json();
    permission(j, c, r, permission);
    return Reply.ok(j.bytes());
  }

  static Reply changePermission(RequestContext c, String idOrLabel, String permission, boolean add) {
    c.require(Perm.ROLES_MANAGE);
    CustomRoleRec r = role(c, idOrLabel);
    if (add) {
      c.changes().iam().addPermission(c.actor(), r, permission);
    } else {
      c.changes().iam().removePermission(c.actor(), r, permission);
    }
    return Reply.empty(204);
  }

  private static void permission(Json j, RequestContext c, CustomRoleRec r, String p) {
    String self = c.base + "/api/v1/iam/roles/" + r.id + "/permissions/" + p;
    j.obj().str("label", p).time("created", r.created).time("lastUpdated", r.lastUpdated)
        .obj("_links").link("role", c.base + "/api/v1/iam/roles/" + r.id).link("self", self).end().end();
  }

  private static void role(Json j, RequestContext c, CustomRoleRec r) {
    String self = c.base + "/api/v1/iam/roles/" + r.id;
    j.obj().str("id", r.id).str("label", r.label).str("description", r.description)
        .time("created", r.created).time("lastUpdated", r.lastUpdated)
        .obj("_links").link("self", self).link("permissions", self + "/permissions").end().end();
  }

  static CustomRoleRec role(RequestContext c, String idOrLabel) {
    CustomRoleRec r = c.state.customRole(idOrLabel);
    if (r == null) {
      throw OktaError.notFound(idOrLabel + " (Role)");
    }
    return r;
  }

  // ---- resource sets

  static Reply listSets(RequestContext c) {
    c.require(Perm.ROLES_READ);
    List<ResourceSetRec> sets = c.state.resourceSets();
    return page(c, "resource-sets", sets.size(), i -> sets.get(i).id, (j, i) -> set(j, c, sets.get(i)));
  }

  static Reply getSet(RequestContext c, String idOrLabel) {
    c.require(Perm.ROLES_READ);
    Json j = c.json();
    set(j, c, set(c, idOrLabel));
    return Reply.ok(j.bytes());
  }

  static Reply createSet(RequestContext c) {
    c.require(Perm.ROLES_MANAGE);
    JsonNode body = UserWrites.body(c);
    List<String> missing = missing(body, "label", "description");
    if (!body.path("resources").isArray()) {
      missing.add("resources: The field cannot be left blank");
    }
    refuseMissing(missing);
    ResourceSetRec set = c.changes().iam().createSet(c.actor(), body.path("label").asText(),
        body.path("description").asText(), resources(c, body.path("resources")));
    Json j = c.json();
    set(j, c, set);
    return Reply.ok(j.bytes());
  }

  static Reply replaceSet(RequestContext c, String idOrLabel) {
    c.require(Perm.ROLES_MANAGE);
    ResourceSetRec set = set(c, idOrLabel);
    JsonNode body = UserWrites.body(c);
    refuseMissing(missing(body, "label", "description"));
    c.changes().iam().replaceSet(c.actor(), set, body.path("label").asText(), body.path("description").asText());
    Json j = c.json();
    set(j, c, set);
    return Reply.ok(j.bytes());
  }

  static Reply deleteSet(RequestContext c, String idOrLabel) {
    c.require(Perm.ROLES_MANAGE);
    c.changes().iam().deleteSet(c.actor(), set(c, idOrLabel));
    return Reply.empty(204);
  }

  /** {@code PATCH …/resources} with {@code additions}: answers the resource set. */
  static Reply addResources(RequestContext c, String idOrLabel) {
    c.require(Perm.ROLES_MANAGE);
    ResourceSetRec set = set(c, idOrLabel);
    JsonNode body = UserWrites.body(c);
    if (!body.path("additions").isArray() || body.path("additions").isEmpty()) {
      throw new OktaError(400, "E0000001", "Api validation failed: additions",
          List.of("additions: The field cannot be left blank"));
    }
    c.changes().iam().addResources(c.actor(), set, resources(c, body.path("additions")));
    Json j = c.json();
    set(j, c, set);
    return Reply.ok(j.bytes());
  }

  static Reply resources(RequestContext c, String idOrLabel) {
    c.require(Perm.ROLES_READ);
    ResourceSetRec set = set(c, idOrLabel);
    List<SetResource> all = resourceList(c.state, set);
    int limit = Paging.limit(c.q("limit"), 100, 100);
    int from = Paging.start(c.q("after"), all.size(), i -> resourceId(c, set, all.get(i)));
    String self = c.base + "/api/v1/iam/resource-sets/" + set.id + "/resources";
    Json j = c.json().obj().arr("resources");
    int end = Math.min(all.size(), from + limit);
    for (int i = from; i < end; i++) {
      resource(j, c, set, all.get(i));
    }
    j.endArr().obj("_links").link("resource-set", c.base + "/api/v1/iam/resource-sets/" + set.id);
    if (end < all.size()) {
      j.link("next", self + "?after=" + resourceId(c, set, all.get(end - 1)) + "&limit=" + limit);
    }
    return Reply.ok(j.end().end().bytes());
  }

  static Reply resource(RequestContext c, String idOrLabel, String resourceId) {
    c.require(Perm.ROLES_READ);
    ResourceSetRec set = set(c, idOrLabel);
    Json j = c.json();
    resource(j, c, set, resource(c, set, resourceId));
    return Reply.ok(j.bytes());
  }

  static Reply deleteResource(RequestContext c, String idOrLabel, String resourceId) {
    c.require(Perm.ROLES_MANAGE);
    ResourceSetRec set = set(c, idOrLabel);
    c.changes().iam().removeResource(c.actor(), set, resource(c, set, resourceId));
    return Reply.empty(204);
  }

  private static SetResource resource(RequestContext c, ResourceSetRec set, String resourceId) {
    for (SetResource r : resourceList(c.state, set)) {
      if (resourceId(c, set, r).equals(resourceId)) {
        return r;
      }
    }
    throw OktaError.notFound(resourceId + " (ResourceSetResource)");
  }

  /** A set's resources in listing order; deleted groups and apps are no longer among them. */
  static List<SetResource> resourceList(TenantState state, ResourceSetRec set) {
    List<SetResource> out = new ArrayList<>(set.size());
    for (int i = 0; i < set.groups.size(); i++) {
      if (!state.groups().get(set.groups.get(i)).deleted) {
        out.add(new SetResource(SetResource.Kind.GROUP, set.groups.get(i)));
      }
    }
    for (int i = 0; i < set.apps.size(); i++) {
      if (!state.apps().get(set.apps.get(i)).deleted) {
        out.add(new SetResource(SetResource.Kind.APP, set.apps.get(i)));
      }
    }
    if (set.allGroups) {
      out.add(new SetResource(SetResource.Kind.ALL_GROUPS, -1));
    }
    if (set.holdsAllUsers()) {
      out.add(new SetResource(SetResource.Kind.ALL_USERS, -1));
    }
    return out;
  }

  private static String resourceId(RequestContext c, ResourceSetRec set, SetResource r) {
    return "ire" + switch (r.kind()) {
      case GROUP -> c.state.groups().get(r.target()).id.substring(3);
      case APP -> c.state.apps().get(r.target()).id.substring(3);
      case ALL_GROUPS -> set.id.substring(3) + "g";
      case ALL_USERS -> set.id.substring(3) + "u";
    };
  }

  private static void resource(Json j, RequestContext c, ResourceSetRec set, SetResource r) {
    String dir = "orn:okta:directory:" + c.state.orgId;
    String orn;
    String href;
    switch (r.kind()) {
      case GROUP -> {
        GroupRec g = c.state.groups().get(r.target());
        orn = dir + ":groups:" + g.id;
        href = c.base + "/api/v1/groups/" + g.id;
      }
      case APP -> {
        AppRec a = c.state.apps().get(r.target());
        orn = "orn:okta:idp:" + c.state.orgId + ":apps:" + a.name + ":" + a.id;
        href = c.base + "/api/v1/apps/" + a.id;
      }
      case ALL_GROUPS -> {
        orn = dir + ":groups";
        href = c.base + "/api/v1/groups";
      }
      default -> {
        orn = dir + ":users";
        href = c.base + "/api/v1/users";
      }
    }
    String id = resourceId(c, set, r);
    j.obj().str("id", id).str("orn", orn).time("created", set.created).time("lastUpdated", set.lastUpdated)
        .obj("_links").link("self", href)
        .link("resource", c.base + "/api/v1/iam/resource-sets/" + set.id + "/resources/" + id).end().end();
  }

  /**
   * Reads resources given as ORNs or REST URLs: one group, every group, every user, one
   * application. Anything else is refused with 400 {@code E0000001}.
   */
  private static List<SetResource> resources(RequestContext c, JsonNode array) {
    List<SetResource> out = new ArrayList<>();
    for (JsonNode n : array) {
      out.add(resource(c, n.asText("")));
    }
    return out;
  }

  private static SetResource resource(RequestContext c, String value) {
    String dir = "orn:okta:directory:" + c.state.orgId + ":";
    String idp = "orn:okta:idp:" + c.state.orgId + ":apps:";
    String path = value.startsWith(c.base + "/") ? value.substring(c.base.length()) : null;
    if (value.equals(dir + "users") || "/api/v1/users".equals(path)) {
      return new SetResource(SetResource.Kind.ALL_USERS, -1);
    }
    if (value.equals(dir + "groups") || "/api/v1/groups".equals(path)) {
      return new SetResource(SetResource.Kind.ALL_GROUPS, -1);
    }
    String groupId = value.startsWith(dir + "groups:") ? value.substring((dir + "groups:").length())
        : path != null && path.startsWith("/api/v1/groups/") ? path.substring("/api/v1/groups/".length()) : null;
    if (groupId != null && !groupId.contains(":") && !groupId.contains("/")) {
      return new SetResource(SetResource.Kind.GROUP, GroupsApi.find(c, groupId, false).idx);
    }
    String appId = null;
    if (value.startsWith(idp)) {
      String[] parts = value.substring(idp.length()).split(":");
      appId = parts.length == 2 ? parts[1] : null;
    } else if (path != null && path.startsWith("/api/v1/apps/")) {
      appId = path.substring("/api/v1/apps/".length());
    }
    if (appId != null && !appId.contains("/")) {
      return new SetResource(SetResource.Kind.APP, AppsApi.find(c, appId, false).idx);
    }
    throw OktaError.validation("resources: " + Quoted.quote(value) + " is not a resource this tenant serves; use "
        + dir + "groups:{groupId}, " + dir + "groups, " + dir + "users, " + idp + "{appName}:{appId}, or the "
        + "REST URL of a group, of all groups, of all users or of an app.");
  }

  private static void set(Json j, RequestContext c, ResourceSetRec s) {
    String self = c.base + "/api/v1/iam/resource-sets/" + s.id;
    j.obj().str("id", s.id).str("label", s.label).str("description", s.description)
        .time("created", s.created).time("lastUpdated", s.lastUpdated)
        .obj("_links").link("self", self).link("resources", self + "/resources")
        .link("bindings", self + "/bindings").end().end();
  }

  static ResourceSetRec set(RequestContext c, String idOrLabel) {
    ResourceSetRec s = c.state.resourceSet(idOrLabel);
    if (s == null) {
      throw OktaError.notFound(idOrLabel + " (ResourceSet)");
    }
    return s;
  }

  // ---- bindings

  static Reply listBindings(RequestContext c, String setIdOrLabel) {
    c.require(Perm.ROLES_READ);
    ResourceSetRec set = set(c, setIdOrLabel);
    List<CustomRoleRec> bound = new ArrayList<>();
    for (CustomRoleRec r : c.state.customRoles()) {
      if (!c.state.binding(set, r).isEmpty()) {
        bound.add(r);
      }
    }
    String self = c.base + "/api/v1/iam/resource-sets/" + set.id + "/bindings";
    return page(c, "roles", bound.size(), i -> bound.get(i).id, (j, i) -> j.obj().str("id", bound.get(i).id)
        .obj("_links").link("self", self + "/" + bound.get(i).id)
        .link("members", self + "/" + bound.get(i).id + "/members").end().end());
  }

  static Reply getBinding(RequestContext c, String setIdOrLabel, String roleIdOrLabel) {
    c.require(Perm.ROLES_READ);
    ResourceSetRec set = set(c, setIdOrLabel);
    CustomRoleRec role = role(c, roleIdOrLabel);
    if (c.state.binding(set, role).isEmpty()) {
      throw OktaError.notFound(role.id + " (ResourceSetBinding)");
    }
    return binding(c, set, role);
  }

  static Reply createBinding(RequestContext c, String setIdOrLabel) {
    c.require(Perm.ROLES_MANAGE);
    ResourceSetRec set = set(c, setIdOrLabel);
    JsonNode body = UserWrites.body(c);
    List<String> missing = missing(body, "role");
    if (!body.path("members").isArray()) {
      missing.add("members: The field cannot be left blank");
    }
    refuseMissing(missing);
    CustomRoleRec role = role(c, body.path("role").asText());
    List<LogTargetRec> targets = new ArrayList<>();
    List<IamChanges.Member> members = members(c, body.path("members"), targets);
    c.changes().iam().bind(c.actor(), set, role, members, targets);
    return binding(c, set, role);
  }

  static Reply deleteBinding(RequestContext c, String setIdOrLabel, String roleIdOrLabel) {
    c.require(Perm.ROLES_MANAGE);
    c.changes().iam().unbind(c.actor(), set(c, setIdOrLabel), role(c, roleIdOrLabel));
    return Reply.empty(204);
  }

  static Reply listMembers(RequestContext c, String setIdOrLabel, String roleIdOrLabel) {
    c.require(Perm.ROLES_READ);
    ResourceSetRec set = set(c, setIdOrLabel);
    CustomRoleRec role = role(c, roleIdOrLabel);
    List<RoleRec> members = c.state.binding(set, role);
    if (members.isEmpty()) {
      throw OktaError.notFound(role.id + " (ResourceSetBinding)");
    }
    return page(c, "members", members.size(), i -> members.get(i).id, (j, i) -> member(j, c, members.get(i)));
  }

  static Reply getMember(RequestContext c, String setIdOrLabel, String roleIdOrLabel, String memberId) {
    c.require(Perm.ROLES_READ);
    Json j = c.json();
    member(j, c, member(c, set(c, setIdOrLabel), role(c, roleIdOrLabel), memberId));
    return Reply.ok(j.bytes());
  }

  static Reply addMembers(RequestContext c, String setIdOrLabel, String roleIdOrLabel) {
    c.require(Perm.ROLES_MANAGE);
    ResourceSetRec set = set(c, setIdOrLabel);
    CustomRoleRec role = role(c, roleIdOrLabel);
    if (c.state.binding(set, role).isEmpty()) {
      throw OktaError.notFound(role.id + " (ResourceSetBinding)");
    }
    JsonNode body = UserWrites.body(c);
    if (!body.path("additions").isArray() || body.path("additions").isEmpty()) {
      throw new OktaError(400, "E0000001", "Api validation failed: additions",
          List.of("additions: The field cannot be left blank"));
    }
    List<LogTargetRec> targets = new ArrayList<>();
    c.changes().iam().addMembers(c.actor(), set, role, members(c, body.path("additions"), targets), targets);
    return binding(c, set, role);
  }

  static Reply removeMember(RequestContext c, String setIdOrLabel, String roleIdOrLabel, String memberId) {
    c.require(Perm.ROLES_MANAGE);
    ResourceSetRec set = set(c, setIdOrLabel);
    CustomRoleRec role = role(c, roleIdOrLabel);
    RoleRec m = member(c, set, role, memberId);
    c.changes().iam().removeMember(c.actor(), set, role, m, assignee(c, m));
    return Reply.empty(204);
  }

  private static RoleRec member(RequestContext c, ResourceSetRec set, CustomRoleRec role, String memberId) {
    for (RoleRec r : c.state.binding(set, role)) {
      if (r.id.equals(memberId)) {
        return r;
      }
    }
    throw OktaError.notFound(memberId + " (ResourceSetBindingMember)");
  }

  private static void member(Json j, RequestContext c, RoleRec r) {
    j.obj().str("id", r.id).time("created", r.created).time("lastUpdated", r.created)
        .obj("_links").link("self", assigneeHref(c, r)).end().end();
  }

  private static String assigneeHref(RequestContext c, RoleRec r) {
    return switch (r.assignmentType) {
      case "GROUP" -> c.base + "/api/v1/groups/" + c.state.groups().get(r.assignee).id;
      case "CLIENT" -> c.base + "/oauth2/v1/clients/" + c.state.apps().get(r.assignee).id;
      default -> c.base + "/api/v1/users/" + c.state.users().get(r.assignee).id;
    };
  }

  static LogTargetRec assignee(RequestContext c, RoleRec r) {
    return switch (r.assignmentType) {
      case "GROUP" -> TenantChanges.group(c.state.groups().get(r.assignee));
      case "CLIENT" -> TenantChanges.app(c.state.apps().get(r.assignee));
      default -> TenantChanges.user(c.state.users().get(r.assignee));
    };
  }

  private static Reply binding(RequestContext c, ResourceSetRec set, CustomRoleRec role) {
    String sets = c.base + "/api/v1/iam/resource-sets/" + set.id;
    Json j = c.json().obj().str("id", role.id).obj("_links")
        .link("self", sets + "/bindings/" + role.id).link("resource-set", sets)
        .link("members", sets + "/bindings/" + role.id + "/members").end().end();
    return Reply.ok(j.bytes());
  }

  /** Reads member URLs: {@code {orgUrl}/api/v1/users/{id}} or {@code {orgUrl}/api/v1/groups/{id}}. */
  private static List<IamChanges.Member> members(RequestContext c, JsonNode array, List<LogTargetRec> targets) {
    List<IamChanges.Member> out = new ArrayList<>();
    for (JsonNode n : array) {
      String value = n.asText("");
      String path = value.startsWith(c.base + "/") ? value.substring(c.base.length()) : "";
      String[] p = path.split("/");
      if (p.length == 5 && p[3].equals("users")) {
        UserRec u = UsersApi.find(c, p[4]);
        out.add(new IamChanges.Member("USER", u.idx));
        targets.add(TenantChanges.user(u));
      } else if (p.length == 5 && p[3].equals("groups")) {
        GroupRec g = GroupsApi.find(c, p[4], false);
        out.add(new IamChanges.Member("GROUP", g.idx));
        targets.add(TenantChanges.group(g));
      } else {
        throw OktaError.validation("members: " + Quoted.quote(value) + " is not the URL of a user or a group of this "
            + "org (" + c.base + "/api/v1/users/{id} or " + c.base + "/api/v1/groups/{id}).");
      }
    }
    return out;
  }

  // ---- shared

  private static List<String> missing(JsonNode body, String... fields) {
    List<String> out = new ArrayList<>();
    for (String f : fields) {
      if (!body.path(f).isTextual() || body.path(f).asText().isBlank()) {
        out.add(f + ": The field cannot be left blank");
      }
    }
    return out;
  }

  private static void refuseMissing(List<String> missing) {
    if (!missing.isEmpty()) {
      throw new OktaError(400, "E0000001", "Api validation failed: " + missing.get(0).split(":")[0], missing);
    }
  }

  /** A list paged in the body: {@code {"<field>":[…], "_links":{"self":…, "next":…}}}. */
  private static Reply page(RequestContext c, String field, int size, java.util.function.IntFunction<String> idAt,
      BiConsumer<Json, Integer> item) {
    int from = Paging.start(c.q("after"), size, idAt);
    int end = Math.min(size, from + PAGE);
    Json j = c.json().obj().arr(field);
    for (int i = from; i < end; i++) {
      item.accept(j, i);
    }
    j.endArr().obj("_links").link("self", c.base + c.path);
    if (end < size) {
      j.link("next", c.base + c.path + "?after=" + idAt.apply(end - 1));
    }
    return Reply.ok(j.end().end().bytes());
  }
}
