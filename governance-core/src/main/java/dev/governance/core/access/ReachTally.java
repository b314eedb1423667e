package dev.governance.core.access;

import dev.governance.core.model.Grant;
import dev.governance.core.model.Provenance;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Counts the kinds of path per identity to one target as the reverse walk finds them, keeping of
 * each path only what {@link AccessGraph}'s merge of reported and derived paths reads: the first
 * paths up to the limit, a derived path's kind and last group, a one-hop path's grant.
 */
final class ReachTally implements AccessGraph.PathSink {

  /** Marks an identity that is deprovisioned, so reaches nothing. */
  private static final Tally SKIPPED = new Tally();

  private final int maxPaths;
  private final Map<String, Tally> tallies;
  private final java.util.function.Function<String, Tally> first;

  /**
   * Creates a tally.
   *
   * @param graph the graph walked
   * @param maxPaths the paths per identity that count, at most
   * @param expected about how many identities the walk will find, to size the table once
   */
  ReachTally(AccessGraph graph, int maxPaths, int expected) {
    this.maxPaths = maxPaths;
    this.tallies = new LinkedHashMap<>(Math.max(16, (int) Math.min(1 << 30, expected * 4L / 3 + 1)));
    this.first = id -> graph.deprovisioned(id) ? SKIPPED : new Tally();
  }

  @Override
  public void path(String identityId, Grant.@Nullable Membership head, Deque<Grant> suffix) {
    Tally t = tallies.computeIfAbsent(identityId, first);
    if (t == SKIPPED || t.paths >= maxPaths) {
      return;
    }
    t.paths++;
    if (head == null && suffix.size() == 1) {
      if (t.oneHop == null) {
        t.oneHop = new ArrayList<>(1);
      }
      t.oneHop.add(suffix.getFirst());
      return;
    }
    if (t.derivedLastGroups == null) {
      t.derivedLastGroups = new HashSet<>(2);
    }
    t.derivedLastGroups.add(beforeLast(head, suffix).targetId());
    boolean rule = head != null && head.provenance() instanceof Provenance.ViaGroupRule
        || AccessPath.kindOf(suffix) == AccessPath.Kind.VIA_GROUP_RULE;
    if (rule) {
      t.viaGroupRule = true;
    } else {
      t.viaGroup = true;
    }
  }

  private static Grant beforeLast(Grant.@Nullable Membership head, Deque<Grant> suffix) {
    if (suffix.size() == 1) {
      return java.util.Objects.requireNonNull(head, "head");
    }
    Iterator<Grant> back = suffix.descendingIterator();
    back.next();
    return back.next();
  }

  List<Reach> result() {
    List<Reach> result = new ArrayList<>(tallies.size());
    tallies.forEach((identityId, t) -> {
      if (t == SKIPPED) {
        return;
      }
      boolean direct = false;
      boolean viaGroup = t.viaGroup;
      boolean viaRule = t.viaGroupRule;
      List<Grant> oneHop = t.oneHop == null ? List.of() : t.oneHop;
      Set<String> derived = t.derivedLastGroups == null ? Set.of() : t.derivedLastGroups;
      for (Grant g : oneHop) {
        if (PathCollector.reportedAndDerived(g.provenance(), derived)) {
          continue;
        }
        switch (AccessPath.kindOf(List.of(g))) {
          case DIRECT -> direct = true;
          case VIA_GROUP -> viaGroup = true;
          case VIA_GROUP_RULE -> viaRule = true;
          default -> throw new IllegalStateException("unknown path kind");
        }
      }
      result.add(new Reach(identityId, direct, viaGroup, viaRule));
    });
    return result;
  }

  /** What one identity's paths so far say. */
  private static final class Tally {
    int paths;
    boolean viaGroup;
    boolean viaGroupRule;
    @Nullable List<Grant> oneHop;
    @Nullable Set<String> derivedLastGroups;
  }
}
