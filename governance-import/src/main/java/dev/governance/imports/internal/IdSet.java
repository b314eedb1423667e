package dev.governance.imports.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A set of ids in one open-addressing table of references: no entry objects, so that the ids of a
 * large inventory cost little more than the strings themselves. Not thread-safe.
 */
final class IdSet {

  private @Nullable String[] table = new String[16];
  private int size;

  /**
   * Adds an id.
   *
   * @param id the id
   * @return {@code false} if it was already there
   */
  boolean add(String id) {
    if ((size + 1) * 4 > table.length * 3) {
      grow();
    }
    int mask = table.length - 1;
    int i = spread(id.hashCode()) & mask;
    while (true) {
      String held = table[i];
      if (held == null) {
        table[i] = id;
        size++;
        return true;
      }
      if (held.equals(id)) {
        return false;
      }
      i = (i + 1) & mask;
    }
  }

  /**
   * Tells whether an id is in the set.
   *
   * @param id the id
   * @return {@code true} if it was added
   */
  boolean contains(String id) {
    int mask = table.length - 1;
    int i = spread(id.hashCode()) & mask;
    while (true) {
      String held = table[i];
      if (held == null) {
        return false;
      }
      if (held.equals(id)) {
        return true;
      }
      i = (i + 1) & mask;
    }
  }

  /** The number of ids. */
  int size() {
    return size;
  }

  private void grow() {
    @Nullable String[] old = table;
    table = new String[old.length * 2];
    size = 0;
    for (String id : old) {
      if (id != null) {
        add(id);
      }
    }
    Arrays.fill(old, null);
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
