package dev.governance.testkit.faults;

import dev.governance.core.diff.EntityChange;
import dev.governance.core.diff.FieldChange;
import dev.governance.core.diff.GrantChange;
import dev.governance.core.diff.SnapshotDiff;
import dev.governance.core.model.Entity;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The good sync's snapshot, and how another snapshot's content differs from it per collection.
 * Fields that changed between two syncs without faults (an API token's {@code lastUpdated}, which
 * the sync itself moves) are volatile and do not count as a difference.
 */
final class Contents {

  /** How many examples a violation quotes. */
  static final int EXAMPLES = 5;

  /** What one collection of a snapshot lacks, adds or changed against the good one. */
  static final class Delta {
    int missing;
    int added;
    int changed;
    final List<String> missingExamples = new ArrayList<>();
    final List<String> otherExamples = new ArrayList<>();

    boolean isEmpty() {
      return missing == 0 && added == 0 && changed == 0;
    }

    void missing(String item) {
      missing++;
      if (missingExamples.size() < EXAMPLES) {
        missingExamples.add(item);
      }
    }

    void added(String item) {
      added++;
      example(item + " added");
    }

    void changed(String item, List<String> fields) {
      changed++;
      example(item + " changed " + fields);
    }

    private void example(String text) {
      if (otherExamples.size() < EXAMPLES) {
        otherExamples.add(text);
      }
    }
  }

  private final Snapshot good;
  private final Set<String> volatileFields;

  private Contents(Snapshot good, Set<String> volatileFields) {
    this.good = good;
    this.volatileFields = volatileFields;
  }

  /**
   * Takes the second of two syncs without faults as the good one, and the fields that changed
   * between them as volatile.
   *
   * @throws IllegalStateException if the two differ in more than fields of entities both hold
   */
  static Contents of(Snapshot first, Snapshot second) {
    SnapshotDiff diff = SnapshotDiff.between(first, second);
    Set<String> volatileFields = new HashSet<>();
    List<String> unstable = new ArrayList<>();
    for (EntityChange change : diff.entities()) {
      if (change instanceof EntityChange.Changed c) {
        c.fields().forEach(f -> volatileFields.add(key(c.kind(), c.id(), f.field())));
      } else {
        unstable.add(change.toString());
      }
    }
    diff.grants().forEach(g -> unstable.add(g.toString()));
    if (!unstable.isEmpty() || !first.coverage().equals(second.coverage())) {
      throw new IllegalStateException("Two syncs without faults disagree, so no sync can be judged"
          + " against them: the tenant changed between them, or the connector reads it unevenly."
          + " Coverage " + first.coverage().equals(second.coverage()) + "; first differences: "
          + unstable.subList(0, Math.min(EXAMPLES, unstable.size())));
    }
    return new Contents(second, Set.copyOf(volatileFields));
  }

  Snapshot good() {
    return good;
  }

  /** Per collection, how {@code other} differs from the good snapshot; collections without a difference are left out. */
  Map<InventoryCollection, Delta> compare(Snapshot other) {
    Map<InventoryCollection, Delta> out = new EnumMap<>(InventoryCollection.class);
    SnapshotDiff diff = SnapshotDiff.between(good, other);
    for (EntityChange change : diff.entities()) {
      InventoryCollection c = change.kind().collection();
      String item = change.kind() + " " + change.id();
      if (change instanceof EntityChange.Removed) {
        delta(out, c).missing(item);
      } else if (change instanceof EntityChange.Added) {
        delta(out, c).added(item);
      } else if (change instanceof EntityChange.Changed changed) {
        List<String> fields = changed.fields().stream().map(FieldChange::field)
            .filter(f -> !volatileFields.contains(key(changed.kind(), changed.id(), f))).toList();
        if (!fields.isEmpty()) {
          delta(out, c).changed(item, fields);
        }
      }
    }
    for (GrantChange change : diff.grants()) {
      String item = describe(change.grant());
      if (change instanceof GrantChange.Removed) {
        delta(out, change.collection()).missing(item);
      } else if (change instanceof GrantChange.Added) {
        delta(out, change.collection()).added(item);
      } else if (change instanceof GrantChange.Changed changed) {
        delta(out, change.collection()).changed(item,
            changed.fields().stream().map(FieldChange::field).toList());
      }
    }
    return out;
  }

  /**
   * Tells what differs between a snapshot as saved and as loaded again: nothing may.
   *
   * @return the first difference found, or {@code null} when they are the same
   */
  static @Nullable String difference(Snapshot saved, Snapshot loaded) {
    if (!saved.info().equals(loaded.info())) {
      return "its info is now " + loaded.info();
    }
    if (!saved.coverage().equals(loaded.coverage())) {
      return "its coverage is now " + loaded.coverage();
    }
    if (!saved.counts().equals(loaded.counts())) {
      return "its counts are now " + loaded.counts();
    }
    for (EntityKind kind : EntityKind.values()) {
      for (Entity e : saved.entities(kind)) {
        if (!loaded.entity(kind, e.id()).map(e::equals).orElse(false)) {
          return kind + " " + e.id() + " changed or went";
        }
      }
    }
    Set<Grant> grants = new HashSet<>(loaded.grants());
    for (Grant g : saved.grants()) {
      if (!grants.contains(g)) {
        return "the grant " + describe(g) + " changed or went";
      }
    }
    return null;
  }

  private static Delta delta(Map<InventoryCollection, Delta> out, InventoryCollection c) {
    return out.computeIfAbsent(c, k -> new Delta());
  }

  private static String key(EntityKind kind, String id, String field) {
    return kind + "\u0000" + id + "\u0000" + field;
  }

  private static String describe(Grant g) {
    Objects.requireNonNull(g, "grant");
    return g.getClass().getSimpleName() + " " + g.subjectKind() + " " + g.subjectId() + " -> "
        + g.targetKind() + " " + g.targetId();
  }
}
