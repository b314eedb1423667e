package dev.governance.imports.internal;

import dev.governance.core.model.ApiToken;
import dev.governance.core.model.LastUse;
import dev.governance.core.model.LastUseSource;
import dev.governance.core.model.Application;
import dev.governance.core.model.ApplicationStatus;
import dev.governance.core.model.AuthFactor;
import dev.governance.core.model.Entity;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.FactorStatus;
import dev.governance.core.model.FactorStrength;
import dev.governance.core.model.AppProtocol;
import dev.governance.core.model.PrivilegeLevel;
import dev.governance.core.model.Group;
import dev.governance.core.model.GroupRule;
import dev.governance.core.model.GroupType;
import dev.governance.core.model.Identity;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.Role;
import dev.governance.core.model.RuleStatus;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Turns a row of {@code entities.csv} into an entity, as {@code CsvReport} writes it (see the CSV
 * section of docs/reports.md for which column holds what per kind), and lists the references it
 * makes to other entities.
 */
final class CsvEntities {

  /** Columns any row may fill: none beyond its kind's. */
  private static final Set<String> IGNORED = Set.of();

  private CsvEntities() {}

  /**
   * Reads the current row.
   *
   * @param f the fields, on the row
   * @param references receives each reference to another entity, with the column that holds it
   * @return the entity, or {@code null} if the row has a problem (added to the fields' problems)
   */
  static @Nullable Entity read(CsvFields f, Consumer<Inventory.Reference> references) {
    EntityKind kind = f.constant("kind", EntityKind.class, true);
    String id = f.required("id", "id");
    if (kind == null || id == null) {
      return null;
    }
    Entity e = switch (kind) {
      case IDENTITY -> identity(f, id);
      case GROUP -> group(f, id, references);
      case APPLICATION -> application(f, id);
      case ROLE -> role(f, id);
      case API_TOKEN -> token(f, id, references);
      case AUTH_FACTOR -> factor(f, id, references);
      case GROUP_RULE -> rule(f, id, references);
    };
    f.requireUnusedEmpty(kind.name(), IGNORED);
    return f.failed() ? null : e;
  }

  private static @Nullable Entity identity(CsvFields f, String id) {
    String login = f.required("name", "login");
    String displayName = f.text("display_name");
    String email = f.text("email");
    IdentityStatus status = f.constant("status", IdentityStatus.class, true);
    String raw = f.text("raw_status");
    var created = f.instant("created");
    var activated = f.instant("activated");
    var lastUpdated = f.instant("last_updated");
    var lastLogin = f.instant("last_login");
    var attributes = f.attributes("attributes");
    if (login == null || status == null) {
      return null;
    }
    // without the provider's value, the category's name stands for it, as the model's constructor does
    String rawStatus = raw == null ? status.name() : raw;
    return build(f, () -> new Identity(id, login, email, displayName, status, rawStatus, created,
        activated, lastLogin, lastUpdated, attributes));
  }

  private static @Nullable Entity group(CsvFields f, String id, Consumer<Inventory.Reference> refs) {
    String name = f.required("name", "name");
    GroupType type = f.constant("type", GroupType.class, true);
    var created = f.instant("created");
    var lastUpdated = f.instant("last_updated");
    var lastMembership = f.instant("last_membership_updated");
    String source = related(f, EntityKind.APPLICATION, false);
    String description = f.text("description");
    var attributes = f.attributes("attributes");
    if (name == null || type == null) {
      return null;
    }
    if (source != null) {
      refs.accept(new Inventory.Reference("related_id", EntityKind.APPLICATION, source));
    }
    return build(f, () -> new Group(id, name, description, type, source, created, lastUpdated,
        lastMembership, attributes));
  }

  private static @Nullable Entity application(CsvFields f, String id) {
    String label = f.required("name", "label");
    String name = f.required("display_name", "technical name (e.g. salesforce)");
    ApplicationStatus status = f.constant("status", ApplicationStatus.class, true);
    AppProtocol protocol = f.constant("type", AppProtocol.class, true);
    String raw = f.text("raw_type");
    var created = f.instant("created");
    var lastUpdated = f.instant("last_updated");
    boolean oauth = f.bool("oauth_client", false);
    var attributes = f.attributes("attributes");
    if (label == null || name == null || status == null || protocol == null) {
      return null;
    }
    String signOnMode = raw == null ? protocol.name() : raw;
    return build(f, () -> new Application(id, name, label, status, protocol, signOnMode, created,
        lastUpdated, oauth, attributes));
  }

