package dev.governance.testkit.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.governance.testkit.scim.internal.ScimState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Seeds and changes a {@link FakeScimServer}'s resources directly, without HTTP. Ids are the
 * server's; every change gives the resource a new version, as a change through the API does.
 *
 * @since 0.1
 */
public final class ScimFixtures {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private final ScimState state;

  ScimFixtures(ScimState state) {
    this.state = state;
  }

  /**
   * Adds an active user whose user name is also its primary work email when it has an {@code @}.
   *
   * @param userName the user name, unique ignoring case
   * @return its id
   */
  public String addUser(String userName) {
    return addUser(userName, null, true, Map.of());
  }

  /**
   * Adds a user.
   *
   * @param userName the user name, unique ignoring case
   * @param displayName the display name, or null
   * @param active whether it is active
   * @param enterprise attributes of the enterprise extension, e.g. {@code department}
   * @return its id
   */
  public String addUser(String userName, @Nullable String displayName, boolean active,
      Map<String, String> enterprise) {
    Objects.requireNonNull(userName, "userName");
    return write(() -> {
      ObjectNode u = JSON.objectNode();
      ArrayNode schemas = u.putArray("schemas").add(ScimState.USER_SCHEMA);
      u.put("userName", userName);
      if (displayName != null) {
        u.put("displayName", displayName);
        int space = displayName.indexOf(' ');
        ObjectNode name = u.putObject("name").put("formatted", displayName);
        if (space > 0) {
          name.put("givenName", displayName.substring(0, space))
              .put("familyName", displayName.substring(space + 1));
        }
      }
      if (userName.contains("@")) {
        u.putArray("emails").addObject().put("value", userName).put("type", "work")
            .put("primary", true);
      }
      u.put("active", active);
      if (!enterprise.isEmpty()) {
        schemas.add(ScimState.ENTERPRISE);
        ObjectNode ext = u.putObject(ScimState.ENTERPRISE);
        enterprise.forEach(ext::put);
      }
      return state.create("User", u).get("id").asText();
    });
  }

  /**
   * Adds a group.
   *
   * @param displayName its display name
   * @return its id
   */
  public String addGroup(String displayName) {
    Objects.requireNonNull(displayName, "displayName");
    return write(() -> {
      ObjectNode g = JSON.objectNode();
      g.putArray("schemas").add(ScimState.GROUP_SCHEMA);
      g.put("displayName", displayName);
      g.putArray("members");
      return state.create("Group", g).get("id").asText();
    });
  }

  /**
   * Makes a user or a group a member of a group; nothing changes if it is one already.
   *
   * @param groupId the group
   * @param memberId a user's or another group's id
   */
  public void addMember(String groupId, String memberId) {
    write(() -> {
      ObjectNode g = state.require("Group", groupId);
      if (!state.users.containsKey(memberId) && !state.groups.containsKey(memberId)) {
        throw new IllegalArgumentException("No user or group " + memberId);
      }
      ArrayNode members = g.withArray("members");
      for (JsonNode m : members) {
        if (m.path("value").asText().equals(memberId)) {
          return null;
        }
      }
      members.addObject().put("value", memberId);
      state.completeMembers(g);
      state.touch(g);
      return null;
    });
  }

  /**
   * Removes a member from a group.
   *
   * @param groupId the group
   * @param memberId the member
   * @return whether it was a member
   */
  public boolean removeMember(String groupId, String memberId) {
    return write(() -> {
      ObjectNode g = state.require("Group", groupId);
      boolean removed = ScimState.removeMember(g, memberId);
      if (removed) {
        state.touch(g);
      }
      return removed;
    });
  }

  /**
   * Sets a user's {@code active}.
   *
   * @param userId the user
   * @param active the value
   */
  public void setActive(String userId, boolean active) {
    write(() -> {
      ObjectNode u = state.require("User", userId);
      u.put("active", active);
      state.touch(u);
      return null;
    });
  }

