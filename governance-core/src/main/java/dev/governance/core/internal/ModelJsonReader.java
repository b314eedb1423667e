package dev.governance.core.internal;

import static dev.governance.core.internal.JsonFields.instant;
import static dev.governance.core.internal.JsonFields.optText;
import static dev.governance.core.internal.JsonFields.required;
import static dev.governance.core.internal.JsonFields.requiredInstant;
import static dev.governance.core.internal.JsonFields.stringArray;
import static dev.governance.core.internal.JsonFields.strings;
import static dev.governance.core.internal.JsonFields.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.governance.core.model.ApiToken;
import dev.governance.core.model.LastUse;
import dev.governance.core.model.LastUseSource;
import dev.governance.core.model.Application;
import dev.governance.core.model.ApplicationStatus;
import dev.governance.core.model.Attributes;
import dev.governance.core.model.AuthFactor;
import dev.governance.core.model.ConsentSource;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.Entity;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.FactorStatus;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Group;
import dev.governance.core.model.GroupRule;
import dev.governance.core.model.GroupType;
import dev.governance.core.model.Identity;
import dev.governance.core.model.NetworkRestriction;
import dev.governance.core.model.Provenance;
import dev.governance.core.model.Role;
import dev.governance.core.model.RoleTarget;
import dev.governance.core.model.RuleStatus;
import dev.governance.core.snapshot.SnapshotInfo;
import dev.governance.core.snapshot.SyncMode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the JSON written by {@link ModelJsonWriter} back into the model, one object at a time.
 *
 * <p>Input that does not describe a valid item (a missing field, an unknown kind, a malformed
 * instant) fails with an {@link IllegalArgumentException} that names the field. Enum values this
 * release does not know become the enum's {@code UNKNOWN} case, as they do from a provider.
 *
 * <p>Numbers in attributes: integers that fit in a {@code long} become {@link Long}, larger ones
 * {@link BigDecimal}; a number with a fraction or an exponent becomes {@link Double} when a double
 * holds its value exactly, and {@link BigDecimal} otherwise. Parse with {@code
 * DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS} on, so that no precision is lost before this
 * class sees the value.
 *
 * @since 0.1
 */
public final class ModelJsonReader {

  private ModelJsonReader() {}

  /**
   * Reads an entity.
   *
   * @param node a JSON object written by {@link ModelJsonWriter#writeEntity}
   * @return the entity
   * @throws IllegalArgumentException if the object does not describe a valid entity
   */
  public static Entity readEntity(JsonNode node) {
    String kind = text(node, "kind");
    EntityKind k;
    try {
      k = EntityKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown entity kind '" + kind + "'", e);
    }
    String id = text(node, "id");
    return switch (k) {
      case IDENTITY -> new Identity(id, text(node, "login"), optText(node, "email"),
          optText(node, "displayName"), ModelJsonV1.identityStatus(node), ModelJsonV1.rawStatus(node),
          instant(node, "created"), instant(node, "activated"), instant(node, "lastLogin"),
          instant(node, "lastUpdated"), readAttributes(node.path("attributes")));
      case GROUP -> new Group(id, text(node, "name"), optText(node, "description"),
          GroupType.parse(text(node, "type")), optText(node, "sourceApplicationId"),
          instant(node, "created"), instant(node, "lastUpdated"),
          instant(node, "lastMembershipUpdated"), readAttributes(node.path("attributes")));
      case APPLICATION -> new Application(id, text(node, "name"), text(node, "label"),
          ApplicationStatus.parse(text(node, "status")), ModelJsonV1.protocol(node), ModelJsonV1.raw(optText(node, "signOnMode")),
          instant(node, "created"), instant(node, "lastUpdated"), node.path("oauthClient").asBoolean(false),
          readAttributes(node.path("attributes")));
      case ROLE -> new Role(id, text(node, "label"), ModelJsonV1.privilege(node), ModelJsonV1.providerType(node),
          new LinkedHashSet<>(strings(node, "permissions")), optText(node, "description"));
      case API_TOKEN -> new ApiToken(id, text(node, "name"), text(node, "ownerId"),
          optText(node, "clientName"), instant(node, "created"), instant(node, "expires"),
          instant(node, "lastUpdated"), network(node.path("network")), lastUse(node.path("lastUse")));
      case AUTH_FACTOR -> new AuthFactor(id, text(node, "identityId"), ModelJsonV1.strength(node), ModelJsonV1.rawFactorType(node),
          optText(node, "provider"), FactorStatus.parse(text(node, "status")),
          instant(node, "created"), instant(node, "lastUpdated"));
      case GROUP_RULE -> new GroupRule(id, text(node, "name"), RuleStatus.parse(text(node, "status")),
          strings(node, "targetGroupIds"), optText(node, "expression"),
          new LinkedHashSet<>(strings(node, "excludedIdentityIds")));
    };
  }

