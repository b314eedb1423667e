package dev.governance.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.governance.core.model.ApiToken;
import dev.governance.core.model.Application;
import dev.governance.core.model.Attributes;
import dev.governance.core.model.AuthFactor;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.Entity;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Group;
import dev.governance.core.model.GroupRule;
import dev.governance.core.model.Identity;
import dev.governance.core.model.NetworkRestriction;
import dev.governance.core.model.Provenance;
import dev.governance.core.model.Role;
import dev.governance.core.model.RoleTarget;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.SnapshotInfo;
import dev.governance.core.snapshot.SyncMode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Writes the model as JSON, one item at a time, into a generator the caller owns and positions.
 *
 * <pre>{@code
 * try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
 *   g.writeStartArray();
 *   for (Identity i : snapshot.identities()) {
 *     ModelJsonWriter.writeEntity(g, i);
 *   }
 *   g.writeEndArray();
 * }
 * }</pre>
 *
 * <p>Stateless; the methods may be called from any thread with distinct generators.
 *
 * @since 0.1
 */
public final class ModelJsonWriter {

  private ModelJsonWriter() {}

  /**
   * Writes an entity as one JSON object, with its {@code kind} first.
   *
   * @param g the generator, positioned where a value may be written
   * @param entity the entity
   * @throws IOException if the generator cannot write
   */
  public static void writeEntity(JsonGenerator g, Entity entity) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", entity.kind().name());
    g.writeStringField("id", entity.id());
    if (entity instanceof Identity i) {
      g.writeStringField("login", i.login());
      text(g, "email", i.email());
      text(g, "displayName", i.displayName());
      g.writeStringField("status", i.status().name());
      g.writeStringField("rawStatus", i.rawStatus());
      instant(g, "created", i.created());
      instant(g, "activated", i.activated());
      instant(g, "lastLogin", i.lastLogin());
      instant(g, "lastUpdated", i.lastUpdated());
      attributes(g, i.attributes());
    } else if (entity instanceof Group x) {
      g.writeStringField("name", x.name());
      text(g, "description", x.description());
      g.writeStringField("type", x.type().name());
      text(g, "sourceApplicationId", x.sourceApplicationId());
      instant(g, "created", x.created());
      instant(g, "lastUpdated", x.lastUpdated());
      instant(g, "lastMembershipUpdated", x.lastMembershipUpdated());
      attributes(g, x.attributes());
    } else if (entity instanceof Application a) {
      g.writeStringField("name", a.name());
      g.writeStringField("label", a.label());
      g.writeStringField("status", a.status().name());
      g.writeStringField("protocol", a.protocol().name());
      g.writeStringField("signOnMode", a.signOnMode());
      instant(g, "created", a.created());
      instant(g, "lastUpdated", a.lastUpdated());
      g.writeBooleanField("oauthClient", a.oauthClient());
      attributes(g, a.attributes());
    } else if (entity instanceof Role r) {
      g.writeStringField("label", r.label());
      g.writeStringField("privilege", r.privilege().name());
      g.writeStringField("providerType", r.providerType());
      strings(g, "permissions", r.permissions(), true);
      text(g, "description", r.description());
    } else if (entity instanceof ApiToken t) {
      g.writeStringField("name", t.name());
      g.writeStringField("ownerId", t.ownerId());
      text(g, "clientName", t.clientName());
      instant(g, "created", t.created());
      instant(g, "expires", t.expires());
      instant(g, "lastUpdated", t.lastUpdated());
      g.writeFieldName("network");
      writeNetwork(g, t.network());
      if (t.lastUse() != null) {
        g.writeObjectFieldStart("lastUse");
        instant(g, "at", t.lastUse().at());
        g.writeStringField("source", t.lastUse().source().name());
        g.writeEndObject();
      }
    } else if (entity instanceof AuthFactor f) {
      g.writeStringField("identityId", f.identityId());
      g.writeStringField("strength", f.strength().name());
      g.writeStringField("rawType", f.rawType());
      text(g, "provider", f.provider());
      g.writeStringField("status", f.status().name());
      instant(g, "created", f.created());
      instant(g, "lastUpdated", f.lastUpdated());
    } else {
      GroupRule r = (GroupRule) entity;
      g.writeStringField("name", r.name());
      g.writeStringField("status", r.status().name());
      strings(g, "targetGroupIds", r.targetGroupIds(), false);
      text(g, "expression", r.expression());
      strings(g, "excludedIdentityIds", r.excludedIdentityIds(), true);
    }
    g.writeEndObject();
  }

  /**
   * Writes a grant as one JSON object, with its {@code type} first ({@code MEMBERSHIP}, {@code
   * APP_ASSIGNMENT}, {@code ROLE_ASSIGNMENT} or {@code SCOPE_GRANT}).
   *
   * @param g the generator, positioned where a value may be written
   * @param grant the grant
   * @throws IOException if the generator cannot write
   */
  public static void writeGrant(JsonGenerator g, Grant grant) throws IOException {
    g.writeStartObject();
    if (grant instanceof Grant.Membership m) {
      g.writeStringField("type", "MEMBERSHIP");
      g.writeStringField("memberKind", m.memberKind().name());
      g.writeStringField("memberId", m.memberId());
      g.writeStringField("groupId", m.groupId());
    } else if (grant instanceof Grant.AppAssignment a) {
      g.writeStringField("type", "APP_ASSIGNMENT");
      g.writeStringField("assigneeKind", a.assigneeKind().name());
      g.writeStringField("assigneeId", a.assigneeId());
      g.writeStringField("applicationId", a.applicationId());
    } else if (grant instanceof Grant.RoleAssignment r) {
      g.writeStringField("type", "ROLE_ASSIGNMENT");
      g.writeStringField("assigneeKind", r.assigneeKind().name());
      g.writeStringField("assigneeId", r.assigneeId());
      g.writeStringField("roleId", r.roleId());
      if (!r.targets().isEmpty()) {
        g.writeArrayFieldStart("targets");
        for (RoleTarget t : r.targets()) {
          g.writeStartObject();
          g.writeStringField("kind", t.kind().name());
          g.writeStringField("id", t.id());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      text(g, "assignmentId", r.assignmentId());
      if (r.status() != dev.governance.core.model.AssignmentStatus.ACTIVE) {
        g.writeStringField("status", r.status().name());
      }
      if (!r.targetsKnown()) {
        g.writeBooleanField("targetsKnown", false);
      }
      if (!r.scope().isEmpty()) {
        g.writeArrayFieldStart("scopeResources");
        for (String resource : r.scope()) {
          g.writeString(resource);
        }
        g.writeEndArray();
      }
    } else {
      Grant.ScopeGrant s = (Grant.ScopeGrant) grant;
      g.writeStringField("type", "SCOPE_GRANT");
      g.writeStringField("applicationId", s.applicationId());
      g.writeStringField("scope", s.scope());
      g.writeStringField("access", s.access().name());
      g.writeStringField("issuer", s.issuer());
      text(g, "grantId", s.grantId());
      g.writeStringField("source", s.source().name());
      text(g, "consentedBy", s.consentedBy());
      instant(g, "created", s.created());
    }
    g.writeFieldName("provenance");
    writeProvenance(g, grant.provenance());
    g.writeEndObject();
  }

  /**
   * Writes a provenance: {@code {"type":"DIRECT"}}, {@code {"type":"VIA_GROUP","groupId":…}},
   * {@code {"type":"VIA_UNNAMED_GROUP"}} or {@code {"type":"VIA_GROUP_RULE","ruleId":…}}.
   *
   * @param g the generator
   * @param provenance the provenance
   * @throws IOException if the generator cannot write
   */
  public static void writeProvenance(JsonGenerator g, Provenance provenance) throws IOException {
    g.writeStartObject();
    if (provenance instanceof Provenance.ViaGroup v) {
      g.writeStringField("type", "VIA_GROUP");
      g.writeStringField("groupId", v.groupId());
    } else if (provenance instanceof Provenance.ViaGroupRule r) {
      g.writeStringField("type", "VIA_GROUP_RULE");
      g.writeStringField("ruleId", r.ruleId());
    } else if (provenance == Provenance.viaUnnamedGroup()) {
      g.writeStringField("type", "VIA_UNNAMED_GROUP");
    } else if (provenance.isDirect()) {
      g.writeStringField("type", "DIRECT");
    } else {
      throw new IllegalArgumentException("no JSON form for the provenance " + provenance.getClass().getName());
    }
    g.writeEndObject();
  }

  /**
   * Writes a coverage: {@code {"state":"COMPLETE"}}, {@code {"state":"NOT_REQUESTED"}}, {@code
   * {"state":"PARTIAL","reason":…,"cause":…}} or {@code {"state":"UNAVAILABLE","reason":…,
   * "cause":…,"missingPermissions":[…]}}.
   *
   * @param g the generator
   * @param coverage the coverage
   * @throws IOException if the generator cannot write
   */
  public static void writeCoverage(JsonGenerator g, Coverage coverage) throws IOException {
    g.writeStartObject();
    if (coverage instanceof Coverage.Partial p) {
      g.writeStringField("state", "PARTIAL");
      g.writeStringField("reason", p.reason());
      g.writeStringField("cause", p.cause().name());
    } else if (coverage instanceof Coverage.Unavailable u) {
      g.writeStringField("state", "UNAVAILABLE");
      g.writeStringField("reason", u.reason());
      g.writeStringField("cause", u.cause().name());
      strings(g, "missingPermissions", u.missingPermissions(), true);
    } else if (coverage == Coverage.complete()) {
      g.writeStringField("state", "COMPLETE");
    } else if (coverage == Coverage.notRequested()) {
      g.writeStringField("state", "NOT_REQUESTED");
    } else {
      throw new IllegalArgumentException("no JSON form for the coverage " + coverage.getClass().getName());
    }
    g.writeEndObject();
  }

  /**
   * Writes custom attributes as a JSON object, in their order.
   *
   * @param g the generator
   * @param attributes the attributes
   * @throws IOException if the generator cannot write
   */
  public static void writeAttributes(JsonGenerator g, Attributes attributes) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, Object> e : attributes.asMap().entrySet()) {
      g.writeFieldName(e.getKey());
      value(g, e.getValue());
    }
    g.writeEndObject();
  }

  /**
   * Writes where and when a snapshot was taken.
   *
   * @param g the generator
   * @param info the info
   * @throws IOException if the generator cannot write
   */
  public static void writeInfo(JsonGenerator g, SnapshotInfo info) throws IOException {
    g.writeStartObject();
    g.writeStringField("tenant", info.tenant());
    g.writeStringField("connectorId", info.connectorId());
    g.writeStringField("startedAt", info.startedAt().toString());
    g.writeStringField("completedAt", info.completedAt().toString());
    SyncMode mode = info.mode();
    if (!mode.equals(SyncMode.full())) {
      g.writeObjectFieldStart("sync");
      g.writeStringField("kind", mode.kind().name());
      if (mode.changesSince() != null) {
        g.writeStringField("changesSince", mode.changesSince().toString());
      }
      if (mode.basedOn() != null) {
        g.writeStringField("basedOn", mode.basedOn());
      }
      if (mode.reason() != null) {
        g.writeStringField("reason", mode.reason());
      }
      if (!mode.reReadInFull().isEmpty()) {
        g.writeObjectFieldStart("reReadInFull");
        for (Map.Entry<InventoryCollection, String> e : mode.reReadInFull().entrySet()) {
          g.writeStringField(e.getKey().name(), e.getValue());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void writeNetwork(JsonGenerator g, NetworkRestriction n) throws IOException {
    g.writeStartObject();
    g.writeStringField("connection", n.connection());
    strings(g, "include", n.include(), true);
    strings(g, "exclude", n.exclude(), true);
    g.writeEndObject();
  }

  private static void value(JsonGenerator g, Object v) throws IOException {
    if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof Double d) {
      g.writeNumber(d);
    } else if (v instanceof BigDecimal d) {
      g.writeNumber(d);
    } else if (v instanceof List<?> list) {
      g.writeStartArray();
      for (Object item : list) {
        value(g, item);
      }
      g.writeEndArray();
    } else {
      throw new IllegalArgumentException("unsupported attribute value type " + v.getClass().getName());
    }
  }

  private static void attributes(JsonGenerator g, Attributes attributes) throws IOException {
    if (!attributes.isEmpty()) {
      g.writeFieldName("attributes");
      writeAttributes(g, attributes);
    }
  }

  private static void strings(JsonGenerator g, String name, Collection<String> values, boolean sort)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : sort ? new TreeSet<>(values) : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void text(JsonGenerator g, String name, @Nullable String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  private static void instant(JsonGenerator g, String name, @Nullable Instant value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value.toString());
    }
  }
}
