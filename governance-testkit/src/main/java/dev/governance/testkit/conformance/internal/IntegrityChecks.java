package dev.governance.testkit.conformance.internal;

import dev.governance.core.model.Coverage;
import dev.governance.core.model.Entity;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.model.Provenance;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.spi.CancellationToken;
import dev.governance.testkit.conformance.SeededInventory;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The checks of what a snapshot holds: the seed, stable ids, references and provenance. */
final class IntegrityChecks {

  /** A grant as the kit matches it: kind, subject, target and provenance. */
  record GrantKey(InventoryCollection collection, EntityKind subjectKind, String subjectId,
      @Nullable EntityKind targetKind, String targetId, Provenance provenance) {
    static GrantKey of(Grant g) {
      return new GrantKey(g.collection(), g.subjectKind(), g.subjectId(), g.targetKind(), g.targetId(),
          g.provenance());
    }

    @Override
    public String toString() {
      return collection + " " + subjectKind + " " + Problems.q(subjectId) + " -> "
          + (targetKind == null ? "" : targetKind + " ") + Problems.q(targetId) + " (" + provenance + ")";
    }
  }

  private final Session session;

  IntegrityChecks(Session session) {
    this.session = session;
  }

  static Set<String> entityKeys(Recording r) {
    Set<String> keys = new LinkedHashSet<>();
    for (Entity e : r.entities()) {
      keys.add(e.kind() + " " + Problems.q(e.id()));
    }
    return keys;
  }

  static Set<GrantKey> grantKeys(Recording r) {
    Set<GrantKey> keys = new LinkedHashSet<>();
    for (Grant g : r.grants()) {
      keys.add(GrantKey.of(g));
    }
    return keys;
  }

  void seededDelivered() {
    Session.Baseline b = session.baseline();
    SeededInventory seeded = session.subject.seeded();
    Set<String> got = entityKeys(b.recording());
    Set<GrantKey> gotGrants = grantKeys(b.recording());
    Set<String> expected = new LinkedHashSet<>();
    seeded.entities().forEach((kind, ids) -> ids.forEach(id -> expected.add(kind + " " + Problems.q(id))));
    Set<GrantKey> expectedGrants = new LinkedHashSet<>();
    seeded.grants().forEach(g -> expectedGrants.add(GrantKey.of(g)));
    if (expected.isEmpty() && expectedGrants.isEmpty()) {
      Problems.abort("the seeded inventory is empty: name what was seeded in seededInventory()");
    }
    Problems p = new Problems();
    for (String e : expected) {
      if (!got.contains(e)) {
        p.add("seeded entity " + e + " was not delivered");
      }
    }
    for (GrantKey g : expectedGrants) {
      if (!gotGrants.contains(g)) {
        p.add("seeded grant " + g + " was not delivered" + similar(g, gotGrants));
      }
    }
    if (seeded.exact()) {
      got.stream().filter(e -> !expected.contains(e)).forEach(e -> p.add("entity " + e + " was not seeded"));
      gotGrants.stream().filter(g -> !expectedGrants.contains(g)).forEach(g -> p.add("grant " + g
          + " was not seeded"));
    }
    p.throwIfAny("the sync must deliver what was seeded" + (seeded.exact() ? ", and nothing else" : ""));
  }

  /** Names a delivered grant that differs from a missing one by its provenance only. */
  private static String similar(GrantKey missing, Set<GrantKey> got) {
    for (GrantKey g : got) {
      if (g.collection() == missing.collection() && g.subjectKind() == missing.subjectKind()
          && g.subjectId().equals(missing.subjectId()) && g.targetId().equals(missing.targetId())) {
        return "; one was delivered " + g.provenance() + " instead";
      }
    }
    return "";
  }

  void idsStable() {
    Session.Baseline b = session.baseline();
    if (b.recording().entities().isEmpty() && b.recording().grants().isEmpty()) {
      Problems.abort("the first sync delivered nothing, so no id could be compared: seed the tenant");
    }
    Recording second = session.sync(b.connector(), b.plan(), new CancellationToken(), x -> {});
    if (second.failure().isPresent()) {
      throw Problems.fail("the second sync failed: " + Problems.describe(second.failure().get()),
          second.failure().get());
    }
    Problems p = new Problems();
    Set<String> first = entityKeys(b.recording());
    Set<String> again = entityKeys(second);
    first.stream().filter(e -> !again.contains(e)).forEach(e -> p.add("entity " + e + " of the first sync is"
        + " missing from the second"));
    again.stream().filter(e -> !first.contains(e)).forEach(e -> p.add("entity " + e + " is new in the second"
        + " sync"));
    Set<GrantKey> g1 = grantKeys(b.recording());
    Set<GrantKey> g2 = grantKeys(second);
    g1.stream().filter(g -> !g2.contains(g)).forEach(g -> p.add("grant " + g + " of the first sync is missing"
        + " from the second"));
    g2.stream().filter(g -> !g1.contains(g)).forEach(g -> p.add("grant " + g + " is new in the second sync"));
    p.throwIfAny("two syncs of an unchanged tenant must deliver the same ids (use the provider's immutable ids,"
        + " never positions, counters or names)");
  }