  /** Snapshots written before tokens carried a last use have no {@code lastUse}: it is unknown then. */
  private static @Nullable LastUse lastUse(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    Instant at = instant(node, "at");
    String source = optText(node, "source");
    if (at == null || source == null) {
      throw new IllegalArgumentException("field 'lastUse' must have 'at' and 'source'");
    }
    for (LastUseSource known : LastUseSource.values()) {
      if (known.name().equals(source)) {
        return new LastUse(at, known);
      }
    }
    // A source this release does not know, from a newer writer: the last use is unknown here.
    return null;
  }

  /**
   * Reads a grant.
   *
   * @param node a JSON object written by {@link ModelJsonWriter#writeGrant}
   * @return the grant
   * @throws IllegalArgumentException if the object does not describe a valid grant
   */
  public static Grant readGrant(JsonNode node) {
    String type = text(node, "type");
    Provenance provenance = readProvenance(required(node, "provenance"));
    return switch (type) {
      case "MEMBERSHIP" -> new Grant.Membership(kind(node, "memberKind"), text(node, "memberId"),
          text(node, "groupId"), provenance);
      case "APP_ASSIGNMENT" -> new Grant.AppAssignment(kind(node, "assigneeKind"), text(node, "assigneeId"),
          text(node, "applicationId"), provenance);
      case "ROLE_ASSIGNMENT" -> new Grant.RoleAssignment(kind(node, "assigneeKind"), text(node, "assigneeId"),
          text(node, "roleId"), targets(node.path("targets")), optText(node, "assignmentId"), provenance,
          dev.governance.core.model.AssignmentStatus.parse(optText(node, "status")),
          !node.path("targetsKnown").isBoolean() || node.path("targetsKnown").booleanValue(),
          stringArray(node.path("scopeResources"), "scopeResources"));
      case "SCOPE_GRANT" -> new Grant.ScopeGrant(text(node, "applicationId"), text(node, "scope"),
          ModelJsonV1.access(node),
          text(node, "issuer"), optText(node, "grantId"), ConsentSource.parse(text(node, "source")),
          optText(node, "consentedBy"), instant(node, "created"), provenance);
      default -> throw new IllegalArgumentException(
          "unknown grant type '" + type
              + "'; expected MEMBERSHIP, APP_ASSIGNMENT, ROLE_ASSIGNMENT or SCOPE_GRANT");
    };
  }

  /**
   * Reads a grant straight from a parser, without building a tree; faster for large inventories.
   *
   * @param parser a parser positioned on the {@code START_OBJECT} of a grant written by {@link
   *     ModelJsonWriter#writeGrant}; left on its {@code END_OBJECT}
   * @return the grant
   * @throws IOException if the parser fails
   * @throws IllegalArgumentException if the object does not describe a valid grant
   */
  public static Grant readGrant(JsonParser parser) throws IOException {
    return GrantStreamReader.read(parser);
  }

  /**
   * Reads a provenance.
   *
   * @param node a JSON object written by {@link ModelJsonWriter#writeProvenance}
   * @return the provenance
   * @throws IllegalArgumentException if the object does not describe a provenance
   */
  public static Provenance readProvenance(JsonNode node) {
    String type = text(node, "type");
    return switch (type) {
      case "DIRECT" -> Provenance.direct();
      case "VIA_GROUP" -> Provenance.viaGroup(text(node, "groupId"));
      case "VIA_GROUP_RULE" -> Provenance.viaGroupRule(text(node, "ruleId"));
      case "VIA_UNNAMED_GROUP" -> Provenance.viaUnnamedGroup();
      default -> throw new IllegalArgumentException("unknown provenance type '" + type
          + "'; expected DIRECT, VIA_GROUP, VIA_UNNAMED_GROUP or VIA_GROUP_RULE");
    };
  }

  /**
   * Reads a coverage.
   *
   * @param node a JSON object written by {@link ModelJsonWriter#writeCoverage}
   * @return the coverage
   * @throws IllegalArgumentException if the object does not describe a coverage
   */
  public static Coverage readCoverage(JsonNode node) {
    String state = text(node, "state");
    return switch (state) {
      case "COMPLETE" -> Coverage.complete();
      case "NOT_REQUESTED" -> Coverage.notRequested();
      case "PARTIAL" -> Coverage.partial(text(node, "reason"), cause(node));
      case "UNAVAILABLE" -> Coverage.unavailable(
          text(node, "reason"), new LinkedHashSet<>(strings(node, "missingPermissions")), cause(node));
      default -> throw new IllegalArgumentException(
          "unknown coverage state '" + state
              + "'; expected COMPLETE, PARTIAL, UNAVAILABLE or NOT_REQUESTED");
    };
  }