  /**
   * Gives a user a role (a value of its {@code roles} attribute).
   *
   * @param userId the user
   * @param value the role's value, e.g. {@code billing-admin}
   * @param display its display name, or null
   */
  public void addRole(String userId, String value, @Nullable String display) {
    addValue(userId, "roles", value, display);
  }

  /**
   * Gives a user an entitlement (a value of its {@code entitlements} attribute).
   *
   * @param userId the user
   * @param value the entitlement's value, e.g. {@code crm:export}
   * @param display its display name, or null
   */
  public void addEntitlement(String userId, String value, @Nullable String display) {
    addValue(userId, "entitlements", value, display);
  }

  private void addValue(String userId, String attr, String value, @Nullable String display) {
    write(() -> {
      ObjectNode u = state.require("User", userId);
      ObjectNode v = u.withArray(attr).addObject().put("value", value);
      if (display != null) {
        v.put("display", display);
      }
      state.touch(u);
      return null;
    });
  }

  /**
   * Deletes a user or group, and its memberships.
   *
   * @param id the id
   */
  public void delete(String id) {
    write(() -> {
      state.delete(state.users.containsKey(id) ? "User" : "Group", id);
      return null;
    });
  }

  /**
   * How many users there are.
   *
   * @return the count
   */
  public int userCount() {
    return read(state.users::size);
  }

  /**
   * How many groups there are.
   *
   * @return the count
   */
  public int groupCount() {
    return read(state.groups::size);
  }

  /**
   * The ids of every user, in creation order.
   *
   * @return a copy
   */
  public List<String> userIds() {
    return read(() -> List.copyOf(state.users.keySet()));
  }

  /**
   * The ids of every group, in creation order.
   *
   * @return a copy
   */
  public List<String> groupIds() {
    return read(() -> List.copyOf(state.groups.keySet()));
  }

  /**
   * The ids of a group's direct members.
   *
   * @param groupId the group
   * @return the ids, in the order they were added
   */
  public List<String> members(String groupId) {
    return read(() -> {
      List<String> out = new ArrayList<>();
      for (JsonNode m : state.require("Group", groupId).path("members")) {
        out.add(m.path("value").asText());
      }
      return out;
    });
  }

  /**
   * Whether a user is active.
   *
   * @param userId the user
   * @return its {@code active}
   */
  public boolean isActive(String userId) {
    return read(() -> state.require("User", userId).path("active").asBoolean(false));
  }

  /**
   * A user's id by user name.
   *
   * @param userName the user name, ignoring case
   * @return the id
   * @throws IllegalArgumentException if there is none
   */
  public String userId(String userName) {
    return read(() -> state.users.values().stream()
        .filter(u -> u.path("userName").asText().equalsIgnoreCase(userName))
        .map(u -> u.get("id").asText()).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No user " + userName)));
  }

  /**
   * A group's id by display name.
   *
   * @param displayName the display name, exactly
   * @return the id
   * @throws IllegalArgumentException if there is none
   */
  public String groupId(String displayName) {
    return read(() -> state.groups.values().stream()
        .filter(g -> g.path("displayName").asText().equals(displayName))
        .map(g -> g.get("id").asText()).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No group " + displayName)));
  }

  /**
   * A resource's current version, as {@code meta.version} says it.
   *
   * @param id a user's or group's id
   * @return e.g. {@code W/"1a"}
   */
  public String version(String id) {
    return read(() -> {
      ObjectNode r = state.users.containsKey(id) ? state.users.get(id) : state.require("Group", id);
      return r.path("meta").path("version").asText();
    });
  }

  private <T> T write(Supplier<T> change) {
    state.lock.writeLock().lock();
    try {
      return change.get();
    } catch (dev.governance.testkit.scim.internal.ScimError e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    } finally {
      state.lock.writeLock().unlock();
    }
  }

  private <T> T read(Supplier<T> query) {
    state.lock.readLock().lock();
    try {
      return query.get();
    } catch (dev.governance.testkit.scim.internal.ScimError e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    } finally {
      state.lock.readLock().unlock();
    }
  }
}
