package dev.governance.imports.internal;

import dev.governance.core.model.AccessMode;
import dev.governance.core.model.AssignmentStatus;
import dev.governance.core.model.ConsentSource;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Provenance;
import dev.governance.core.model.RoleTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Turns a row of {@code relations.csv} into a grant, as {@code CsvReport} writes it. */
final class CsvRelations {

  /** The kinds of relation rows, by the grant they make. */
  enum Kind {
    MEMBERSHIP(EntityKind.GROUP, EntityKind.IDENTITY, EntityKind.GROUP),
    APP_ASSIGNMENT(EntityKind.APPLICATION, EntityKind.IDENTITY, EntityKind.GROUP),
    ROLE_ASSIGNMENT(EntityKind.ROLE, EntityKind.IDENTITY, EntityKind.GROUP, EntityKind.APPLICATION),
    SCOPE_GRANT(null, EntityKind.APPLICATION);

    final @Nullable EntityKind target;
    final List<EntityKind> subjects;

    Kind(@Nullable EntityKind target, EntityKind... subjects) {
      this.target = target;
      this.subjects = List.of(subjects);
    }
  }

  /** The provenances a row may name. */
  enum ProvenanceKind { DIRECT, VIA_GROUP, VIA_UNNAMED_GROUP, VIA_GROUP_RULE }

  /** Columns any row may fill: the names shown for people, which the import does not need. */
  private static final Set<String> IGNORED = Set.of("subject_name", "target_name");

  private CsvRelations() {}

  /**
   * Reads the current row.
   *
   * @return the grant, or {@code null} if the row has a problem (added to the fields' problems)
   */
  static @Nullable Grant read(CsvFields f) {
    Kind kind = f.constant("kind", Kind.class, true);
    EntityKind subjectKind = f.constant("subject_kind", EntityKind.class, true);
    String subjectId = f.required("subject_id", "subject id");
    String targetKindText = f.required("target_kind", "target kind");
    String targetId = f.required("target_id", "target id");
    Provenance provenance = provenance(f);
    if (kind == null || subjectKind == null || subjectId == null || targetKindText == null
        || targetId == null || provenance == null) {
      return null;
    }
    if (!kind.subjects.contains(subjectKind)) {
      f.problem("subject_kind", "a " + kind + " is held by " + words(kind.subjects) + ", not by "
          + subjectKind + "; fix the kind or the subject");
    }
    String expectedTarget = kind.target == null ? "SCOPE" : kind.target.name();
    if (!expectedTarget.equalsIgnoreCase(targetKindText.strip())) {
      f.problem("target_kind", "a " + kind + " gives " + expectedTarget + ", not "
          + dev.governance.core.internal.Quoted.quote(targetKindText) + "; fix the kind or the target");
    }
    Grant g = switch (kind) {
      case MEMBERSHIP -> build(f, () -> new Grant.Membership(subjectKind, subjectId, targetId, provenance));
      case APP_ASSIGNMENT -> build(f, () -> new Grant.AppAssignment(subjectKind, subjectId, targetId, provenance));
      case ROLE_ASSIGNMENT -> role(f, subjectKind, subjectId, targetId, provenance);
      case SCOPE_GRANT -> scope(f, subjectId, targetId, provenance);
    };
    f.requireUnusedEmpty(kind.name(), IGNORED);
    return f.failed() ? null : g;
  }

  private static @Nullable Grant role(CsvFields f, EntityKind subjectKind, String subjectId,
      String roleId, Provenance provenance) {
    AssignmentStatus status = f.constant("status", AssignmentStatus.class, false);
    List<RoleTarget> targets = new ArrayList<>();
    for (String item : f.list("targets")) {
      int colon = item.indexOf(':');
      if (colon <= 0 || colon == item.length() - 1) {
        f.problem("targets", dev.governance.core.internal.Quoted.quote(item) + " is not a target;"
            + " write KIND:id, e.g. GROUP:00g1 or APPLICATION:0oa2");
        continue;
      }
      RoleTarget.Kind k = f.constant("targets", "target kind", RoleTarget.Kind.class,
          item.substring(0, colon));
      if (k != null) {
        targets.add(new RoleTarget(k, item.substring(colon + 1)));
      }
    }
    boolean targetsKnown = f.bool("targets_known", true);
    List<String> resources = f.list("scope_resources");
    String assignmentId = f.text("grant_id");
    AssignmentStatus s = status == null ? AssignmentStatus.ACTIVE : status;
    return build(f, () -> new Grant.RoleAssignment(subjectKind, subjectId, roleId, targets,
        assignmentId, provenance, s, targetsKnown, resources));
  }

  private static @Nullable Grant scope(CsvFields f, String applicationId, String scope,
      Provenance provenance) {
    AccessMode access = f.constant("access", AccessMode.class, true);
    String grantId = f.text("grant_id");
    String issuer = f.required("issuer", "issuer (the authorization server's URL)");
    ConsentSource source = f.constant("source", ConsentSource.class, true);
    String consentedBy = f.text("consented_by");
    var created = f.instant("created");
    if (access == null || issuer == null || source == null) {
      return null;
    }
    return build(f, () -> new Grant.ScopeGrant(applicationId, scope, access, issuer, grantId, source,
        consentedBy, created, provenance));
  }

  private static @Nullable Provenance provenance(CsvFields f) {
    ProvenanceKind kind = f.constant("provenance", ProvenanceKind.class, false);
    String id = f.text("provenance_id");
    ProvenanceKind k = kind == null ? ProvenanceKind.DIRECT : kind;
    if (f.failed()) {
      return null;
    }
    boolean needsId = k == ProvenanceKind.VIA_GROUP || k == ProvenanceKind.VIA_GROUP_RULE;
    if (needsId && id == null) {
      f.problem("provenance_id", "missing the id of the " + (k == ProvenanceKind.VIA_GROUP ? "group"
          : "group rule") + " that " + k + " names");
      return null;
    }
    if (!needsId && id != null) {
      f.problem("provenance_id", "a " + k + " grant names no group or rule; leave it empty");
      return null;
    }
    return switch (k) {
      case DIRECT -> Provenance.direct();
      case VIA_UNNAMED_GROUP -> Provenance.viaUnnamedGroup();
      case VIA_GROUP -> Provenance.viaGroup(java.util.Objects.requireNonNull(id));
      case VIA_GROUP_RULE -> Provenance.viaGroupRule(java.util.Objects.requireNonNull(id));
    };
  }

  /** The column of a relation row that holds a reference. */
  static String column(Inventory.Reference ref) {
    return switch (ref.field()) {
      case "subject" -> "subject_id";
      case "target" -> "target_id";
      case "provenance" -> "provenance_id";
      default -> ref.field();
    };
  }

  private static String words(List<EntityKind> kinds) {
    return kinds.size() == 1 ? "an " + kinds.get(0)
        : String.join(", ", kinds.subList(0, kinds.size() - 1).stream().map(Enum::name).toList())
            + " or " + kinds.get(kinds.size() - 1);
  }

  private static @Nullable Grant build(CsvFields f, Supplier<Grant> constructor) {
    if (f.failed()) {
      return null;
    }
    try {
      return constructor.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      f.problem("kind", "the row does not make a valid grant: " + e.getMessage());
      return null;
    }
  }
}