  private static @Nullable Entity role(CsvFields f, String id) {
    String label = f.required("name", "label");
    PrivilegeLevel privilege = f.constant("type", PrivilegeLevel.class, true);
    String raw = f.text("raw_type");
    String description = f.text("description");
    List<String> permissions = f.list("permissions");
    if (label == null || privilege == null) {
      return null;
    }
    String providerType = raw == null ? privilege.name() : raw;
    return build(f, () -> new Role(id, label, privilege, providerType, new LinkedHashSet<>(permissions),
        description));
  }

  private static @Nullable Entity token(CsvFields f, String id, Consumer<Inventory.Reference> refs) {
    String name = f.required("name", "name");
    String client = f.text("display_name");
    var created = f.instant("created");
    var lastUpdated = f.instant("last_updated");
    var expires = f.instant("expires");
    String owner = related(f, EntityKind.IDENTITY, true);
    var network = f.network("network");
    LastUse lastUse = lastUse(f);
    if (name == null || owner == null) {
      return null;
    }
    refs.accept(new Inventory.Reference("related_id", EntityKind.IDENTITY, owner));
    return build(f, () -> new ApiToken(id, name, owner, client, created, expires, lastUpdated, network, lastUse));
  }

  /** A token's last use: both columns or neither (files written before they existed have neither). */
  private static @Nullable LastUse lastUse(CsvFields f) {
    var at = f.instant("last_used");
    LastUseSource source = f.constant("last_used_source", LastUseSource.class, false);
    if (at == null && source == null) {
      return null;
    }
    if (at == null || source == null) {
      f.problem(at == null ? "last_used" : "last_used_source", "last_used and last_used_source go together;"
          + " fill in both or leave both empty");
      return null;
    }
    return new LastUse(at, source);
  }

  private static @Nullable Entity factor(CsvFields f, String id, Consumer<Inventory.Reference> refs) {
    f.text("name"); // the provider's factor type again, for people to read
    String provider = f.text("display_name");
    FactorStatus status = f.constant("status", FactorStatus.class, true);
    FactorStrength strength = f.constant("type", FactorStrength.class, true);
    String raw = f.text("raw_type");
    var created = f.instant("created");
    var lastUpdated = f.instant("last_updated");
    String identity = related(f, EntityKind.IDENTITY, true);
    if (status == null || strength == null || identity == null) {
      return null;
    }
    refs.accept(new Inventory.Reference("related_id", EntityKind.IDENTITY, identity));
    String rawType = raw == null ? strength.name() : raw;
    return build(f, () -> new AuthFactor(id, identity, strength, rawType, provider, status, created,
        lastUpdated));
  }

  private static @Nullable Entity rule(CsvFields f, String id, Consumer<Inventory.Reference> refs) {
    String name = f.required("name", "name");
    RuleStatus status = f.constant("status", RuleStatus.class, true);
    String expression = f.text("description");
    List<String> targets = f.list("target_ids");
    List<String> excluded = f.list("excluded_ids");
    if (name == null || status == null) {
      return null;
    }
    targets.forEach(g -> refs.accept(new Inventory.Reference("target_ids", EntityKind.GROUP, g)));
    excluded.forEach(i -> refs.accept(new Inventory.Reference("excluded_ids", EntityKind.IDENTITY, i)));
    return build(f, () -> new GroupRule(id, name, status, targets, expression, new LinkedHashSet<>(excluded)));
  }

  /** The related entity's id; its kind, in {@code related_kind}, must be the one expected. */
  private static @Nullable String related(CsvFields f, EntityKind expected, boolean required) {
    EntityKind kind = f.constant("related_kind", EntityKind.class, false);
    String id = required ? f.required("related_id", expected.name() + " id") : f.text("related_id");
    if (kind != null && kind != expected) {
      f.problem("related_kind", kind + " is not what this row relates to; write " + expected);
      return null;
    }
    if (id != null && kind == null) {
      f.problem("related_kind", "missing; write " + expected + " beside the id in related_id");
      return null;
    }
    if (id == null && kind != null) {
      f.problem("related_id", "missing the id of the " + expected + " named in related_kind");
    }
    return id;
  }

  /** Runs a model constructor, turning its refusal into a problem of the row. */
  private static @Nullable Entity build(CsvFields f, java.util.function.Supplier<Entity> constructor) {
    if (f.failed()) {
      return null;
    }
    try {
      return constructor.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      f.problem("kind", "the row does not make a valid entity: " + e.getMessage());
      return null;
    }
  }
}
