package dev.governance.testkit.scim.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.governance.testkit.scim.ScimFeatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Renders resources as RFC 7643 JSON: meta.location, a user's groups, projections, lists, errors. */
public final class ScimWire {
  /** The ListResponse message schema. */
  public static final String LIST = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
  /** The Error message schema. */
  public static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

  private ScimWire() {}

  /**
   * A resource as it is served.
   *
   * @param state the state
   * @param type {@code User} or {@code Group}
   * @param stored the stored JSON
   * @param base the base URL
   * @param groupsByMember from {@link ScimState#groupsByMember()}, for a user's {@code groups}
   * @return a new node
   */
  public static ObjectNode render(ScimState state, String type, ObjectNode stored, String base,
      Map<String, List<String>> groupsByMember) {
    ScimFeatures f = state.features;
    ObjectNode r = stored.deepCopy();
    String id = r.get("id").asText();
    ObjectNode meta = (ObjectNode) r.get("meta");
    meta.put("location", base + "/" + type + "s/" + id);
    if (!f.etag()) {
      meta.remove("version");
    }
    if (type.equals("User")) {
      if (!f.roles()) {
        r.remove("roles");
      }
      if (!f.entitlements()) {
        r.remove("entitlements");
      }
      if (!f.enterpriseExtension()) {
        r.remove(ScimState.ENTERPRISE);
        JsonNode schemas = r.get("schemas");
        if (schemas instanceof ArrayNode a) {
          for (int i = a.size() - 1; i >= 0; i--) {
            if (a.get(i).asText().equals(ScimState.ENTERPRISE)) {
              a.remove(i);
            }
          }
        }
      }
      List<String> groups = groupsByMember.getOrDefault(id, List.of());
      if (f.groups() && !groups.isEmpty()) {
        ArrayNode g = r.putArray("groups");
        for (String gid : groups) {
          ObjectNode group = state.groups.get(gid);
          g.addObject().put("value", gid).put("$ref", base + "/Groups/" + gid)
              .put("display", group == null ? "" : group.path("displayName").asText())
              .put("type", "direct");
        }
      }
    } else {
      for (JsonNode m : r.path("members")) {
        if (m instanceof ObjectNode o) {
          String kind = o.path("type").asText("User");
          o.put("$ref", base + "/" + kind + "s/" + o.path("value").asText());
        }
      }
    }
    return r;
  }

  /**
   * Applies {@code attributes} and {@code excludedAttributes} (RFC 7644 §3.9); {@code id} and
   * {@code schemas} always stay.
   *
   * @param full the rendered resource
   * @param attributes comma-separated attribute paths, or null
   * @param excluded comma-separated attribute paths, or null
   * @return the projection
   */
  public static ObjectNode project(ObjectNode full, @Nullable String attributes,
      @Nullable String excluded) {
    if (attributes != null && !attributes.isBlank()) {
      ObjectNode out = ScimState.JSON.objectNode();
      out.set("id", full.get("id"));
      out.set("schemas", full.get("schemas"));
      for (String a : split(attributes)) {
        String[] p = path(a);
        JsonNode holder = p[0] == null ? full : ScimState.get(full, p[0]);
        if (holder == null) {
          continue;
        }
        ObjectNode target = p[0] == null ? out : out.withObject("/" + p[0]);
        if (p[1] == null) {
          out.set(p[0], holder);
          continue;
        }
        String attr = ScimState.key(holder, p[1]);
        JsonNode v = holder.get(attr);
        if (v == null) {
          continue;
        }
        if (p[2] == null) {
          target.set(attr, v);
        } else if (v.isObject()) {
          JsonNode sub = ScimState.get(v, p[2]);
          if (sub != null) {
            target.withObject("/" + attr).set(ScimState.key(v, p[2]), sub);
          }
        } else if (v.isArray()) {
          ArrayNode subs = ScimState.JSON.arrayNode();
          for (JsonNode e : v) {
            JsonNode sub = ScimState.get(e, p[2]);
            if (sub != null) {
              subs.addObject().set(ScimState.key(e, p[2]), sub);
            }
          }
          target.set(attr, subs);
        }
      }
      return out;
    }
    ObjectNode out = full.deepCopy();
    if (excluded != null && !excluded.isBlank()) {
      for (String a : split(excluded)) {
        String[] p = path(a);
        JsonNode holder = p[0] == null ? out : ScimState.get(out, p[0]);
        if (holder instanceof ObjectNode h) {
          if (p[1] == null) {
            out.remove(p[0]);
            continue;
          }
          String attr = ScimState.key(h, p[1]);
          if (attr.equals("id") || attr.equals("schemas")) {
            continue;
          }
          if (p[2] == null) {
            h.remove(attr);
          } else if (h.get(attr) instanceof ObjectNode v) {
            v.remove(ScimState.key(v, p[2]));
          } else if (h.get(attr) instanceof ArrayNode v) {
            for (JsonNode e : v) {
              if (e instanceof ObjectNode o) {
                o.remove(ScimState.key(o, p[2]));
              }
            }
          }
        }
      }
    }
    return out;
  }

  private static List<String> split(String list) {
    List<String> out = new ArrayList<>();
    for (String s : list.split(",")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  /** Splits a path into [extension or null, attribute or null for the whole extension, sub or null]. */
  private static @Nullable String[] path(String a) {
    String lower = a.toLowerCase(Locale.ROOT);
    String ext = ScimState.ENTERPRISE.toLowerCase(Locale.ROOT);
    String extension = null;
    String rest = a;
    if (lower.equals(ext)) {
      return new String[] {ScimState.ENTERPRISE, null, null};
    }
    if (lower.startsWith(ext + ":")) {
      extension = ScimState.ENTERPRISE;
      rest = a.substring(ext.length() + 1);
    } else {
      for (String core : new String[] {ScimState.USER_SCHEMA, ScimState.GROUP_SCHEMA}) {
        if (lower.startsWith(core.toLowerCase(Locale.ROOT) + ":")) {
          rest = a.substring(core.length() + 1);
        }
      }
    }
    int dot = rest.indexOf('.');
    return dot < 0 ? new String[] {extension, rest, null}
        : new String[] {extension, rest.substring(0, dot), rest.substring(dot + 1)};
  }

  /**
   * A ListResponse.
   *
   * @param resources the page
   * @param total {@code totalResults}
   * @param startIndex the page's 1-based start
   * @return the message
   */
  public static ObjectNode list(List<? extends JsonNode> resources, int total, int startIndex) {
    ObjectNode out = ScimState.JSON.objectNode();
    out.putArray("schemas").add(LIST);
    out.put("totalResults", total);
    out.put("itemsPerPage", resources.size());
    out.put("startIndex", startIndex);
    ArrayNode page = out.putArray("Resources");
    resources.forEach(page::add);
    return out;
  }

  /**
   * An Error message.
   *
   * @param status the HTTP status
   * @param scimType the scimType or null
   * @param detail the detail
   * @return the message
   */
  public static ObjectNode error(int status, @Nullable String scimType, String detail) {
    ObjectNode out = ScimState.JSON.objectNode();
    out.putArray("schemas").add(ERROR);
    out.put("status", Integer.toString(status));
    if (scimType != null) {
      out.put("scimType", scimType);
    }
    out.put("detail", detail);
    return out;
  }
}
