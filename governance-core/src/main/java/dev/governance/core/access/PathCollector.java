package dev.governance.core.access;

import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Provenance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Gathers the paths an {@link AccessGraph} walk finds per identity and target, up to the graph's
 * limit, then merges reported and derived paths and sorts them shortest first.
 */
final class PathCollector implements AccessGraph.PathSink {

  private static final Comparator<AccessPath> SHORTEST_FIRST =
      Comparator.<AccessPath>comparingInt(p -> p.hops().size())
          .thenComparing(AccessPath::kind)
          .thenComparing(p -> String.join(">", p.groups()));

  private final Map<Key, List<AccessPath>> paths = new LinkedHashMap<>();
  private final Set<Key> truncated = new HashSet<>();
  private final AccessGraph graph;
  private final int maxPaths;
  private final boolean skipDeprovisioned;
  private final @Nullable Set<String> only;

  PathCollector(AccessGraph graph, int maxPaths, boolean skipDeprovisioned, @Nullable Set<String> only) {
    this.graph = graph;
    this.maxPaths = maxPaths;
    this.skipDeprovisioned = skipDeprovisioned;
    this.only = only;
  }

  @Override
  public void path(String identityId, Grant.@Nullable Membership head, Deque<Grant> suffix) {
    if (only != null && !only.contains(identityId)) {
      return;
    }
    List<Grant> hops = new ArrayList<>(suffix.size() + 1);
    if (head != null) {
      hops.add(head);
    }
    hops.addAll(suffix);
    add(identityId, hops);
  }

  void add(String identityId, List<Grant> hops) {
    if (skipDeprovisioned && graph.deprovisioned(identityId)) {
      return;
    }
    Grant last = hops.get(hops.size() - 1);
    // Paths end in an application or role assignment, never in a scope grant: the kind is known.
    EntityKind targetKind = Objects.requireNonNull(last.targetKind(), "targetKind");
    Key key = new Key(identityId, targetKind, last.targetId());
    List<AccessPath> list = paths.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (list.size() >= maxPaths) {
      truncated.add(key);
      return;
    }
    list.add(new AccessPath(hops));
  }

  List<Access> result() {
    List<Access> result = new ArrayList<>(paths.size());
    paths.forEach(
        (key, list) -> {
          List<AccessPath> merged = dropReportedWhenDerived(list);
          merged.sort(SHORTEST_FIRST);
          result.add(
              new Access(key.identityId, key.targetKind, key.targetId, merged, truncated.contains(key)));
        });
    return result;
  }

  /**
   * A grant the provider reported as inherited through group G (one hop, provenance via G) says
   * the same as a path derived through G: keep the derived path, whose hops say more. A grant
   * reported through an unnamed group gives way to any derived path through a group.
   */
  private List<AccessPath> dropReportedWhenDerived(List<AccessPath> list) {
    if (list.size() < 2) {
      return new ArrayList<>(list);
    }
    Set<String> derivedLastGroups = new HashSet<>();
    for (AccessPath p : list) {
      if (p.hops().size() > 1) {
        Grant beforeLast = p.hops().get(p.hops().size() - 2);
        derivedLastGroups.add(beforeLast.targetId());
      }
    }
    List<AccessPath> kept = new ArrayList<>(list.size());
    for (AccessPath p : list) {
      if (p.hops().size() == 1 && reportedAndDerived(p.last().provenance(), derivedLastGroups)) {
        continue;
      }
      kept.add(p);
    }
    return kept;
  }

  static boolean reportedAndDerived(Provenance reported, Set<String> derivedLastGroups) {
    if (reported instanceof Provenance.ViaGroup v) {
      return derivedLastGroups.contains(v.groupId());
    }
    return reported == Provenance.viaUnnamedGroup() && !derivedLastGroups.isEmpty();
  }

  private record Key(String identityId, EntityKind targetKind, String targetId) {}
}
