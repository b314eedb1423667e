package dev.governance.testkit.scim.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.governance.testkit.okta.internal.query.Scim;
import dev.governance.testkit.okta.internal.state.OktaError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * RFC 7644 §3.4.2.2 filters, parsed by the expression parser the fake Okta tenant uses for Okta's
 * SCIM-like {@code search} (comparisons {@code eq sw co ew gt ge lt le pr} joined by {@code
 * and}/{@code or}, with parentheses); {@code not}, {@code ne} and value paths in brackets are not
 * supported and get 400 {@code invalidFilter}. Attribute paths are matched ignoring case, through
 * sub-attributes ({@code name.familyName}), multi-valued attributes ({@code emails.value}) and
 * extension URNs ({@code urn:...:enterprise:2.0:User:department}).
 */
public final class ScimFilter {
  private static final Scim.Dialect DIALECT = cmp -> {};

  private final Scim.Expr expr;

  private ScimFilter(Scim.Expr expr) {
    this.expr = expr;
  }

  /**
   * Parses a filter.
   *
   * @param text the filter
   * @return the filter
   * @throws ScimError 400 invalidFilter when it does not parse
   */
  public static ScimFilter parse(String text) {
    if (text.contains("[")) {
      throw ScimError.bad("invalidFilter", "Value paths in brackets are not supported in filters: "
          + text);
    }
    try {
      return new ScimFilter(Scim.parse(text, DIALECT));
    } catch (OktaError e) {
      throw ScimError.bad("invalidFilter", "The filter does not parse: " + e.getMessage());
    }
  }

  /**
   * Whether a resource matches.
   *
   * @param resource the rendered resource
   * @return true if it does
   */
  public boolean matches(JsonNode resource) {
    return Scim.matches(expr, path -> value(resolve(resource, path)));
  }

  /**
   * Whether one value of a multi-valued attribute matches a value filter ({@code members[value eq
   * "x"]}), its sub-attributes named relative to it.
   *
   * @param text the filter inside the brackets
   * @param element the value
   * @return true if it matches
   */
  public static boolean matchesElement(String text, JsonNode element) {
    return parse(text).matches(element);
  }

  /**
   * The value at an attribute path: a node, or several from a multi-valued attribute.
   *
   * @param node the resource
   * @param path the path
   * @return the node (an array when several), or null
   */
  static @Nullable JsonNode resolve(JsonNode node, String path) {
    String rest = path;
    JsonNode current = node;
    if (path.regionMatches(true, 0, "urn:", 0, 4)) {
      String lower = path.toLowerCase(Locale.ROOT);
      for (String schema : List.of(ScimState.ENTERPRISE, ScimState.USER_SCHEMA, ScimState.GROUP_SCHEMA)) {
        String prefix = schema.toLowerCase(Locale.ROOT) + ":";
        if (lower.startsWith(prefix)) {
          rest = path.substring(prefix.length());
          if (schema.equals(ScimState.ENTERPRISE)) {
            current = ScimState.get(node, schema);
          }
          break;
        }
      }
    }
    for (String segment : rest.split("\\.")) {
      if (current == null) {
        return null;
      }
      if (current.isArray()) {
        com.fasterxml.jackson.databind.node.ArrayNode out = ScimState.JSON.arrayNode();
        for (JsonNode e : current) {
          JsonNode v = ScimState.get(e, segment);
          if (v != null) {
            out.add(v);
          }
        }
        current = out;
      } else {
        current = ScimState.get(current, segment);
      }
    }
    return current;
  }

  private static @Nullable Object value(@Nullable JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return null;
    }
    if (n.isArray()) {
      List<Object> out = new ArrayList<>();
      for (JsonNode e : n) {
        Object v = value(e);
        if (v != null) {
          out.add(v);
        }
      }
      return out;
    }
    if (n.isObject()) {
      JsonNode v = ScimState.get(n, "value");
      return v == null ? "" : value(v);
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    if (n.isIntegralNumber()) {
      return n.longValue();
    }
    if (n.isNumber()) {
      return n.doubleValue();
    }
    return n.asText();
  }
}
