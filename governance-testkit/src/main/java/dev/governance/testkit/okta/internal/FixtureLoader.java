package dev.governance.testkit.okta.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.governance.okta.catalog.StandardAdminRole;
import dev.governance.testkit.okta.AdminRole;
import dev.governance.testkit.okta.AssigneeType;
import dev.governance.testkit.okta.AppStatus;
import dev.governance.testkit.okta.OktaGroupType;
import dev.governance.testkit.okta.OktaSignOnMode;
import dev.governance.testkit.okta.TenantFixtures;
import dev.governance.testkit.okta.UserStatus;
import dev.governance.testkit.okta.internal.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Loads a fixture file (the format is documented in docs/fake-tenant.md). Entities get a {@code
 * ref} that later entries use; a reference may also be an existing id or login.
 */
public final class FixtureLoader {
  private static final Set<String> SECTIONS = Set.of("users", "groups", "apps", "roles",
      "apiTokens", "factors", "groupRules");

  private final TenantFixtures f;
  private final Path file;
  private final Map<String, String> refs = new HashMap<>();

  private FixtureLoader(TenantFixtures f, Path file) {
    this.f = f;
    this.file = file;
  }

  /**
   * Loads a file into a tenant.
   *
   * @param file the JSON file
   * @param fixtures the tenant's fixture API
   */
  public static void load(Path file, TenantFixtures fixtures) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read fixture file " + file + ": " + e.getMessage(), e);
    }
    new FixtureLoader(fixtures, file).apply(root);
  }

  private void apply(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw bad("the top level must be a JSON object with sections " + SECTIONS);
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!SECTIONS.contains(name)) {
        throw bad("unknown section '" + name + "'; allowed: " + SECTIONS);
      }
    }
    for (JsonNode u : root.path("users")) {
      String id = f.addUser(req(u, "login"), en(UserStatus.class, u, "status", "ACTIVE"),
          u.path("firstName").asText("First"), u.path("lastName").asText("Last"), map(u));
      if (u.has("lastLogin")) {
        f.setLastLogin(id, Instant.parse(u.get("lastLogin").asText()).toEpochMilli());
      }
      ref(u, id);
    }
    for (JsonNode g : root.path("groups")) {
      String id = f.addGroup(req(g, "name"), en(OktaGroupType.class, g, "type", "OKTA_GROUP"),
          g.path("description").asText(null), map(g));
      ref(g, id);
      for (JsonNode m : g.path("members")) {
        f.addMember(id, resolve(m.asText()));
      }
    }
    for (JsonNode a : root.path("apps")) {
      String id = f.addApp(req(a, "label"), en(OktaSignOnMode.class, a, "signOnMode", "SAML_2_0"),
          en(AppStatus.class, a, "status", "ACTIVE"));
      ref(a, id);
      for (JsonNode u : a.path("users")) {
        f.assignUser(id, resolve(u.asText()));
      }
      for (JsonNode g : a.path("groups")) {
        f.assignGroup(id, resolve(g.asText()));
      }
      for (JsonNode s : a.path("grants")) {
        f.grantScope(id, s.asText());
      }
    }
    for (JsonNode r : root.path("roles")) {
      role(r);
    }
    for (JsonNode t : root.path("apiTokens")) {
      f.addApiToken(resolve(req(t, "user")), t.path("name").asText("Fixture token"),
          t.path("secret").asText(null));
    }
    for (JsonNode x : root.path("factors")) {
      f.addFactor(resolve(req(x, "user")), req(x, "factorType"), x.path("provider").asText("OKTA"),
          map(x));
    }
    for (JsonNode r : root.path("groupRules")) {
      List<String> groups = new ArrayList<>();
      for (JsonNode g : r.path("groups")) {
        groups.add(resolve(g.asText()));
      }
      f.addGroupRule(req(r, "name"), req(r, "expression"), groups);
    }
  }

  private void role(JsonNode r) {
    AssigneeType assigneeType;
    String assignee;
    if (r.has("user")) {
      assigneeType = AssigneeType.USER;
      assignee = resolve(r.get("user").asText());
    } else if (r.has("group")) {
      assigneeType = AssigneeType.GROUP;
      assignee = resolve(r.get("group").asText());
    } else if (r.has("app")) {
      assigneeType = AssigneeType.CLIENT;
      assignee = resolve(r.get("app").asText());
    } else {
      throw bad("a role needs one of \"user\", \"group\" or \"app\": " + r);
    }
    String type = req(r, "type").toUpperCase(Locale.ROOT);
    AdminRole role;
    if (type.equals("CUSTOM")) {
      Set<String> perms = new LinkedHashSet<>();
      r.path("permissions").forEach(p -> perms.add(p.asText()));
      List<String> resources = new ArrayList<>();
      r.path("resources").forEach(g -> resources.add(resolve(g.asText())));
      role = AdminRole.custom(new AdminRole.CustomRole(req(r, "label"), perms, resources),
          assigneeType, assignee);
    } else {
      role = AdminRole.of(en(StandardAdminRole.class, r, "type", null), assigneeType, assignee);
    }
    List<String> groups = new ArrayList<>();
    r.path("targetGroups").forEach(g -> groups.add(resolve(g.asText())));
    List<String> apps = new ArrayList<>();
    r.path("targetApps").forEach(a -> apps.add(resolve(a.asText())));
    if (!groups.isEmpty()) {
      role = role.onGroups(groups.toArray(String[]::new));
    }
    if (!apps.isEmpty()) {
      role = role.onApps(apps.toArray(String[]::new));
    }
    String status = r.path("status").asText("ACTIVE").toUpperCase(Locale.ROOT);
    if (status.equals("INACTIVE")) {
      role = role.inactive();
    } else if (!status.equals("ACTIVE")) {
      throw bad("\"status\": '" + status + "' is not ACTIVE or INACTIVE");
    }
    f.assignRole(role);
  }

  private void ref(JsonNode n, String id) {
    if (n.has("ref")) {
      String ref = n.get("ref").asText();
      if (refs.putIfAbsent(ref, id) != null) {
        throw bad("ref '" + ref + "' is used twice; refs must be unique");
      }
    }
  }

  private String resolve(String ref) {
    return refs.getOrDefault(ref, ref);
  }

  private String req(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull() || v.asText().isEmpty()) {
      throw bad("missing \"" + field + "\" in " + n);
    }
    return v.asText();
  }

  private <E extends Enum<E>> E en(Class<E> type, JsonNode n, String field, @Nullable String def) {
    String v = n.has(field) ? n.get(field).asText() : def;
    if (v == null) {
      throw bad("missing \"" + field + "\" in " + n);
    }
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw bad("\"" + field + "\": '" + v + "' is not one of "
          + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  private static Map<String, Object> map(JsonNode n) {
    JsonNode p = n.path("profile");
    if (!p.isObject()) {
      return Map.of();
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> m = Json.mapper().convertValue(p, Map.class);
    return m;
  }

  private IllegalArgumentException bad(String what) {
    return new IllegalArgumentException("Fixture file " + file + ": " + what + ". See "
        + "docs/fake-tenant.md for the format.");
  }
}
