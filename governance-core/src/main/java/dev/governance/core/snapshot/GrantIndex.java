package dev.governance.core.snapshot;

import dev.governance.core.model.Grant;
import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Grants grouped by one of their ids (subject or target), as positions into the snapshot's grant
 * array: one {@code int[]} per key, no per-grant objects.
 */
final class GrantIndex {

  private static final int[] NONE = new int[0];

  private final Grant[] grants;
  private final Map<String, int[]> positions;

  private GrantIndex(Grant[] grants, Map<String, int[]> positions) {
    this.grants = grants;
    this.positions = positions;
  }

  /**
   * Indexes grants by a key.
   *
   * @param grants every grant of the snapshot
   * @param key the id to group by
   * @return the index
   */
  static GrantIndex build(Grant[] grants, Function<Grant, String> key) {
    Map<String, int[]> counts = new HashMap<>();
    for (Grant g : grants) {
      int[] c = counts.computeIfAbsent(key.apply(g), k -> new int[1]);
      c[0]++;
    }
    Map<String, int[]> positions = new HashMap<>(counts.size() * 4 / 3 + 1);
    Map<String, int[]> fill = new HashMap<>(counts.size() * 4 / 3 + 1);
    counts.forEach(
        (k, c) -> {
          positions.put(k, new int[c[0]]);
          fill.put(k, new int[1]);
        });
    for (int i = 0; i < grants.length; i++) {
      String k = key.apply(grants[i]);
      // The first pass gave every key an entry in both maps.
      int[] at = Objects.requireNonNull(fill.get(k));
      Objects.requireNonNull(positions.get(k))[at[0]++] = i;
    }
    return new GrantIndex(grants, positions);
  }

  /**
   * Returns the grants under a key, in snapshot order.
   *
   * @param key the id
   * @return an unmodifiable view, empty when the key is unknown
   */
  List<Grant> get(String key) {
    int[] at = positions.getOrDefault(key, NONE);
    return new AbstractList<>() {
      @Override
      public Grant get(int index) {
        return grants[at[index]];
      }

      @Override
      public int size() {
        return at.length;
      }
    };
  }

  /**
   * Returns how many keys the index holds.
   *
   * @return the number of keys
   */
  int keys() {
    return positions.size();
  }
}
