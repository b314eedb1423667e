package dev.governance.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.governance.core.internal.ModelJsonWriter;
import dev.governance.core.model.ApiToken;
import dev.governance.core.model.Application;
import dev.governance.core.model.Attributes;
import dev.governance.core.model.AuthFactor;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.Entity;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Group;
import dev.governance.core.model.GroupRule;
import dev.governance.core.model.Identity;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.model.NetworkRestriction;
import dev.governance.core.model.Provenance;
import dev.governance.core.model.Role;
import dev.governance.core.model.RoleTarget;
import dev.governance.core.snapshot.Snapshot;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Writes a snapshot as CSV, format version {@value #FORMAT_VERSION}: {@code entities.csv}, one row
 * per entity, {@code relations.csv}, one row per grant, and {@code coverage.csv}, one row per
 * collection. RFC 4180 (comma, CRLF, double quotes); the first row names the columns; empty means
 * absent. The columns are described in {@code docs/reports.md}; every component of the model's
 * records has a column (a neutral category and the provider's raw value each their own), so that the files import back (with the {@code file} connector) to a
 * snapshot equal to the one written.
 *
 * <p>Stateless and thread-safe; rows are written one at a time.
 *
 * @since 0.1
 */
public final class CsvReport {

  /**
   * The version of the column sets below. Within a version columns are only ever added; a column
   * that changes meaning or disappears makes a new version, under other column names.
   */
  public static final int FORMAT_VERSION = 2;

  /** The columns of {@code entities.csv}, in order. */
  public static final List<String> ENTITY_COLUMNS = List.of("kind", "id", "name", "display_name",
      "email", "status", "raw_status", "type", "raw_type", "created", "activated", "last_updated", "last_login",
      "last_membership_updated", "expires", "related_kind", "related_id", "description",
      "oauth_client", "permissions", "target_ids", "excluded_ids", "network", "attributes", "last_used",
      "last_used_source");

  /** The columns of {@code relations.csv}, in order. */
  public static final List<String> RELATION_COLUMNS = List.of("kind", "subject_kind", "subject_id",
      "subject_name", "target_kind", "target_id", "target_name", "provenance", "provenance_id",
      "status", "access", "targets", "targets_known", "scope_resources", "grant_id", "issuer", "source",
      "consented_by", "created");

  /** The columns of {@code coverage.csv}, in order. */
  public static final List<String> COVERAGE_COLUMNS = List.of("collection", "state", "cause",
      "reason", "missing_permissions", "count");

  private static final JsonFactory JSON = new JsonFactory();

  /** Creates a writer. */
  public CsvReport() {}

  /**
   * Writes every entity, by kind in the order of {@link EntityKind}.
   *
   * @param snapshot the snapshot
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public void writeEntities(Snapshot snapshot, Writer out) throws IOException {
    Csv csv = new Csv(out);
    csv.row(ENTITY_COLUMNS.toArray(String[]::new));
    for (EntityKind kind : EntityKind.values()) {
      for (Entity e : snapshot.entities(kind)) {
        csv.row(entityRow(e));
      }
    }
    out.flush();
  }

  /**
   * Writes every grant, in snapshot order.
   *
   * @param snapshot the snapshot
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public void writeRelations(Snapshot snapshot, Writer out) throws IOException {
    Csv csv = new Csv(out);
    csv.row(RELATION_COLUMNS.toArray(String[]::new));
    for (Grant g : snapshot.grants()) {
      csv.row(relationRow(snapshot, g));
    }
    out.flush();
  }

  /**
   * Writes the coverage and the count of every collection, in the order of {@link
   * InventoryCollection}: how much of each collection the two other files hold, and why not all.
   *
   * @param snapshot the snapshot
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public void writeCoverage(Snapshot snapshot, Writer out) throws IOException {
    Csv csv = new Csv(out);
    csv.row(COVERAGE_COLUMNS.toArray(String[]::new));
    Map<InventoryCollection, Integer> counts = snapshot.counts();
    for (InventoryCollection c : InventoryCollection.values()) {
      Coverage coverage = snapshot.coverage(c);
      String state;
      String cause = null;
      String reason = null;
      String missing = null;
      if (coverage instanceof Coverage.Partial p) {
        state = "PARTIAL";
        cause = p.cause().name();
        reason = p.reason();
      } else if (coverage instanceof Coverage.Unavailable u) {
        state = "UNAVAILABLE";
        cause = u.cause().name();
        reason = u.reason();
        missing = list(new TreeSet<>(u.missingPermissions()));
      } else if (coverage.isComplete()) {
        state = "COMPLETE";
      } else {
        state = "NOT_REQUESTED";
      }
      csv.row(c.name(), state, cause, reason, missing, String.valueOf(counts.getOrDefault(c, 0)));
    }
    out.flush();
  }

  private static @Nullable String[] entityRow(Entity e) {
    Row row = new Row(ENTITY_COLUMNS);
    set(row, "kind", e.kind().name());
    set(row, "id", e.id());
    if (e instanceof Identity i) {
      set(row, "name", i.login());
      set(row, "display_name", i.displayName());
      set(row, "email", i.email());
      set(row, "status", i.status().name());
      set(row, "raw_status", i.rawStatus());
      set(row, "created", t(i.created()));
      set(row, "activated", t(i.activated()));
      set(row, "last_updated", t(i.lastUpdated()));
      set(row, "last_login", t(i.lastLogin()));
      set(row, "attributes", attributes(i.attributes()));
    } else if (e instanceof Group g) {
      set(row, "name", g.name());
      set(row, "type", g.type().name());
      set(row, "created", t(g.created()));
      set(row, "last_updated", t(g.lastUpdated()));
      set(row, "last_membership_updated", t(g.lastMembershipUpdated()));
      if (g.sourceApplicationId() != null) {
        set(row, "related_kind", EntityKind.APPLICATION.name());
        set(row, "related_id", g.sourceApplicationId());
      }
      set(row, "description", g.description());
      set(row, "attributes", attributes(g.attributes()));
    } else if (e instanceof Application a) {
      set(row, "name", a.label());
      set(row, "display_name", a.name());
      set(row, "status", a.status().name());
      set(row, "type", a.protocol().name());
      set(row, "raw_type", a.signOnMode());
      set(row, "created", t(a.created()));
      set(row, "last_updated", t(a.lastUpdated()));
      set(row, "oauth_client", String.valueOf(a.oauthClient()));
      set(row, "attributes", attributes(a.attributes()));
    } else if (e instanceof Role r) {
      set(row, "name", r.label());
      set(row, "type", r.privilege().name());
      set(row, "raw_type", r.providerType());
      set(row, "description", r.description());
      set(row, "permissions", list(r.permissions()));
    } else if (e instanceof ApiToken k) {
      set(row, "name", k.name());
      set(row, "display_name", k.clientName());
      set(row, "created", t(k.created()));
      set(row, "last_updated", t(k.lastUpdated()));
      set(row, "expires", t(k.expires()));
      set(row, "related_kind", EntityKind.IDENTITY.name());
      set(row, "related_id", k.ownerId());
      set(row, "network", network(k.network()));
      if (k.lastUse() != null) {
        set(row, "last_used", t(k.lastUse().at()));
        set(row, "last_used_source", k.lastUse().source().name());
      }
    } else if (e instanceof AuthFactor f) {
      set(row, "name", f.rawType());
      set(row, "display_name", f.provider());
      set(row, "status", f.status().name());
      set(row, "type", f.strength().name());
      set(row, "raw_type", f.rawType());
      set(row, "created", t(f.created()));
      set(row, "last_updated", t(f.lastUpdated()));
      set(row, "related_kind", EntityKind.IDENTITY.name());
      set(row, "related_id", f.identityId());
    } else {
      GroupRule r = (GroupRule) e;
      set(row, "name", r.name());
      set(row, "status", r.status().name());
      set(row, "description", r.expression());
      set(row, "target_ids", list(r.targetGroupIds()));
      set(row, "excluded_ids", list(new TreeSet<>(r.excludedIdentityIds())));
    }
    return row.values;
  }

  private static @Nullable String[] relationRow(Snapshot s, Grant g) {
    Row row = new Row(RELATION_COLUMNS);
    EntityKind targetKind = g.targetKind();
    set(row, "subject_kind", g.subjectKind().name());
    set(row, "subject_id", g.subjectId());
    set(row, "subject_name", s.displayLabel(g.subjectKind(), g.subjectId()));
    set(row, "target_kind", targetKind == null ? "SCOPE" : targetKind.name());
    set(row, "target_id", g.targetId());
    set(row, "target_name", targetKind == null ? g.targetId() : s.displayLabel(targetKind, g.targetId()));
    if (g instanceof Grant.Membership) {
      set(row, "kind", "MEMBERSHIP");
    } else if (g instanceof Grant.AppAssignment) {
      set(row, "kind", "APP_ASSIGNMENT");
    } else if (g instanceof Grant.RoleAssignment r) {
      set(row, "kind", "ROLE_ASSIGNMENT");
      set(row, "status", r.status().name());
      List<String> targets = new ArrayList<>(r.targets().size());
      for (RoleTarget target : r.targets()) {
        targets.add(target.kind().name() + ':' + target.id());
      }
      set(row, "targets", list(targets));
      set(row, "targets_known", r.targetsKnown() ? null : "false");
      set(row, "scope_resources", list(r.scope()));
      set(row, "grant_id", r.assignmentId());
    } else {
      Grant.ScopeGrant sg = (Grant.ScopeGrant) g;
      set(row, "kind", "SCOPE_GRANT");
      set(row, "access", sg.access().name());
      set(row, "grant_id", sg.grantId());
      set(row, "issuer", sg.issuer());
      set(row, "source", sg.source().name());
      set(row, "consented_by", sg.consentedBy());
      set(row, "created", t(sg.created()));
    }
    Provenance p = g.provenance();
    if (p instanceof Provenance.ViaGroup v) {
      set(row, "provenance", "VIA_GROUP");
      set(row, "provenance_id", v.groupId());
    } else if (p instanceof Provenance.ViaGroupRule r) {
      set(row, "provenance", "VIA_GROUP_RULE");
      set(row, "provenance_id", r.ruleId());
    } else if (p.isDirect()) {
      set(row, "provenance", "DIRECT");
    } else {
      set(row, "provenance", "VIA_UNNAMED_GROUP");
    }
    return row.values;
  }

  private static void set(Row row, String column, @Nullable String value) {
    int i = row.columns.indexOf(column);
    if (i < 0) {
      throw new IllegalStateException("no column " + column);
    }
    row.values[i] = value;
  }

  /** The fields of one row, set by column name. */
  private static final class Row {
    final List<String> columns;
    final @Nullable String[] values;

    Row(List<String> columns) {
      this.columns = columns;
      this.values = new String[columns.size()];
    }
  }

  /**
   * A list as one field: its items separated by spaces, or, when an item is empty, holds
   * whitespace or starts with {@code [}, a JSON array of strings. Empty for no items.
   */
  static @Nullable String list(Collection<String> items) {
    if (items.isEmpty()) {
      return null;
    }
    boolean plain = true;
    for (String item : items) {
      plain &= !item.isEmpty() && item.charAt(0) != '[' && item.chars().noneMatch(Character::isWhitespace);
    }
    if (plain) {
      return String.join(" ", items);
    }
    return json(g -> {
      g.writeStartArray();
      for (String item : items) {
        g.writeString(item);
      }
      g.writeEndArray();
    });
  }

  /** A restriction as its connection alone when it lists no zones, as a JSON object otherwise. */
  private static String network(NetworkRestriction n) {
    if (n.include().isEmpty() && n.exclude().isEmpty() && !n.connection().startsWith("{")) {
      return n.connection();
    }
    return json(g -> {
      g.writeStartObject();
      g.writeStringField("connection", n.connection());
      g.writeArrayFieldStart("include");
      for (String zone : new TreeSet<>(n.include())) {
        g.writeString(zone);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("exclude");
      for (String zone : new TreeSet<>(n.exclude())) {
        g.writeString(zone);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  private static @Nullable String attributes(Attributes attributes) {
    return attributes.isEmpty() ? null : json(g -> ModelJsonWriter.writeAttributes(g, attributes));
  }

  private static String json(JsonBody body) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(text)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON into a string", e);
    }
    return text.toString();
  }

  @FunctionalInterface
  private interface JsonBody {
    void write(JsonGenerator g) throws IOException;
  }

  private static @Nullable String t(@Nullable Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
