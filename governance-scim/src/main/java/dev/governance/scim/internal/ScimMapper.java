package dev.governance.scim.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.governance.core.model.AssignmentStatus;
import dev.governance.core.model.Attributes;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Group;
import dev.governance.core.model.GroupType;
import dev.governance.core.model.Identity;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.PrivilegeLevel;
import dev.governance.core.model.Provenance;
import dev.governance.core.model.Role;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * SCIM resources (their JSON) to the model: users to {@link Identity}, groups to {@link Group} and
 * {@link Grant.Membership}s, a user's {@code roles} and {@code entitlements} to {@link Role}s and
 * {@link Grant.RoleAssignment}s (see the package-info of {@code dev.governance.scim}).
 */
public final class ScimMapper {
  /** The enterprise user extension. */
  public static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  /** The prefix of the ids of roles made from SCIM {@code roles}. */
  public static final String ROLE_PREFIX = "role:";
  /** The prefix of the ids of roles made from SCIM {@code entitlements}. */
  public static final String ENTITLEMENT_PREFIX = "entitlement:";

  private ScimMapper() {}

  /**
   * A user as an identity.
   *
   * @param u the user's JSON
   * @return the identity
   */
  public static Identity identity(ObjectNode u) {
    String id = text(u, "id");
    if (id == null) {
      throw new IllegalArgumentException("a SCIM user without an id");
    }
    String login = text(u, "userName");
    JsonNode meta = get(u, "meta");
    JsonNode active = get(u, "active");
    boolean known = active != null && !active.isNull();
    boolean isActive = active != null && !active.isNull() && (active.isBoolean()
        ? active.booleanValue() : !active.asText().equalsIgnoreCase("false"));
    IdentityStatus status = known ? status(isActive) : IdentityStatus.UNKNOWN;
    String raw = known ? "active=" + isActive : "active absent";
    return new Identity(id, login == null || login.isBlank() ? id : login, email(u), displayName(u),
        status, raw, time(meta, "created"), null, null, time(meta, "lastModified"),
        Attributes.of(attributes(u)));
  }

  /**
   * The status of an identity by its {@code active}: SCIM knows only active and not.
   *
   * @param active the user's {@code active}
   * @return the status
   */
  static IdentityStatus status(boolean active) {
    return active ? IdentityStatus.ACTIVE : IdentityStatus.DEACTIVATED;
  }

  private static @Nullable String email(ObjectNode u) {
    JsonNode emails = get(u, "emails");
    if (emails == null || !emails.isArray() || emails.isEmpty()) {
      return null;
    }
    for (JsonNode e : emails) {
      JsonNode primary = get(e, "primary");
      if (primary != null && primary.asBoolean(false) && text(e, "value") != null) {
        return text(e, "value");
      }
    }
    return text(emails.get(0), "value");
  }

  private static @Nullable String displayName(ObjectNode u) {
    String display = text(u, "displayName");
    if (display != null) {
      return display;
    }
    JsonNode name = get(u, "name");
    if (name == null) {
      return null;
    }
    String formatted = text(name, "formatted");
    if (formatted != null) {
      return formatted;
    }
    String given = text(name, "givenName");
    String family = text(name, "familyName");
    String joined = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
    return joined.isEmpty() ? null : joined;
  }

