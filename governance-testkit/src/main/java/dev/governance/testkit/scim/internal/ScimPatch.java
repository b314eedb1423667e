package dev.governance.testkit.scim.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * RFC 7644 §3.5.2 PATCH: {@code add}, {@code remove} and {@code replace}, with paths {@code attr},
 * {@code attr.sub}, {@code attr[filter]}, {@code attr[filter].sub} and extension URNs. The
 * operations apply all or none. A value filter that matches nothing is 400 {@code noTarget}; a
 * read-only attribute is 400 {@code mutability}; an unknown operation is 400 {@code
 * invalidSyntax}.
 */
public final class ScimPatch {
  /** The PatchOp message schema. */
  public static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

  private static final Set<String> READ_ONLY = Set.of("id", "meta", "groups");

  private ScimPatch() {}

  /**
   * Applies a PATCH request to a copy of a resource.
   *
   * @param resource the stored resource
   * @param body the request body
   * @return the changed copy
   */
  public static ObjectNode apply(ObjectNode resource, JsonNode body) {
    JsonNode schemas = ScimState.get(body, "schemas");
    boolean hasSchema = false;
    if (schemas != null) {
      for (JsonNode s : schemas) {
        hasSchema |= s.asText().equals(PATCH_OP);
      }
    }
    if (!hasSchema) {
      throw ScimError.bad("invalidSyntax", "A PATCH request needs the schema " + PATCH_OP);
    }
    JsonNode ops = ScimState.get(body, "Operations");
    if (ops == null || !ops.isArray() || ops.isEmpty()) {
      throw ScimError.bad("invalidSyntax", "A PATCH request needs a non-empty Operations array");
    }
    ObjectNode r = resource.deepCopy();
    for (JsonNode op : ops) {
      JsonNode name = ScimState.get(op, "op");
      JsonNode path = ScimState.get(op, "path");
      JsonNode value = ScimState.get(op, "value");
      String verb = name == null ? "" : name.asText().toLowerCase(Locale.ROOT);
      String p = path == null || path.isNull() ? null : path.asText();
      switch (verb) {
        case "add", "replace" -> {
          if (value == null) {
            throw ScimError.bad("invalidValue", "The operation '" + verb + "' needs a value");
          }
          if (p == null) {
            if (!value.isObject()) {
              throw ScimError.bad("invalidValue", "Without a path, the value must be an object");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
              Map.Entry<String, JsonNode> e = it.next();
              change(r, verb, e.getKey(), e.getValue());
            }
          } else {
            change(r, verb, p, value);
          }
        }
        case "remove" -> {
          if (p == null) {
            throw new ScimError(400, "noTarget", "The operation 'remove' needs a path");
          }
          remove(r, p, value);
        }
        default -> throw ScimError.bad("invalidSyntax", "Unknown PATCH operation '"
            + (name == null ? "" : name.asText()) + "'; use add, remove or replace");
      }
    }
    return r;
  }

  /** A parsed path: the object holding the attribute, its name, a value filter, a sub-attribute. */
  private record Target(ObjectNode container, String attr, @Nullable String filter, @Nullable String sub) {}

  private static Target target(ObjectNode r, String path, boolean create) {
    ObjectNode container = r;
    String rest = path;
    String lower = path.toLowerCase(Locale.ROOT);
    String ext = ScimState.ENTERPRISE.toLowerCase(Locale.ROOT);
    if (lower.equals(ext)) {
      return new Target(r, ScimState.ENTERPRISE, null, null);
    }
    for (String core : new String[] {ScimState.USER_SCHEMA, ScimState.GROUP_SCHEMA}) {
      if (lower.startsWith(core.toLowerCase(Locale.ROOT) + ":")) {
        rest = path.substring(core.length() + 1);
      }
    }
    if (lower.startsWith(ext + ":")) {
      rest = path.substring(ext.length() + 1);
      JsonNode e = ScimState.get(r, ScimState.ENTERPRISE);
      if (e instanceof ObjectNode o) {
        container = o;
      } else if (create) {
        container = r.putObject(ScimState.ENTERPRISE);
      } else {
        container = ScimState.JSON.objectNode();
      }
    }
    String attr;
    String filter = null;
    String sub = null;
    int bracket = rest.indexOf('[');
    int dot = rest.indexOf('.');
    if (bracket >= 0) {
      int close = rest.lastIndexOf(']');
      if (close < bracket) {
        throw ScimError.bad("invalidPath", "Missing ']' in the path '" + path + "'");
      }
      attr = rest.substring(0, bracket);
      filter = rest.substring(bracket + 1, close);
      if (close + 1 < rest.length()) {
        if (rest.charAt(close + 1) != '.') {
          throw ScimError.bad("invalidPath", "Unexpected text after ']' in the path '" + path + "'");
        }
        sub = rest.substring(close + 2);
      }
    } else if (dot >= 0) {
      attr = rest.substring(0, dot);
      sub = rest.substring(dot + 1);
    } else {
      attr = rest;
    }
    if (attr.isBlank() || (sub != null && sub.isBlank())) {
      throw ScimError.bad("invalidPath", "The path '" + path + "' names no attribute");
    }
    if (container == r && READ_ONLY.contains(attr.toLowerCase(Locale.ROOT))) {
      throw ScimError.bad("mutability", "The attribute '" + attr + "' is read-only");
    }
    return new Target(container, ScimState.key(container, attr), filter, sub);
  }

