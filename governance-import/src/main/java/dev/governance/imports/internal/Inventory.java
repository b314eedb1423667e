package dev.governance.imports.internal;

import dev.governance.core.internal.Quoted;
import dev.governance.core.model.ApiToken;
import dev.governance.core.model.AuthFactor;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.Entity;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Group;
import dev.governance.core.model.GroupRule;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.model.Provenance;
import dev.governance.core.model.RoleTarget;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an import keeps while it streams: the ids of the entities read (never the entities), how
 * many items of each collection it read, and the coverage the input states. From them it checks
 * that a reference names an entity that exists, and decides the coverage to report.
 *
 * <p>A reference is checked only where the input claims to hold every entity of that kind: the
 * stated coverage is complete, or no coverage is stated and the input holds entities of the kind. A
 * grant to an identity of a collection read in part may name one that was not read.
 */
final class Inventory {

  /** A reference from an item to an entity, named by the item's field that holds it. */
  record Reference(String field, EntityKind kind, String id) {}

  private final Map<EntityKind, IdSet> ids = new EnumMap<>(EntityKind.class);
  private final long[] counts = new long[InventoryCollection.values().length];
  private final Map<InventoryCollection, Coverage> stated = new EnumMap<>(InventoryCollection.class);

  /**
   * Records an entity's id.
   *
   * @return {@code false} if an entity of that kind and id was read before
   */
  boolean addEntity(EntityKind kind, String id) {
    boolean added = ids.computeIfAbsent(kind, k -> new IdSet()).add(id);
    if (added) {
      counts[kind.collection().ordinal()]++;
    }
    return added;
  }

  /** Counts a grant of a collection. */
  void countGrant(InventoryCollection collection) {
    counts[collection.ordinal()]++;
  }

  /** The items of a collection read so far. */
  long count(InventoryCollection collection) {
    return counts[collection.ordinal()];
  }

  /** Records the coverage the input states for a collection. */
  void state(InventoryCollection collection, Coverage coverage) {
    stated.put(collection, coverage);
  }

  /** The coverage the input states for a collection, if it states one. */
  Optional<Coverage> stated(InventoryCollection collection) {
    return Optional.ofNullable(stated.get(collection));
  }

  /**
   * The coverage to report: the one stated, else complete when the input holds items of the
   * collection, else unavailable by design (the input does not say it was read: never complete).
   *
   * @param source the input, for the reason, e.g. {@code entities.csv and relations.csv}
   * @param how how to state coverage, for the reason, e.g. {@code add coverage.csv ...}
   */
  Coverage coverage(InventoryCollection collection, String source, String how) {
    Coverage c = stated.get(collection);
    if (c != null) {
      return c;
    }
    if (count(collection) > 0) {
      return Coverage.complete();
    }
    return Coverage.unavailable(source + " hold no " + name(collection) + " and do not say whether"
        + " the tenant has any; " + how, java.util.Set.of(), Coverage.Cause.BY_DESIGN);
  }

  /**
   * Tells why a reference is refused: it names no entity of its kind where the input holds every
   * entity of the kind.
   *
   * @return empty when the reference is fine
   */
  Optional<String> missing(Reference ref, String where) {
    InventoryCollection c = ref.kind().collection();
    Coverage s = stated.get(c);
    boolean checked = s != null ? s.isComplete() : count(c) > 0;
    if (!checked) {
      return Optional.empty();
    }
    IdSet known = ids.get(ref.kind());
    if (known != null && known.contains(ref.id())) {
      return Optional.empty();
    }
    return Optional.of(Quoted.quote(ref.id()) + " names no " + ref.kind() + " in " + where + "; add the "
        + noun(ref.kind()) + " or remove the row");
  }

  /** The entities a grant refers to. */
  static List<Reference> references(Grant g) {
    List<Reference> refs = new ArrayList<>(3);
    refs.add(new Reference("subject", g.subjectKind(), g.subjectId()));
    EntityKind target = g.targetKind();
    if (target != null) {
      refs.add(new Reference("target", target, g.targetId()));
    }
    Provenance p = g.provenance();
    if (p instanceof Provenance.ViaGroup v) {
      refs.add(new Reference("provenance", EntityKind.GROUP, v.groupId()));
    } else if (p instanceof Provenance.ViaGroupRule r) {
      refs.add(new Reference("provenance", EntityKind.GROUP_RULE, r.ruleId()));
    }
    if (g instanceof Grant.RoleAssignment r) {
      for (RoleTarget t : r.targets()) {
        if (t.kind() == RoleTarget.Kind.GROUP) {
          refs.add(new Reference("targets", EntityKind.GROUP, t.id()));
        } else if (t.kind() == RoleTarget.Kind.APPLICATION) {
          refs.add(new Reference("targets", EntityKind.APPLICATION, t.id()));
        }
      }
    }
    return refs;
  }

  /** The entities an entity refers to, named by the fields of the snapshot JSON format. */
  static List<Reference> references(Entity e) {
    List<Reference> refs = new ArrayList<>();
    if (e instanceof ApiToken t) {
      refs.add(new Reference("ownerId", EntityKind.IDENTITY, t.ownerId()));
    } else if (e instanceof AuthFactor f) {
      refs.add(new Reference("identityId", EntityKind.IDENTITY, f.identityId()));
    } else if (e instanceof Group g && g.sourceApplicationId() != null) {
      refs.add(new Reference("sourceApplicationId", EntityKind.APPLICATION, g.sourceApplicationId()));
    } else if (e instanceof GroupRule r) {
      r.targetGroupIds().forEach(id -> refs.add(new Reference("targetGroupIds", EntityKind.GROUP, id)));
      r.excludedIdentityIds().forEach(id ->
          refs.add(new Reference("excludedIdentityIds", EntityKind.IDENTITY, id)));
    }
    return refs;
  }

  /** The kind in words, e.g. {@code identity}, {@code group rule}. */
  static String noun(EntityKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String name(InventoryCollection c) {
    return c.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