  /** The enterprise extension's attributes, {@code manager} as its id, and a few core ones. */
  private static Map<String, Object> attributes(ObjectNode u) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String core : List.of("externalId", "title", "userType", "nickName")) {
      String v = text(u, core);
      if (v != null) {
        out.put(core, v);
      }
    }
    JsonNode ext = get(u, ENTERPRISE);
    if (ext != null && ext.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = ext.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode v = e.getValue();
        if (e.getKey().equalsIgnoreCase("manager")) {
          String manager = v.isObject() ? text(v, "value") : v.isTextual() ? v.asText() : null;
          if (manager != null) {
            out.put("manager", manager);
          }
        } else if (v.isTextual() && !v.asText().isBlank()) {
          out.put(e.getKey(), v.asText());
        } else if (v.isBoolean()) {
          out.put(e.getKey(), v.booleanValue());
        } else if (v.isIntegralNumber()) {
          out.put(e.getKey(), v.longValue());
        } else if (v.isNumber()) {
          out.put(e.getKey(), v.doubleValue());
        }
      }
    }
    return out;
  }

  /**
   * A group.
   *
   * @param g the group's JSON
   * @return the group
   */
  public static Group group(ObjectNode g) {
    String id = text(g, "id");
    if (id == null) {
      throw new IllegalArgumentException("a SCIM group without an id");
    }
    String name = text(g, "displayName");
    JsonNode meta = get(g, "meta");
    Map<String, Object> attributes = new LinkedHashMap<>();
    String externalId = text(g, "externalId");
    if (externalId != null) {
      attributes.put("externalId", externalId);
    }
    return new Group(id, name == null || name.isBlank() ? id : name, null, GroupType.NATIVE, null,
        time(meta, "created"), time(meta, "lastModified"), null, Attributes.of(attributes));
  }

  /**
   * A group's direct members: users, and groups where the member's {@code type} is {@code Group}.
   *
   * @param g the group's JSON
   * @return the memberships
   */
  public static List<Grant.Membership> memberships(ObjectNode g) {
    String groupId = text(g, "id");
    List<Grant.Membership> out = new ArrayList<>();
    JsonNode members = get(g, "members");
    if (groupId == null || members == null || !members.isArray()) {
      return out;
    }
    for (JsonNode m : members) {
      String value = text(m, "value");
      if (value == null) {
        continue;
      }
      String type = text(m, "type");
      EntityKind kind = type != null && type.equalsIgnoreCase("Group") ? EntityKind.GROUP
          : EntityKind.IDENTITY;
      out.add(new Grant.Membership(kind, value, groupId, Provenance.direct()));
    }
    return out;
  }

  /**
   * A value of a user's {@code roles} or {@code entitlements}.
   *
   * @param roleId the role's id in the model (prefixed)
   * @param label what people read
   * @param entitlement whether it is an entitlement
   * @param value the SCIM value
   */
  public record Held(String roleId, String label, boolean entitlement, String value) {}

  /**
   * The roles and entitlements a user holds.
   *
   * @param u the user's JSON
   * @return each value once
   */
  public static List<Held> held(ObjectNode u) {
    List<Held> out = new ArrayList<>();
    for (String attr : List.of("roles", "entitlements")) {
      JsonNode values = get(u, attr);
      if (values == null || !values.isArray()) {
        continue;
      }
      boolean entitlement = attr.equals("entitlements");
      for (JsonNode v : values) {
        String value = v.isTextual() ? v.asText() : text(v, "value");
        if (value == null || value.isBlank()) {
          continue;
        }
        String display = v.isObject() ? text(v, "display") : null;
        Held h = new Held((entitlement ? ENTITLEMENT_PREFIX : ROLE_PREFIX) + value,
            display == null ? value : display, entitlement, value);
        if (out.stream().noneMatch(o -> o.roleId().equals(h.roleId()))) {
          out.add(h);
        }
      }
    }
    return out;
  }

  /**
   * The role a held value stands for: a SCIM role as a role without known permissions, an
   * entitlement as a role holding exactly that entitlement. SCIM says nothing of what either
   * allows, so the privilege level is {@link PrivilegeLevel#UNKNOWN}, which findings that need it
   * report as a missing fact; the provider type is {@code scim.role} or {@code scim.entitlement}.
   *
   * @param h the value
   * @return the role
   */
  public static Role role(Held h) {
    return new Role(h.roleId(), h.label(), PrivilegeLevel.UNKNOWN,
        h.entitlement() ? "scim.entitlement" : "scim.role",
        h.entitlement() ? Set.of(h.value()) : Set.of(),
        h.entitlement() ? "SCIM entitlement " + h.value() : "SCIM role " + h.value());
  }

  /**
   * The grant of a held value to its user.
   *
   * @param userId the user
   * @param h the value
   * @return the assignment, direct and with unknown targets
   */
  public static Grant.RoleAssignment assignment(String userId, Held h) {
    return new Grant.RoleAssignment(EntityKind.IDENTITY, userId, h.roleId(), List.of(), null,
        Provenance.direct(), AssignmentStatus.ACTIVE, false, List.of());
  }

  static @Nullable JsonNode get(@Nullable JsonNode o, String name) {
    if (o == null || !o.isObject()) {
      return null;
    }
    JsonNode exact = o.get(name);
    if (exact != null) {
      return exact;
    }
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (k.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return o.get(k);
      }
    }
    return null;
  }

  static @Nullable String text(@Nullable JsonNode o, String name) {
    JsonNode v = get(o, name);
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
  }

  private static @Nullable Instant time(@Nullable JsonNode meta, String name) {
    String t = text(meta, name);
    if (t == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
