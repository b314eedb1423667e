package dev.governance.imports.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.governance.core.internal.Quoted;
import dev.governance.core.model.ApplicationStatus;
import dev.governance.core.model.AssignmentStatus;
import dev.governance.core.model.ConsentSource;
import dev.governance.core.model.FactorStatus;
import dev.governance.core.model.FactorStrength;
import dev.governance.core.model.GroupType;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.RoleTarget;
import dev.governance.core.model.PrivilegeLevel;
import dev.governance.core.model.RuleStatus;
import dev.governance.core.model.AppProtocol;
import dev.governance.core.model.AccessMode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The enum-valued fields of the snapshot JSON format, per entity kind and grant type. The model's
 * reader maps a value it does not know to the enum's {@code UNKNOWN}, as a provider's values are
 * mapped; an import refuses it instead, since a file is fixed more easily than a provider.
 */
final class JsonEnums {

  private JsonEnums() {}

  /** Format version 2: neutral categories beside the provider's raw values, which are free text. */
  private static final Map<String, Map<String, Class<? extends Enum<?>>>> ENTITIES = Map.of(
      "IDENTITY", Map.of("status", IdentityStatus.class),
      "GROUP", Map.of("type", GroupType.class),
      "APPLICATION", Map.of("status", ApplicationStatus.class, "protocol", AppProtocol.class),
      "ROLE", Map.of("privilege", PrivilegeLevel.class),
      "AUTH_FACTOR", Map.of("strength", FactorStrength.class, "status", FactorStatus.class),
      "GROUP_RULE", Map.of("status", RuleStatus.class));

  private static final Map<String, Map<String, Class<? extends Enum<?>>>> GRANTS = Map.of(
      "ROLE_ASSIGNMENT", Map.of("status", AssignmentStatus.class),
      "SCOPE_GRANT", Map.of("source", ConsentSource.class, "access", AccessMode.class));

  /**
   * Format version 1 held the provider's value in the fields that now hold a category (an
   * identity's status, an application's sign-on mode, a role's and a factor's type), which the
   * model's reader maps; only the fields whose enums are unchanged are checked.
   */
  private static final Map<String, Map<String, Class<? extends Enum<?>>>> ENTITIES_V1 = Map.of(
      "GROUP", Map.of("type", GroupType.class),
      "APPLICATION", Map.of("status", ApplicationStatus.class),
      "AUTH_FACTOR", Map.of("status", FactorStatus.class),
      "GROUP_RULE", Map.of("status", RuleStatus.class));

  private static final Map<String, Map<String, Class<? extends Enum<?>>>> GRANTS_V1 = Map.of(
      "ROLE_ASSIGNMENT", Map.of("status", AssignmentStatus.class),
      "SCOPE_GRANT", Map.of("source", ConsentSource.class));

  /** A field whose value is not a constant of its enum. */
  record Bad(String field, String message) {}

  /**
   * Checks the enum fields of an entity (by its {@code kind}) or a grant (by its {@code type}) of a
   * file of a format version.
   */
  static Optional<Bad> check(JsonNode item, boolean entity, int version) {
    String key = entity ? item.path("kind").asText() : item.path("type").asText();
    Map<String, Map<String, Class<? extends Enum<?>>>> table = version >= 2
        ? (entity ? ENTITIES : GRANTS) : (entity ? ENTITIES_V1 : GRANTS_V1);
    Map<String, Class<? extends Enum<?>>> fields = table.getOrDefault(key, Map.of());
    for (Map.Entry<String, Class<? extends Enum<?>>> e : fields.entrySet()) {
      Optional<Bad> bad = check(item.path(e.getKey()), e.getKey(), e.getValue());
      if (bad.isPresent()) {
        return bad;
      }
    }
    if (!entity && key.equals("ROLE_ASSIGNMENT") && item.path("targets").isArray()) {
      int i = 0;
      for (JsonNode t : item.path("targets")) {
        Optional<Bad> bad = check(t.path("kind"), "targets/" + i + "/kind", RoleTarget.Kind.class);
        if (bad.isPresent()) {
          return bad;
        }
        i++;
      }
    }
    return Optional.empty();
  }

  private static Optional<Bad> check(JsonNode value, String field, Class<? extends Enum<?>> type) {
    if (!value.isTextual()) {
      return Optional.empty(); // a missing or non-text value: the model's reader names it
    }
    List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    if (names.contains(value.textValue())) {
      return Optional.empty();
    }
    return Optional.of(new Bad(field, Quoted.quote(value.textValue()) + " is not a known "
        + field.replaceAll(".*/", "") + "; use one of " + names.stream().collect(Collectors.joining(", "))));
  }
}