  private static void change(ObjectNode r, String verb, String path, JsonNode value) {
    Target t = target(r, path, true);
    JsonNode existing = t.container().get(t.attr());
    if (t.filter() != null) {
      if (verb.equals("add")) {
        throw ScimError.bad("invalidPath", "'add' takes no value filter: " + path);
      }
      int hits = 0;
      if (existing instanceof ArrayNode a) {
        for (int i = 0; i < a.size(); i++) {
          JsonNode e = a.get(i);
          if (ScimFilter.matchesElement(t.filter(), e)) {
            hits++;
            if (t.sub() != null && e instanceof ObjectNode o) {
              o.set(ScimState.key(o, t.sub()), value);
            } else if (value.isObject() && e instanceof ObjectNode o) {
              o.setAll((ObjectNode) value);
            } else {
              a.set(i, value);
            }
          }
        }
      }
      if (hits == 0) {
        throw new ScimError(400, "noTarget", "No value of '" + t.attr() + "' matches [" + t.filter() + "]");
      }
      return;
    }
    if (t.sub() != null) {
      JsonNode holder = existing;
      if (!(holder instanceof ObjectNode)) {
        holder = t.container().putObject(t.attr());
      }
      ObjectNode o = (ObjectNode) holder;
      o.set(ScimState.key(o, t.sub()), value);
      return;
    }
    if (verb.equals("add") && existing instanceof ArrayNode a) {
      for (JsonNode v : value.isArray() ? value : ScimState.JSON.arrayNode().add(value)) {
        if (!contains(a, v)) {
          a.add(v);
        }
      }
    } else if (verb.equals("add") && existing instanceof ObjectNode o && value instanceof ObjectNode v) {
      o.setAll(v);
    } else {
      t.container().set(t.attr(), value);
    }
  }

  private static boolean contains(ArrayNode a, JsonNode v) {
    JsonNode id = v.get("value");
    for (JsonNode e : a) {
      if (e.equals(v) || (id != null && id.equals(e.get("value")))) {
        return true;
      }
    }
    return false;
  }

  private static void remove(ObjectNode r, String path, @Nullable JsonNode value) {
    Target t = target(r, path, false);
    JsonNode existing = t.container().get(t.attr());
    if (t.filter() != null) {
      int hits = 0;
      if (existing instanceof ArrayNode a) {
        for (Iterator<JsonNode> it = a.iterator(); it.hasNext(); ) {
          JsonNode e = it.next();
          if (ScimFilter.matchesElement(t.filter(), e)) {
            hits++;
            if (t.sub() != null && e instanceof ObjectNode o) {
              o.remove(ScimState.key(o, t.sub()));
            } else {
              it.remove();
            }
          }
        }
        if (a.isEmpty()) {
          t.container().remove(t.attr());
        }
      }
      if (hits == 0) {
        throw new ScimError(400, "noTarget", "No value of '" + t.attr() + "' matches [" + t.filter() + "]");
      }
    } else if (t.sub() != null) {
      if (existing instanceof ObjectNode o) {
        o.remove(ScimState.key(o, t.sub()));
      }
    } else if (value != null && value.isArray() && existing instanceof ArrayNode a) {
      // The form some clients send: remove these values of a multi-valued attribute.
      for (JsonNode v : value) {
        JsonNode id = v.get("value");
        for (Iterator<JsonNode> it = a.iterator(); it.hasNext(); ) {
          JsonNode e = it.next();
          if (e.equals(v) || (id != null && id.equals(e.get("value")))) {
            it.remove();
          }
        }
      }
    } else {
      t.container().remove(t.attr());
    }
  }
}