  /** Reads a coverage's cause; files written before causes were recorded have none. */
  private static Coverage.Cause cause(JsonNode node) {
    JsonNode cause = node.get("cause");
    if (cause != null) {
      for (Coverage.Cause c : Coverage.Cause.values()) {
        if (c.name().equals(cause.asText())) {
          return c;
        }
      }
    }
    return Coverage.Cause.UNKNOWN;
  }

  /**
   * Reads custom attributes.
   *
   * @param node a JSON object written by {@link ModelJsonWriter#writeAttributes}, or a missing
   *     node for no attributes
   * @return the attributes
   * @throws IllegalArgumentException if a value is an object or a nested list
   */
  public static Attributes readAttributes(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return Attributes.empty();
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("'attributes' must be a JSON object");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      values.put(e.getKey(), value(e.getKey(), e.getValue()));
    }
    return Attributes.of(values);
  }

  /**
   * Reads where and when a snapshot was taken.
   *
   * @param node a JSON object written by {@link ModelJsonWriter#writeInfo}
   * @return the info
   */
  public static SnapshotInfo readInfo(JsonNode node) {
    return new SnapshotInfo(text(node, "tenant"), text(node, "connectorId"),
        requiredInstant(node, "startedAt"), requiredInstant(node, "completedAt"), mode(node.get("sync")));
  }

  /** Reads the optional {@code sync} object; a file without one was read in full. */
  private static SyncMode mode(@Nullable JsonNode sync) {
    if (sync == null || sync.isNull()) {
      return SyncMode.full();
    }
    String kind = text(sync, "kind");
    SyncMode.Kind k;
    try {
      k = SyncMode.Kind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("field 'sync.kind' must be FULL or DELTA, not " + Quoted.quote(kind), e);
    }
    Map<InventoryCollection, String> reRead = new java.util.EnumMap<>(InventoryCollection.class);
    JsonNode full = sync.get("reReadInFull");
    if (full != null && full.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = full.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        try {
          reRead.put(InventoryCollection.valueOf(e.getKey()), e.getValue().asText());
        } catch (IllegalArgumentException unknown) {
          // A collection a later release added: its reason is kept by nobody here.
        }
      }
    }
    return new SyncMode(k, instant(sync, "changesSince"), optText(sync, "basedOn"), optText(sync, "reason"), reRead);
  }

  private static @Nullable Object value(String name, JsonNode v) {
    if (v.isNull()) {
      return null;
    }
    if (v.isTextual()) {
      return v.textValue();
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isIntegralNumber()) {
      return v.canConvertToLong() ? (Object) v.longValue() : new BigDecimal(v.bigIntegerValue());
    }
    if (v.isNumber()) {
      BigDecimal exact = v.decimalValue();
      double d = v.doubleValue();
      boolean fits = Double.isFinite(d) && new BigDecimal(Double.toString(d)).compareTo(exact) == 0;
      return fits ? (Object) d : exact;
    }
    if (v.isArray()) {
      List<Object> items = new ArrayList<>(v.size());
      for (JsonNode item : v) {
        if (item.isArray() || item.isObject()) {
          throw new IllegalArgumentException("attribute '" + name + "' holds a nested value; only flat lists are supported");
        }
        Object x = value(name, item);
        if (x != null) {
          items.add(x);
        }
      }
      return items;
    }
    throw new IllegalArgumentException("attribute '" + name + "' holds an object; only values and flat lists are supported");
  }

  private static NetworkRestriction network(JsonNode node) {
    if (node.isMissingNode()) {
      return NetworkRestriction.anywhere();
    }
    return new NetworkRestriction(text(node, "connection"),
        new LinkedHashSet<>(strings(node, "include")), new LinkedHashSet<>(strings(node, "exclude")));
  }

  private static List<RoleTarget> targets(JsonNode node) {
    if (node.isMissingNode()) {
      return List.of();
    }
    List<RoleTarget> targets = new ArrayList<>(node.size());
    for (JsonNode t : node) {
      String kind = text(t, "kind");
      RoleTarget.Kind k;
      try {
        k = RoleTarget.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        k = RoleTarget.Kind.UNKNOWN;
      }
      targets.add(new RoleTarget(k, text(t, "id")));
    }
    return targets;
  }

  private static EntityKind kind(JsonNode node, String field) {
    String value = text(node, field);
    try {
      return EntityKind.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("field '" + field + "' has unknown entity kind '" + value + "'", e);
    }
  }

}
