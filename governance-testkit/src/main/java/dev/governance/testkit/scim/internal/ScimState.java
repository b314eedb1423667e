package dev.governance.testkit.scim.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.governance.testkit.scim.ScimFeatures;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jspecify.annotations.Nullable;

/**
 * The server's resources, kept as their JSON (without {@code meta.location} and a user's {@code
 * groups}, which are rendered per request). Guarded by {@link #lock}: reads under the read lock,
 * changes under the write lock.
 */
public final class ScimState {
  /** The core user schema. */
  public static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
  /** The core group schema. */
  public static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
  /** The enterprise user extension. */
  public static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** Users by id, in creation order. */
  public final Map<String, ObjectNode> users = new LinkedHashMap<>();
  /** Groups by id, in creation order. */
  public final Map<String, ObjectNode> groups = new LinkedHashMap<>();
  /** The lock. */
  public final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  /** What the server supports. */
  public final ScimFeatures features;
  private final Clock clock;
  private final Random random;
  private long versions;

  /**
   * Creates empty state.
   *
   * @param clock timestamps
   * @param seed for ids
   * @param features what is supported
   */
  public ScimState(Clock clock, long seed, ScimFeatures features) {
    this.clock = clock;
    this.random = new Random(seed);
    this.features = features;
  }

  /**
   * Now, by the server's clock, to the millisecond.
   *
   * @return the instant
   */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /**
   * A new id, a UUID drawn from the seed.
   *
   * @return the id
   */
  public String newId() {
    return new UUID(random.nextLong(), random.nextLong()).toString();
  }

  /**
   * The collection of a resource type.
   *
   * @param type {@code User} or {@code Group}
   * @return its map
   */
  public Map<String, ObjectNode> of(String type) {
    return type.equals("User") ? users : groups;
  }

  /**
   * Stores a new resource: checks it, gives it an id and meta.
   *
   * @param type {@code User} or {@code Group}
   * @param body what the client sent (its id and meta are ignored)
   * @return the stored resource
   */
  public ObjectNode create(String type, ObjectNode body) {
    ObjectNode r = body.deepCopy();
    r.remove("id");
    r.remove("meta");
    r.remove("groups");
    check(type, r, null);
    String id = newId();
    ObjectNode out = JSON.objectNode();
    out.put("id", id);
    out.setAll(r);
    if (!out.has("schemas")) {
      out.set("schemas", JSON.arrayNode().add(type.equals("User") ? USER_SCHEMA : GROUP_SCHEMA));
    }
    if (type.equals("User") && !out.has("active")) {
      out.put("active", true);
    }
    ObjectNode meta = out.putObject("meta");
    meta.put("resourceType", type);
    meta.put("created", now().toString());
    touch(out);
    of(type).put(id, out);
    return out;
  }

  /**
   * Replaces a resource's contents (PUT), keeping its id and creation time.
   *
   * @param type the type
   * @param id the id
   * @param body the new contents
   * @return the stored resource
   */
  public ObjectNode replace(String type, String id, ObjectNode body) {
    ObjectNode old = require(type, id);
    ObjectNode r = body.deepCopy();
    r.remove("id");
    r.remove("meta");
    r.remove("groups");
    check(type, r, id);
    ObjectNode out = JSON.objectNode();
    out.put("id", id);
    out.setAll(r);
    if (!out.has("schemas")) {
      out.set("schemas", old.get("schemas"));
    }
    out.set("meta", old.get("meta"));
    touch(out);
    of(type).put(id, out);
    return out;
  }

