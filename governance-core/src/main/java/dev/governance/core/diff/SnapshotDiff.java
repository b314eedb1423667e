package dev.governance.core.diff;

import dev.governance.core.model.Coverage;
import dev.governance.core.model.Entity;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two snapshots of one tenant: entities and grants added, removed or changed.
 * See the package documentation for how grants are matched and how coverage is respected.
 *
 * <pre>{@code
 * SnapshotDiff diff = SnapshotDiff.between(lastReview, today);
 * diff.entities(EntityKind.IDENTITY).forEach(System.out::println);  // e.g. status ACTIVE → SUSPENDED
 * diff.grants(InventoryCollection.ROLE_ASSIGNMENTS).forEach(System.out::println);
 * }</pre>
 *
 * <p>Immutable. Computing a diff takes time and memory in proportion to the two snapshots; it never
 * compares every grant with every other.
 *
 * @since 0.1
 */
public final class SnapshotDiff {

  private final SnapshotInfo before;
  private final SnapshotInfo after;
  private final List<EntityChange> entities;
  private final List<GrantChange> grants;
  private final Set<InventoryCollection> skipped;
  private final Set<InventoryCollection> uncertain;

  private SnapshotDiff(
      SnapshotInfo before, SnapshotInfo after, List<EntityChange> entities, List<GrantChange> grants,
      Set<InventoryCollection> skipped, Set<InventoryCollection> uncertain) {
    this.before = before;
    this.after = after;
    this.entities = Collections.unmodifiableList(entities);
    this.grants = Collections.unmodifiableList(grants);
    this.skipped = Collections.unmodifiableSet(skipped);
    this.uncertain = Collections.unmodifiableSet(uncertain);
  }

  /**
   * Compares two snapshots.
   *
   * @param before the earlier snapshot
   * @param after the later snapshot
   * @return the differences
   */
  public static SnapshotDiff between(Snapshot before, Snapshot after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Set<InventoryCollection> skipped = EnumSet.noneOf(InventoryCollection.class);
    Set<InventoryCollection> uncertain = EnumSet.noneOf(InventoryCollection.class);
    for (InventoryCollection c : InventoryCollection.values()) {
      Coverage b = before.coverage(c);
      Coverage a = after.coverage(c);
      if (unread(b) || unread(a)) {
        skipped.add(c);
      } else if (!b.isComplete() || !a.isComplete()) {
        uncertain.add(c);
      }
    }
    Fields fields = new Fields();
    List<EntityChange> entityChanges = new ArrayList<>();
    for (EntityKind kind : EntityKind.values()) {
      if (!skipped.contains(kind.collection())) {
        compareEntities(before, after, kind, fields, entityChanges);
      }
    }
    List<GrantChange> grantChanges = new ArrayList<>();
    compareGrants(before, after, skipped, fields, grantChanges);
    return new SnapshotDiff(before.info(), after.info(), entityChanges, grantChanges, skipped, uncertain);
  }

  private static boolean unread(Coverage c) {
    return c instanceof Coverage.Unavailable || c instanceof Coverage.NotRequested;
  }

  private static void compareEntities(
      Snapshot before, Snapshot after, EntityKind kind, Fields fields, List<EntityChange> out) {
    for (Entity a : after.entities(kind)) {
      Entity b = before.entity(kind, a.id()).orElse(null);
      if (b == null) {
        out.add(new EntityChange.Added(a));
      } else if (!a.equals(b)) {
        List<FieldChange> changed = fields.compare((Record) b, (Record) a);
        if (!changed.isEmpty()) {
          out.add(new EntityChange.Changed(b, a, changed));
        }
      }
    }
    for (Entity b : before.entities(kind)) {
      if (after.entity(kind, b.id()).isEmpty()) {
        out.add(new EntityChange.Removed(b));
      }
    }
  }

  private static void compareGrants(
      Snapshot before, Snapshot after, Set<InventoryCollection> skipped, Fields fields,
      List<GrantChange> out) {
    Set<String> seen = new HashSet<>();
    List<GrantChange> removed = new ArrayList<>();
    for (Grant g : after.grants()) {
      if (skipped.contains(g.collection()) || !seen.add(subject(g))) {
        continue;
      }
      Map<Object, Grant> earlier = new LinkedHashMap<>();
      for (Grant b : before.grantsOf(g.subjectKind(), g.subjectId())) {
        if (!skipped.contains(b.collection())) {
          earlier.putIfAbsent(GrantKey.of(b), b);
        }
      }
      for (Grant a : after.grantsOf(g.subjectKind(), g.subjectId())) {
        if (skipped.contains(a.collection())) {
          continue;
        }
        Grant b = earlier.remove(GrantKey.of(a));
        if (b == null) {
          out.add(new GrantChange.Added(a));
        } else if (!a.equals(b)) {
          out.add(new GrantChange.Changed(b, a, fields.compare((Record) b, (Record) a)));
        }
      }
      earlier.values().forEach(b -> removed.add(new GrantChange.Removed(b)));
    }
    for (Grant b : before.grants()) {
      if (!skipped.contains(b.collection()) && !seen.contains(subject(b))) {
        removed.add(new GrantChange.Removed(b));
      }
    }
    out.addAll(removed);
  }

  private static String subject(Grant g) {
    return g.subjectKind().name() + ':' + g.subjectId();
  }

  /**
   * Returns where and when the earlier snapshot was taken.
   *
   * @return the info
   */
  public SnapshotInfo before() {
    return before;
  }

  /**
   * Returns where and when the later snapshot was taken.
   *
   * @return the info
   */
  public SnapshotInfo after() {
    return after;
  }

  /**
   * Returns every entity change: by kind, additions and changes in the later snapshot's order,
   * then removals.
   *
   * @return an unmodifiable list
   */
  public List<EntityChange> entities() {
    return entities;
  }

  /**
   * Returns the changes of entities of one kind.
   *
   * @param kind the kind
   * @return the changes
   */
  public List<EntityChange> entities(EntityKind kind) {
    return entities.stream().filter(c -> c.kind() == kind).toList();
  }

  /**
   * Returns every grant change: additions and changes in the later snapshot's order, then removals.
   *
   * @return an unmodifiable list
   */
  public List<GrantChange> grants() {
    return grants;
  }

  /**
   * Returns the changes of grants of one collection.
   *
   * @param collection e.g. {@link InventoryCollection#ROLE_ASSIGNMENTS}
   * @return the changes
   */
  public List<GrantChange> grants(InventoryCollection collection) {
    return grants.stream().filter(c -> c.collection() == collection).toList();
  }

  /**
   * Returns the collections left out because one snapshot could not read them or did not ask for
   * them.
   *
   * @return an unmodifiable set
   */
  public Set<InventoryCollection> skipped() {
    return skipped;
  }

  /**
   * Returns the collections compared although one snapshot read them only in part: an addition or
   * a removal there may only mean the item was in the part not read.
   *
   * @return an unmodifiable set
   */
  public Set<InventoryCollection> uncertain() {
    return uncertain;
  }

  /**
   * Tells whether nothing compared has changed.
   *
   * @return {@code true} when there are no entity and no grant changes
   */
  public boolean isEmpty() {
    return entities.isEmpty() && grants.isEmpty();
  }

  @Override
  public String toString() {
    return "SnapshotDiff[" + before.completedAt() + " → " + after.completedAt() + ", "
        + entities.size() + " entity and " + grants.size() + " grant changes"
        + (skipped.isEmpty() ? "" : ", skipped " + skipped) + "]";
  }
}