  void referencesResolve() {
    Session.Baseline b = session.baseline();
    Snapshot s = b.recording().snapshot();
    Map<InventoryCollection, Coverage> coverage = b.recording().coverage();
    Problems p = new Problems();
    int checked = 0;
    for (Grant g : s.grants()) {
      if (complete(coverage, g.subjectKind())) {
        checked++;
        if (s.entity(g.subjectKind(), g.subjectId()).isEmpty()) {
          p.add("grant " + GrantKey.of(g) + ": its subject is not in the snapshot");
        }
      }
      EntityKind target = g.targetKind();
      if (target != null && complete(coverage, target)) {
        checked++;
        if (s.entity(target, g.targetId()).isEmpty()) {
          p.add("grant " + GrantKey.of(g) + ": its target is not in the snapshot");
        }
      }
    }
    if (checked == 0) {
      Problems.abort("no grant has a subject or target in a complete collection of entities, so no reference"
          + " can be checked: seed grants between seeded entities");
    }
    p.throwIfAny("every grant must reference entities the same sync delivered, where their collection is"
        + " complete");
  }

  void provenanceConsistent() {
    Session.Baseline b = session.baseline();
    Snapshot s = b.recording().snapshot();
    Map<InventoryCollection, Coverage> coverage = b.recording().coverage();
    Map<String, Set<String>> memberOf = new HashMap<>();
    for (Grant g : s.grants()) {
      if (g instanceof Grant.Membership m) {
        memberOf.computeIfAbsent(m.memberKind() + " " + m.memberId(), k -> new HashSet<>()).add(m.groupId());
      }
    }
    boolean memberships = coverage.getOrDefault(InventoryCollection.MEMBERSHIPS, Coverage.notRequested())
        .isComplete();
    Problems p = new Problems();
    int indirect = 0;
    for (Grant g : s.grants()) {
      if (g.provenance() instanceof Provenance.ViaGroup via) {
        indirect++;
        if (complete(coverage, EntityKind.GROUP) && s.group(via.groupId()).isEmpty()) {
          p.add("grant " + GrantKey.of(g) + " names a group that is not in the snapshot");
        }
        boolean member = g instanceof Grant.Membership
            || reaches(memberOf, g.subjectKind() + " " + g.subjectId(), via.groupId());
        if (memberships && (g.subjectKind() == EntityKind.IDENTITY || g.subjectKind() == EntityKind.GROUP)
            && !member) {
          p.add("grant " + GrantKey.of(g) + " names a group its " + g.subjectKind().name().toLowerCase()
              + " is not a member of");
        }
      } else if (g.provenance() instanceof Provenance.ViaGroupRule via) {
        indirect++;
        if (complete(coverage, EntityKind.GROUP_RULE)
            && s.entity(EntityKind.GROUP_RULE, via.ruleId()).isEmpty()) {
          p.add("grant " + GrantKey.of(g) + " names a group rule that is not in the snapshot");
        }
      } else if (g.provenance() instanceof Provenance.ViaUnnamedGroup) {
        indirect++;
      }
    }
    if (indirect == 0) {
      Problems.abort("no grant came through a group or a group rule, so no provenance could be checked: seed"
          + " one where the provider reports such grants (e.g. a membership a group rule added)");
    }
    p.throwIfAny("a grant's provenance must name a group its subject belongs to, or a rule that exists");
  }

  /** Tells whether a member reaches a group directly or through nested groups. */
  private static boolean reaches(Map<String, Set<String>> memberOf, String member, String group) {
    Deque<String> todo = new ArrayDeque<>(List.of(member));
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      for (String g : memberOf.getOrDefault(todo.pop(), Set.of())) {
        if (g.equals(group)) {
          return true;
        }
        if (seen.add(g)) {
          todo.push(EntityKind.GROUP + " " + g);
        }
      }
    }
    return false;
  }

  private static boolean complete(Map<InventoryCollection, Coverage> coverage, EntityKind kind) {
    return coverage.getOrDefault(kind.collection(), Coverage.notRequested()).isComplete();
  }
}
