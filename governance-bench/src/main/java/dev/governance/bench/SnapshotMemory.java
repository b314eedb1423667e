package dev.governance.bench;

import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures the heap a snapshot retains: builds the inventory without grants and with them,
 * several times, and reports the median retained heap of each and the bytes per grant.
 *
 * <p>Run: {@code java -Xmx512m -cp governance-bench/target/benchmarks.jar
 * dev.governance.bench.SnapshotMemory [runs]}. The run itself proves the point: with {@code
 * -Xmx512m} it fails with an {@link OutOfMemoryError} if the snapshot does not fit.
 */
public final class SnapshotMemory {

  private SnapshotMemory() {}

  /**
   * Runs the measurement.
   *
   * @param args optional number of runs (default 5)
   */
  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    SyntheticInventory inventory = SyntheticInventory.LARGE;
    List<Long> entitiesOnly = new ArrayList<>();
    List<Long> withGrants = new ArrayList<>();
    List<Long> buildMillis = new ArrayList<>();
    int grants = 0;
    for (int run = 0; run < runs; run++) {
      long base = usedAfterGc();
      Snapshot s = build(inventory, false);
      entitiesOnly.add(usedAfterGc() - base);
      reach(s);
      s = null;
      base = usedAfterGc();
      long t = System.nanoTime();
      s = build(inventory, true);
      buildMillis.add((System.nanoTime() - t) / 1_000_000);
      withGrants.add(usedAfterGc() - base);
      grants = s.grants().size();
      reach(s);
    }
    long e = median(entitiesOnly);
    long w = median(withGrants);
    System.out.printf(
        "SnapshotMemory identities=%d grants=%d runs=%d maxHeap=%dMB%n",
        inventory.identities(), grants, runs, Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf("median retained heap, entities only: %.1f MB%n", e / 1048576.0);
    System.out.printf("median retained heap, with grants:   %.1f MB%n", w / 1048576.0);
    System.out.printf("median bytes per grant (incl. indexes): %.1f%n", (w - e) / (double) grants);
    System.out.printf("median snapshot build time (stream + index): %d ms%n", median(buildMillis));
  }

  private static Snapshot build(SyntheticInventory inventory, boolean withGrants) {
    SnapshotBuilder builder = Snapshot.builder("bench", "synthetic");
    inventory.streamInto(builder, withGrants);
    return builder.build();
  }

  private static void reach(Snapshot s) {
    if (s.identities().isEmpty()) {
      throw new IllegalStateException("empty snapshot");
    }
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 4; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
      }
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
