package dev.governance.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a JSON object of the model's form, read with the checks every reader makes: a
 * field of the wrong type or a malformed instant fails with an {@link IllegalArgumentException}
 * that names the field.
 */
final class JsonFields {

  private JsonFields() {}

  /** The field's value; a missing or null field is an error. */
  static JsonNode required(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("missing field '" + field + "'");
    }
    return v;
  }

  /** The field's string; a missing, null or non-string field is an error. */
  static String text(JsonNode node, String field) {
    JsonNode v = required(node, field);
    if (!v.isTextual()) {
      throw new IllegalArgumentException("field '" + field + "' must be a string");
    }
    return v.textValue();
  }

  /** The field's string, or {@code null} for a missing or null field; a non-string is an error. */
  static @Nullable String optText(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException("field '" + field + "' must be a string");
    }
    return v.textValue();
  }

  /** The field's ISO-8601 instant, or {@code null} for a missing or null field. */
  static @Nullable Instant instant(JsonNode node, String field) {
    return instant(optText(node, field), field);
  }

  /** The text of {@code field} as an ISO-8601 instant, or {@code null} for none. */
  static @Nullable Instant instant(@Nullable String text, String field) {
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "field '" + field + "' is not an ISO-8601 instant such as 2026-01-31T12:00:00Z: '" + text + "'", e);
    }
  }

  /** The field's ISO-8601 instant; a missing or null field is an error. */
  static Instant requiredInstant(JsonNode node, String field) {
    Instant i = instant(node, field);
    if (i == null) {
      throw new IllegalArgumentException("missing field '" + field + "'");
    }
    return i;
  }

  /** The field's array of strings, empty for a missing field; null, non-arrays and non-strings are errors. */
  static List<String> strings(JsonNode node, String field) {
    JsonNode array = node.path(field);
    return array.isMissingNode() ? List.of() : texts(array, field, "must hold only strings");
  }

  /**
   * The strings of {@code array}, the value of {@code field}: empty for a missing or null value;
   * anything but an array of strings is an error.
   */
  static List<String> stringArray(JsonNode array, String field) {
    return array.isMissingNode() || array.isNull() ? List.of()
        : texts(array, field, "must be an array of strings");
  }

  private static List<String> texts(JsonNode array, String field, String notText) {
    if (!array.isArray()) {
      throw new IllegalArgumentException("field '" + field + "' must be an array of strings");
    }
    List<String> values = new ArrayList<>(array.size());
    for (JsonNode item : array) {
      if (!item.isTextual()) {
        throw new IllegalArgumentException("field '" + field + "' " + notText);
      }
      values.add(item.textValue());
    }
    return values;
  }
}
