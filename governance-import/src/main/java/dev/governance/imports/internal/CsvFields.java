package dev.governance.imports.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.governance.core.internal.ModelJsonReader;
import dev.governance.core.internal.Quoted;
import dev.governance.core.model.Attributes;
import dev.governance.core.model.NetworkRestriction;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one CSV file's current row, read by column name and converted, each problem
 * reported with the file, the line and the column. A column the header lacks reads as empty.
 */
final class CsvFields {

  static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private final String file;
  private final String setting;
  private final Problems problems;
  private final Map<String, Integer> index;
  private final List<String> header;
  private final BitSet used = new BitSet();
  private CsvRecords.@Nullable Row row;
  private boolean failed;

  private CsvFields(String file, String setting, Problems problems, List<String> header) {
    this.file = file;
    this.setting = setting;
    this.problems = problems;
    this.header = header;
    this.index = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      index.put(header.get(i), i);
    }
  }

  /**
   * Reads a header row: every column must be known, none given twice, every required one present.
   *
   * @return the fields, or {@code null} if the header is not usable (problems added)
   */
  static @Nullable CsvFields header(String file, String setting, Problems problems,
      CsvRecords.@Nullable Row header, List<String> known, List<String> required) {
    if (header == null) {
      problems.add(setting, file + " line 1", "the file is empty; it needs a header row that names"
          + " its columns: " + String.join(",", known));
      return null;
    }
    List<String> names = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    boolean usable = true;
    for (String raw : header.fields()) {
      String name = raw.strip().toLowerCase(Locale.ROOT);
      names.add(name);
      if (!known.contains(name)) {
        problems.add(setting, file + " line 1, column " + Quoted.quote(raw), "not a column of "
            + file + " (format version 2); the columns are " + String.join(", ", known)
            + ". Rename it or remove it");
        usable = false;
      } else if (!seen.add(name)) {
        problems.add(setting, file + " line 1, column " + name, "the column is named twice; keep"
            + " one of them");
        usable = false;
      }
    }
    for (String r : required) {
      if (!seen.contains(r)) {
        problems.add(setting, file + " line 1", "the header has no column " + r + "; add it (the"
            + " columns are " + String.join(", ", known) + ")");
        usable = false;
      }
    }
    return usable ? new CsvFields(file, setting, problems, names) : null;
  }

  /**
   * Moves to a row.
   *
   * @return {@code false} if its number of fields is not the header's (a problem is added)
   */
  boolean start(CsvRecords.Row next) {
    this.row = next;
    this.failed = false;
    used.clear();
    if (next.fields().size() != header.size()) {
      problems.add(setting, file + " line " + next.line(), "the row has " + next.fields().size()
          + " fields but the header " + header.size() + "; quote a field that holds a comma, and"
          + " give every row the header's columns");
      failed = true;
      return false;
    }
    return true;
  }

  /** Whether the row is blank: one empty field, as a trailing line break leaves. */
  static boolean blank(CsvRecords.Row r) {
    return r.fields().size() == 1 && r.fields().get(0).isBlank();
  }

  /** Where a column of the current row is, for a message. */
  String where(String column) {
    return file + " line " + current().line() + ", column " + column;
  }

  /** The current row's line. */
  long line() {
    return current().line();
  }

  private CsvRecords.Row current() {
    CsvRecords.Row r = row;
    if (r == null) {
      throw new IllegalStateException("no row");
    }
    return r;
  }

  /** Adds a problem at a column of the current row. */
  void problem(String column, String message) {
    failed = true;
    problems.add(setting, where(column), message);
  }

  /** Whether a problem was found in the current row. */
  boolean failed() {
    return failed;
  }

  /** The text of a column, or {@code null} when empty or absent. */
  @Nullable String text(String column) {
    Integer i = index.get(column);
    if (i == null) {
      return null;
    }
    used.set(i);
    String v = current().fields().get(i);
    return v.isEmpty() ? null : v;
  }

  /** The text of a column that must not be empty. */
  @Nullable String required(String column, String what) {
    String v = text(column);
    if (v == null || v.isBlank()) {
      problem(column, "missing " + what + "; every such row needs one");
      return null;
    }
    return v;
  }

  /** An ISO-8601 instant, or {@code null} when empty. */
  @Nullable Instant instant(String column) {
    String v = text(column);
    if (v == null) {
      return null;
    }
    try {
      return Instant.parse(v.strip());
    } catch (DateTimeParseException e) {
      problem(column, Quoted.quote(v) + " is not an ISO-8601 instant in UTC; write it as"
          + " 2026-01-31T12:00:00Z");
      return null;
    }
  }

  /** The constant of an enum named by a column, matched without regard to case. */
  <E extends Enum<E>> @Nullable E constant(String column, Class<E> type, boolean required) {
    String v = text(column);
    if (v == null || v.isBlank()) {
      if (required) {
        problem(column, "missing " + column.replace('_', ' ') + "; write one of " + names(type));
      }
      return null;
    }
    return constant(column, type, v);
  }

  private static <E extends Enum<E>> String names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  /** The constant of an enum named by a text, matched without regard to case. */
  <E extends Enum<E>> @Nullable E constant(String column, Class<E> type, String v) {
    return constant(column, column.replace('_', ' '), type, v);
  }

  /** The constant of an enum named by a text, matched without regard to case. */
  <E extends Enum<E>> @Nullable E constant(String column, String what, Class<E> type, String v) {
    String key = v.strip().toUpperCase(Locale.ROOT);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(key)) {
        return e;
      }
    }
    problem(column, Quoted.quote(v) + " is not a known " + what + "; use one of " + names(type));
    return null;
  }

  /** A boolean, {@code true} or {@code false}; the default when empty. */
  boolean bool(String column, boolean otherwise) {
    String v = text(column);
    if (v == null) {
      return otherwise;
    }
    if (v.strip().equalsIgnoreCase("true")) {
      return true;
    }
    if (v.strip().equalsIgnoreCase("false")) {
      return false;
    }
    problem(column, Quoted.quote(v) + " is not a boolean; write true or false");
    return otherwise;
  }

  /** A list: items separated by whitespace, or a JSON array of strings. Empty for no items. */
  List<String> list(String column) {
    String v = text(column);
    if (v == null || v.isBlank()) {
      return List.of();
    }
    if (!v.stripLeading().startsWith("[")) {
      return List.of(v.strip().split("\\s+"));
    }
    try {
      JsonNode node = JSON.readTree(v);
      List<String> items = new ArrayList<>();
      boolean strings = node != null && node.isArray();
      if (node != null && strings) {
        for (JsonNode item : node) {
          strings &= item.isTextual() && !item.textValue().isBlank();
          items.add(item.asText());
        }
      }
      if (strings) {
        return items;
      }
    } catch (JsonProcessingException e) {
      // reported below
    }
    problem(column, Quoted.quote(v) + " is not a list; separate the items by spaces, or write a"
        + " JSON array of strings such as [\"a b\",\"c\"]");
    return List.of();
  }

  /** Custom attributes: a JSON object of strings, booleans, numbers and flat lists of those. */
  Attributes attributes(String column) {
    String v = text(column);
    if (v == null || v.isBlank()) {
      return Attributes.empty();
    }
    try {
      JsonNode node = JSON.readTree(v);
      if (node != null && node.isObject()) {
        return ModelJsonReader.readAttributes(node);
      }
      problem(column, "the attributes must be one JSON object, such as {\"department\":\"Sales\"}");
    } catch (JsonProcessingException e) {
      problem(column, "the attributes are not valid JSON (" + e.getOriginalMessage() + "); write one"
          + " JSON object, such as {\"department\":\"Sales\"}");
    } catch (IllegalArgumentException e) {
      problem(column, e.getMessage() + "; give each attribute a string, a boolean, a number or a"
          + " flat list of those");
    }
    return Attributes.empty();
  }

  /** Where a token may be used from: a connection alone, or a JSON object with zones. */
  NetworkRestriction network(String column) {
    String v = text(column);
    if (v == null || v.isBlank()) {
      return NetworkRestriction.anywhere();
    }
    if (!v.stripLeading().startsWith("{")) {
      return new NetworkRestriction(v.strip(), Set.of(), Set.of());
    }
    try {
      JsonNode node = JSON.readTree(v);
      if (node != null && node.path("connection").isTextual()) {
        return new NetworkRestriction(node.path("connection").textValue(),
            strings(node.path("include")), strings(node.path("exclude")));
      }
    } catch (JsonProcessingException | IllegalArgumentException e) {
      // reported below
    }
    problem(column, Quoted.quote(v) + " is not a network restriction; write ANYWHERE, or an object"
        + " such as {\"connection\":\"ZONE\",\"include\":[\"nzo1\"],\"exclude\":[]}");
    return NetworkRestriction.anywhere();
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> values = new LinkedHashSet<>();
    if (array.isMissingNode()) {
      return values;
    }
    if (!array.isArray()) {
      throw new IllegalArgumentException("not an array");
    }
    for (JsonNode item : array) {
      if (!item.isTextual()) {
        throw new IllegalArgumentException("not a string");
      }
      values.add(item.textValue());
    }
    return values;
  }

  /**
   * Refuses a value in a column the current row's kind does not use.
   *
   * @param kind the row's kind, for the message
   * @param ignored columns any row may fill, e.g. names shown for people
   */
  void requireUnusedEmpty(String kind, Set<String> ignored) {
    CsvRecords.Row r = current();
    for (int i = 0; i < header.size(); i++) {
      if (!used.get(i) && !ignored.contains(header.get(i)) && !r.fields().get(i).isEmpty()) {
        problem(header.get(i), "the column does not apply to a " + kind + " row; leave it empty");
      }
    }
  }
}
