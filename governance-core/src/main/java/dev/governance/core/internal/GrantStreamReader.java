package dev.governance.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.governance.core.model.AccessMode;
import dev.governance.core.model.ConsentSource;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Provenance;
import dev.governance.core.model.RoleTarget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads a grant straight from the parser's tokens, without building a tree: grants are the bulk of
 * a large inventory. Accepts exactly what {@link ModelJsonReader#readGrant} accepts; unknown fields
 * are skipped.
 */
final class GrantStreamReader {

  private GrantStreamReader() {}

  static Grant read(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw new IllegalArgumentException("a grant must be a JSON object");
    }
    String type = null;
    String subjectKind = null;
    String subjectId = null;
    String targetId = null;
    String applicationId = null;
    String assignmentId = null;
    String issuer = null;
    String source = null;
    String access = null;
    String consentedBy = null;
    String created = null;
    List<RoleTarget> targets = List.of();
    String status = null;
    boolean targetsKnown = true;
    List<String> scope = List.of();
    Provenance provenance = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "type" -> type = text(p, field);
        case "memberKind", "assigneeKind" -> subjectKind = text(p, field);
        case "memberId", "assigneeId" -> subjectId = text(p, field);
        case "groupId", "roleId", "scope" -> targetId = text(p, field);
        case "applicationId" -> applicationId = text(p, field);
        case "assignmentId", "grantId" -> assignmentId = text(p, field);
        case "issuer" -> issuer = text(p, field);
        case "source" -> source = text(p, field);
        case "access" -> access = text(p, field);
        case "consentedBy" -> consentedBy = text(p, field);
        case "created" -> created = text(p, field);
        case "targets" -> targets = targets(p);
        case "status" -> status = text(p, field);
        case "targetsKnown" -> {
          if (!value.isBoolean()) {
            throw new IllegalArgumentException("field 'targetsKnown' must be a boolean");
          }
          targetsKnown = value == JsonToken.VALUE_TRUE;
        }
        case "scopeResources" -> scope = strings(p, field);
        case "provenance" -> provenance = provenance(p);
        default -> {
          if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
            p.skipChildren();
          }
        }
      }
    }
    if (type == null) {
      throw new IllegalArgumentException("missing field 'type'");
    }
    if (provenance == null) {
      throw new IllegalArgumentException("missing field 'provenance'");
    }
    return switch (type) {
      case "MEMBERSHIP" -> new Grant.Membership(kind(subjectKind, "memberKind"),
          required(subjectId, "memberId"), required(targetId, "groupId"), provenance);
      case "APP_ASSIGNMENT" -> new Grant.AppAssignment(kind(subjectKind, "assigneeKind"),
          required(subjectId, "assigneeId"), required(applicationId, "applicationId"), provenance);
      case "ROLE_ASSIGNMENT" -> new Grant.RoleAssignment(kind(subjectKind, "assigneeKind"),
          required(subjectId, "assigneeId"), required(targetId, "roleId"), targets, assignmentId,
          provenance, dev.governance.core.model.AssignmentStatus.parse(status), targetsKnown, scope);
      case "SCOPE_GRANT" -> new Grant.ScopeGrant(required(applicationId, "applicationId"),
          required(targetId, "scope"),
          access == null ? ModelJsonV1.access(required(targetId, "scope")) : AccessMode.parse(access),
          required(issuer, "issuer"), assignmentId,
          ConsentSource.parse(required(source, "source")), consentedBy, JsonFields.instant(created, "created"), provenance);
      default -> throw new IllegalArgumentException("unknown grant type '" + type
          + "'; expected MEMBERSHIP, APP_ASSIGNMENT, ROLE_ASSIGNMENT or SCOPE_GRANT");
    };
  }

  private static Provenance provenance(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw new IllegalArgumentException("field 'provenance' must be an object");
    }
    String type = null;
    String id = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "type" -> type = text(p, field);
        case "groupId", "ruleId" -> id = text(p, field);
        default -> {
          if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
            p.skipChildren();
          }
        }
      }
    }
    if ("DIRECT".equals(type)) {
      return Provenance.direct();
    }
    if ("VIA_GROUP".equals(type)) {
      return Provenance.viaGroup(required(id, "groupId"));
    }
    if ("VIA_GROUP_RULE".equals(type)) {
      return Provenance.viaGroupRule(required(id, "ruleId"));
    }
    if ("VIA_UNNAMED_GROUP".equals(type)) {
      return Provenance.viaUnnamedGroup();
    }
    throw new IllegalArgumentException("unknown provenance type '" + type
        + "'; expected DIRECT, VIA_GROUP, VIA_UNNAMED_GROUP or VIA_GROUP_RULE");
  }

  private static List<String> strings(JsonParser p, String field) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw new IllegalArgumentException("field '" + field + "' must be an array of strings");
    }
    List<String> values = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw new IllegalArgumentException("field '" + field + "' must be an array of strings");
      }
      values.add(p.getText());
    }
    return values;
  }

  private static List<RoleTarget> targets(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw new IllegalArgumentException("field 'targets' must be an array");
    }
    List<RoleTarget> targets = new ArrayList<>();
    while (p.nextToken() == JsonToken.START_OBJECT) {
      String kind = null;
      String id = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("kind")) {
          kind = text(p, field);
        } else if (field.equals("id")) {
          id = text(p, field);
        } else if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
          p.skipChildren();
        }
      }
      RoleTarget.Kind k;
      try {
        k = RoleTarget.Kind.valueOf(required(kind, "kind").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        k = RoleTarget.Kind.UNKNOWN;
      }
      targets.add(new RoleTarget(k, required(id, "id")));
    }
    return targets;
  }

  private static String text(JsonParser p, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw new IllegalArgumentException("field '" + field + "' must be a string");
    }
    return p.getText();
  }

  private static String required(@Nullable String value, String field) {
    if (value == null) {
      throw new IllegalArgumentException("missing field '" + field + "'");
    }
    return value;
  }

  private static EntityKind kind(@Nullable String value, String field) {
    try {
      return EntityKind.valueOf(required(value, field));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("field '" + field + "' has unknown entity kind '" + value + "'", e);
    }
  }
}
