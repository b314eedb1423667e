package dev.governance.core.report;

import dev.governance.core.model.ApiToken;
import dev.governance.core.model.Application;
import dev.governance.core.model.AuthFactor;
import dev.governance.core.model.Entity;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Group;
import dev.governance.core.model.GroupRule;
import dev.governance.core.model.Identity;
import dev.governance.core.model.Provenance;
import dev.governance.core.model.Role;
import dev.governance.core.model.RoleTarget;
import dev.governance.core.snapshot.Snapshot;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Writes a snapshot as two CSV files: {@code entities.csv}, one row per entity, and {@code
 * relations.csv}, one row per grant. RFC 4180 (comma, CRLF, double quotes); the first row names the
 * columns; empty means absent. The columns are described in {@code docs/reports.md}.
 *
 * <p>Stateless and thread-safe; rows are written one at a time.
 *
 * @since 0.1
 */
public final class CsvReport {

  /** The columns of {@code entities.csv}, in order. */
  public static final List<String> ENTITY_COLUMNS = List.of("kind", "id", "name", "display_name",
      "email", "status", "type", "created", "last_updated", "last_login", "expires", "related_kind",
      "related_id", "description");

  /** The columns of {@code relations.csv}, in order. */
  public static final List<String> RELATION_COLUMNS = List.of("kind", "subject_kind", "subject_id",
      "subject_name", "target_kind", "target_id", "target_name", "provenance", "provenance_id",
      "detail");

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

  private static @Nullable String[] entityRow(Entity e) {
    String kind = e.kind().name();
    if (e instanceof Identity i) {
      return new String[] {kind, i.id(), i.login(), i.displayName(), i.email(), i.status().name(),
          null, t(i.created()), t(i.lastUpdated()), t(i.lastLogin()), null, null, null, null};
    } else if (e instanceof Group g) {
      return new String[] {kind, g.id(), g.name(), null, null, null, g.type().name(),
          t(g.created()), t(g.lastUpdated()), null, null,
          g.sourceApplicationId() == null ? null : EntityKind.APPLICATION.name(),
          g.sourceApplicationId(), g.description()};
    } else if (e instanceof Application a) {
      return new String[] {kind, a.id(), a.label(), a.name(), null, a.status().name(),
          a.protocol().name(), t(a.created()), t(a.lastUpdated()), null, null, null, null, null};
    } else if (e instanceof Role r) {
      return new String[] {kind, r.id(), r.label(), null, null, null, r.privilege().name(), null, null,
          null, null, null, null, r.description()};
    } else if (e instanceof ApiToken k) {
      return new String[] {kind, k.id(), k.name(), k.clientName(), null, null, null,
          t(k.created()), t(k.lastUpdated()), null, t(k.expires()), EntityKind.IDENTITY.name(),
          k.ownerId(), null};
    } else if (e instanceof AuthFactor f) {
      return new String[] {kind, f.id(), f.rawType(), f.provider(), null, f.status().name(),
          f.strength().name(), t(f.created()), t(f.lastUpdated()), null, null,
          EntityKind.IDENTITY.name(), f.identityId(), null};
    }
    GroupRule r = (GroupRule) e;
    return new String[] {kind, r.id(), r.name(), null, null, r.status().name(), null, null, null,
        null, null, null, null, r.expression()};
  }

  private static @Nullable String[] relationRow(Snapshot s, Grant g) {
    String kind;
    String detail = null;
    if (g instanceof Grant.Membership) {
      kind = "MEMBERSHIP";
    } else if (g instanceof Grant.AppAssignment) {
      kind = "APP_ASSIGNMENT";
    } else if (g instanceof Grant.RoleAssignment r) {
      kind = "ROLE_ASSIGNMENT";
      StringJoiner targets = new StringJoiner(" ");
      for (RoleTarget target : r.targets()) {
        targets.add(target.kind().name() + ':' + target.id());
      }
      if (!r.targetsKnown()) {
        targets.add("targets=unknown");
      }
      if (!r.active()) {
        targets.add("status=" + r.status().name());
      }
      detail = targets.length() == 0 ? null : targets.toString();
    } else {
      kind = "SCOPE_GRANT";
      Grant.ScopeGrant sg = (Grant.ScopeGrant) g;
      detail = "issuer=" + sg.issuer() + " source=" + sg.source().name();
    }
    EntityKind targetKind = g.targetKind();
    String targetName = targetKind == null ? g.targetId() : s.displayLabel(targetKind, g.targetId());
    Provenance p = g.provenance();
    String provenance;
    String provenanceId = null;
    if (p instanceof Provenance.ViaGroup v) {
      provenance = "VIA_GROUP";
      provenanceId = v.groupId();
    } else if (p instanceof Provenance.ViaGroupRule r) {
      provenance = "VIA_GROUP_RULE";
      provenanceId = r.ruleId();
    } else if (p.isDirect()) {
      provenance = "DIRECT";
    } else {
      provenance = "VIA_UNNAMED_GROUP";
    }
    return new String[] {kind, g.subjectKind().name(), g.subjectId(),
        s.displayLabel(g.subjectKind(), g.subjectId()),
        targetKind == null ? "SCOPE" : targetKind.name(), g.targetId(), targetName, provenance,
        provenanceId, detail};
  }

  private static @Nullable String t(@Nullable Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
