package dev.governance.testkit.faults;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Orders the cases of a matrix by its seed: every kind at every site at every position that
 * applies, each given a seed of its own in that canonical order (so a case keeps its seed whatever
 * is sampled), then shuffled, then sampled.
 */
final class CaseOrder {

  private CaseOrder() {}

  /** A case before it has its number. */
  private record Draft(FaultKind kind, FaultSite site, FaultPosition position, long seed) {}

  static List<FaultCase> of(
      List<FaultSite> sites, List<FaultKind> kinds, Set<FaultPosition> positions, long seed, int sample) {
    Random random = new Random(seed);
    List<Draft> all = new ArrayList<>();
    for (FaultSite site : sites) {
      for (FaultKind kind : kinds) {
        for (FaultPosition position : FaultPosition.values()) {
          if (positions.contains(position) && position.appliesTo(site)) {
            all.add(new Draft(kind, site, position, random.nextLong()));
          }
        }
      }
    }
    Collections.shuffle(all, random);
    List<Draft> chosen = sample == 0 ? all : sample(all, sample);
    List<FaultCase> cases = new ArrayList<>(chosen.size());
    for (Draft d : chosen) {
      cases.add(new FaultCase(cases.size() + 1, d.kind(), d.site(), d.position(), d.seed()));
    }
    return cases;
  }

  /**
   * Takes, in shuffled order, every case that covers a kind, site or position not covered yet,
   * then fills up to {@code size} with the next ones; keeps the shuffled order.
   */
  private static List<Draft> sample(List<Draft> shuffled, int size) {
    Set<Object> covered = new HashSet<>();
    Set<Draft> picked = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Draft d : shuffled) {
      boolean news = covered.add(List.of("kind", d.kind())) | covered.add(List.of("site", d.site()))
          | covered.add(List.of("position", d.position()));
      if (news) {
        picked.add(d);
      }
    }
    for (Draft d : shuffled) {
      if (picked.size() >= size) {
        break;
      }
      picked.add(d);
    }
    return shuffled.stream().filter(picked::contains).toList();
  }
}
