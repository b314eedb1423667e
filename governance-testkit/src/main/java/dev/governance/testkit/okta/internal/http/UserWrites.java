package dev.governance.testkit.okta.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.governance.testkit.okta.OktaGroupType;
import dev.governance.testkit.okta.UserStatus;
import dev.governance.testkit.okta.internal.auth.Perm;
import dev.governance.testkit.okta.internal.json.EntityJson;
import dev.governance.testkit.okta.internal.json.Json;
import dev.governance.testkit.okta.internal.state.GroupRec;
import dev.governance.testkit.okta.internal.state.OktaError;
import dev.governance.testkit.okta.internal.state.UserRec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * User writes: {@code POST /api/v1/users} (create), {@code POST /api/v1/users/{id}} (partial
 * update), {@code PUT /api/v1/users/{id}} (full replacement). Each needs {@code okta.users.manage}
 * and an admin role that manages the user; each change writes its System Log event.
 */
final class UserWrites {
  /** The base attributes Okta's default user schema requires. */
  private static final List<String> REQUIRED = List.of("login", "email", "firstName", "lastName");

  private UserWrites() {}

  /**
   * Creates a user: {@code activate} (default true) makes it {@code ACTIVE} when it has a password,
   * else {@code PROVISIONED} (it would get an activation email); {@code activate=false} leaves it
   * {@code STAGED}. {@code groupIds} adds it to those {@code OKTA_GROUP}s.
   */
  static Reply create(RequestContext c) {
    c.requireScope(Perm.USERS_MANAGE);
    if (!c.access().orgWide(Perm.USERS_MANAGE)) {
      throw OktaError.forbidden();
    }
    JsonNode body = body(c);
    Map<String, Object> profile = profile(body.path("profile"));
    List<String> missing = new ArrayList<>();
    for (String attribute : REQUIRED) {
      Object value = profile.get(attribute);
      if (value == null || String.valueOf(value).isBlank()) {
        missing.add(attribute + ": The field cannot be left blank");
      }
    }
    if (!missing.isEmpty()) {
      throw new OktaError(400, "E0000001", "Api validation failed: " + missing.get(0).split(":")[0], missing);
    }
    List<GroupRec> groups = new ArrayList<>();
    for (JsonNode id : body.path("groupIds")) {
      GroupRec g = c.state.group(id.asText());
      if (g == null) {
        throw OktaError.notFound(id.asText() + " (UserGroup)");
      }
      if (g.type != OktaGroupType.OKTA_GROUP) {
        throw OktaError.validation("groupIds: " + g.id + " is a " + g.type
            + " group, whose memberships its source manages.");
      }
      groups.add(g);
    }
    boolean password = hasPassword(body);
    boolean activate = !"false".equalsIgnoreCase(c.q("activate"));
    UserStatus status = !activate ? UserStatus.STAGED : password ? UserStatus.ACTIVE : UserStatus.PROVISIONED;
    UserRec u = c.changes().createUser(c.actor(), profile, status, password);
    for (GroupRec g : groups) {
      c.changes().addMember(c.actor(), g, u);
    }
    return user(c, u);
  }

  /**
   * Updates a user: with {@code partial}, the profile attributes sent replace those they name and
   * the others stay ({@code POST}); else the profile sent replaces the whole profile, so that the
   * required attributes must all be there ({@code PUT}). A password in {@code credentials} sets it.
   */
  static Reply update(RequestContext c, String id, boolean partial) {
    c.requireScope(Perm.USERS_MANAGE);
    UserRec u = UsersApi.find(c, id);
    if (!c.userVisible(Perm.USERS_MANAGE, u)) {
      throw c.access().anywhere(Perm.USERS_MANAGE) ? OktaError.notFound(id + " (User)") : OktaError.forbidden();
    }
    JsonNode body = body(c);
    Map<String, Object> profile = partial ? current(u) : new LinkedHashMap<>();
    Map<String, Object> sent = profile(body.path("profile"));
    if (body.has("profile") || !partial) {
      profile.putAll(sent);
      List<String> missing = new ArrayList<>();
      for (String attribute : REQUIRED) {
        Object value = profile.get(attribute);
        if (value == null || String.valueOf(value).isBlank()) {
          missing.add(attribute + ": The field cannot be left blank");
        }
      }
      if (!missing.isEmpty()) {
        throw new OktaError(400, "E0000001", "Api validation failed: " + missing.get(0).split(":")[0],
            missing);
      }
      Map<String, Object> extra = new LinkedHashMap<>(profile);
      REQUIRED.forEach(extra::remove);
      c.changes().profile(c.actor(), u, String.valueOf(profile.get("login")), String.valueOf(profile.get("email")),
          String.valueOf(profile.get("firstName")), String.valueOf(profile.get("lastName")), extra);
    }
    if (hasPassword(body)) {
      c.changes().password(c.actor(), u);
    }
    return user(c, u);
  }

  private static Map<String, Object> current(UserRec u) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("login", u.login);
    p.put("email", u.email);
    p.put("firstName", u.firstName);
    p.put("lastName", u.lastName);
    if (u.extra != null) {
      p.putAll(u.extra);
    }
    return p;
  }

  private static boolean hasPassword(JsonNode body) {
    JsonNode password = body.path("credentials").path("password");
    return password.hasNonNull("value") || password.has("hash") || password.has("hook");
  }

  /** The profile's attributes as plain values; {@code null}s are dropped, as Okta drops them. */
  private static Map<String, Object> profile(JsonNode profile) {
    Map<String, Object> out = new LinkedHashMap<>();
    profile.fields().forEachRemaining(e -> {
      if (!e.getValue().isNull()) {
        out.put(e.getKey(), Json.mapper().convertValue(e.getValue(), Object.class));
      }
    });
    return out;
  }

  /**
   * The request's JSON body; a body that is not JSON is refused with Okta's 400 {@code E0000003}.
   *
   * @param c the request
   * @return the body, an empty object for none
   */
  static JsonNode body(RequestContext c) {
    if (c.body.length == 0) {
      throw new OktaError(400, "E0000003", "The request body was not well-formed.",
          List.of("The request needs a JSON body."));
    }
    try {
      JsonNode n = Json.mapper().readTree(c.body);
      if (n == null || !n.isObject()) {
        throw new OktaError(400, "E0000003", "The request body was not well-formed.",
            List.of("The body must be a JSON object."));
      }
      return n;
    } catch (java.io.IOException e) {
      throw new OktaError(400, "E0000003", "The request body was not well-formed.",
          List.of("The body is not JSON."));
    }
  }

  private static Reply user(RequestContext c, UserRec u) {
    Json j = c.json();
    EntityJson.user(j, u, c.base, true);
    return Reply.ok(j.bytes()).header("ETag", "W/\"" + u.lastUpdated + "\"");
  }
}
