package dev.governance.bench;

import dev.governance.core.diff.SnapshotDiff;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.Entity;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Identity;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import dev.governance.core.spi.InventorySink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures {@link SnapshotDiff} on two large synthetic snapshots (100,000 identities, 1,000,000
 * grants each) that differ a little: in the second, one identity in a hundred is suspended and one
 * membership in a thousand is gone. Reports the median time of a diff and what it found.
 *
 * <p>Run: {@code java -Xmx512m -cp governance-bench/target/benchmarks.jar
 * dev.governance.bench.SnapshotDiffBenchmark [runs]}. Both snapshots and the diff must fit in the
 * heap together.
 */
public final class SnapshotDiffBenchmark {

  private SnapshotDiffBenchmark() {}

  /**
   * Runs the measurement. Every collection is marked complete, so that the diff compares them all.
   *
   * @param args optional number of runs (default 5)
   */
  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    if (runs < 1) {
      throw new IllegalArgumentException("runs must be at least 1, got " + runs);
    }
    Snapshot before = build(false);
    Snapshot after = build(true);
    List<Long> millis = new ArrayList<>();
    SnapshotDiff diff = null;
    for (int run = 0; run < runs; run++) {
      diff = null;
      System.gc();
      long t = System.nanoTime();
      diff = SnapshotDiff.between(before, after);
      millis.add((System.nanoTime() - t) / 1_000_000);
    }
    System.out.printf("SnapshotDiffBenchmark identities=%d grants=%d/%d runs=%d maxHeap=%dMB%n",
        before.identities().size(), before.grants().size(), after.grants().size(), runs,
        Runtime.getRuntime().maxMemory() >> 20);
    if (diff != null) {
      System.out.printf("changes found: %d entities, %d grants%n", diff.entities().size(), diff.grants().size());
    }
    List<Long> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    System.out.printf("median diff time: %d ms (runs: %s)%n", sorted.get(sorted.size() / 2), millis);
  }

  private static Snapshot build(boolean changed) {
    SnapshotBuilder builder = Snapshot.builder("bench", "synthetic");
    InventorySink sink = !changed ? builder : new InventorySink() {
      private int memberships;

      @Override
      public void entity(Entity entity) {
        if (entity instanceof Identity i && i.kind() == EntityKind.IDENTITY
            && Integer.parseInt(i.id().substring(3), 36) % 100 == 1) {
          builder.entity(i.withStatus(IdentityStatus.SUSPENDED));
        } else {
          builder.entity(entity);
        }
      }

      @Override
      public void grant(Grant grant) {
        if (grant instanceof Grant.Membership && ++memberships % 1000 == 0) {
          return;
        }
        builder.grant(grant);
      }

      @Override
      public void coverage(InventoryCollection collection,
          Coverage coverage) {
        builder.coverage(collection, coverage);
      }
    };
    SyntheticInventory.LARGE.streamInto(sink, true);
    for (InventoryCollection c : InventoryCollection.values()) {
      builder.coverage(c, Coverage.complete());
    }
    return builder.build();
  }
}