  /**
   * Checks the required and unique attributes of a user ({@code userName}) or group ({@code
   * displayName}).
   *
   * @param type the type
   * @param r the resource
   * @param selfId the resource's own id when it is replaced, else null
   */
  public void check(String type, ObjectNode r, @Nullable String selfId) {
    String key = type.equals("User") ? "userName" : "displayName";
    JsonNode v = get(r, key);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw ScimError.bad("invalidValue", "Attribute '" + key + "' is required");
    }
    if (type.equals("User")) {
      String name = v.asText().toLowerCase(Locale.ROOT);
      for (ObjectNode u : users.values()) {
        if (!u.get("id").asText().equals(selfId)
            && u.path("userName").asText().toLowerCase(Locale.ROOT).equals(name)) {
          throw new ScimError(409, "uniqueness", "userName '" + v.asText() + "' is already taken");
        }
      }
    } else {
      JsonNode members = get(r, "members");
      if (members != null) {
        for (JsonNode m : members) {
          String memberId = m.path("value").asText("");
          if (!users.containsKey(memberId) && !groups.containsKey(memberId)) {
            throw ScimError.bad("invalidValue", "Member '" + memberId + "' does not exist");
          }
        }
      }
    }
  }

  /**
   * Gives a resource a new version and modification time.
   *
   * @param r the resource
   */
  public void touch(ObjectNode r) {
    ObjectNode meta = (ObjectNode) r.get("meta");
    meta.put("lastModified", now().toString());
    meta.put("version", "W/\"" + Long.toString(++versions, 36) + "\"");
  }

  /**
   * A resource or a 404.
   *
   * @param type the type
   * @param id the id
   * @return the resource
   */
  public ObjectNode require(String type, String id) {
    ObjectNode r = of(type).get(id);
    if (r == null) {
      throw ScimError.notFound(type, id);
    }
    return r;
  }

  /**
   * Deletes a resource and every membership it had.
   *
   * @param type the type
   * @param id the id
   */
  public void delete(String type, String id) {
    require(type, id);
    of(type).remove(id);
    for (ObjectNode g : groups.values()) {
      if (removeMember(g, id)) {
        touch(g);
      }
    }
  }

  /**
   * Removes a member from a group's JSON.
   *
   * @param group the group
   * @param memberId the member
   * @return whether it was a member
   */
  public static boolean removeMember(ObjectNode group, String memberId) {
    JsonNode members = group.get("members");
    boolean removed = false;
    if (members instanceof ArrayNode a) {
      for (Iterator<JsonNode> it = a.iterator(); it.hasNext(); ) {
        if (it.next().path("value").asText().equals(memberId)) {
          it.remove();
          removed = true;
        }
      }
    }
    return removed;
  }

  /**
   * Fills in the {@code type} and {@code display} of each member from what it refers to.
   *
   * @param group the group
   */
  public void completeMembers(ObjectNode group) {
    JsonNode members = group.get("members");
    if (!(members instanceof ArrayNode a)) {
      return;
    }
    for (JsonNode m : a) {
      if (m instanceof ObjectNode o) {
        String id = o.path("value").asText();
        boolean isGroup = groups.containsKey(id);
        o.put("type", isGroup ? "Group" : "User");
        ObjectNode target = isGroup ? groups.get(id) : users.get(id);
        if (target != null) {
          o.put("display", isGroup ? target.path("displayName").asText()
              : target.path("userName").asText());
        }
      }
    }
  }

  /**
   * Each user's and group's direct groups: member id to group ids, in group order.
   *
   * @return the index
   */
  public Map<String, List<String>> groupsByMember() {
    Map<String, List<String>> out = new HashMap<>();
    for (ObjectNode g : groups.values()) {
      for (JsonNode m : g.path("members")) {
        out.computeIfAbsent(m.path("value").asText(), k -> new ArrayList<>()).add(g.get("id").asText());
      }
    }
    return out;
  }

  /**
   * An attribute of a JSON object by name, ignoring case, as SCIM attribute names do.
   *
   * @param o the object
   * @param name the name
   * @return the value or null
   */
  public static @Nullable JsonNode get(JsonNode o, String name) {
    JsonNode exact = o.get(name);
    if (exact != null) {
      return exact;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * The name of an attribute as a JSON object spells it, ignoring case.
   *
   * @param o the object
   * @param name the name
   * @return the spelling found, or {@code name}
   */
  public static String key(JsonNode o, String name) {
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (k.equalsIgnoreCase(name)) {
        return k;
      }
    }
    return name;
  }
}
