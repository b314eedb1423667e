package dev.governance.bench;

import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import dev.governance.core.store.FileSnapshotStore;
import dev.governance.core.store.StoredSnapshot;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Measures the file snapshot store on the large synthetic inventory (100,000 identities, 1,000,000
 * grants): size on disk, and the median time to store and to load it over several runs.
 *
 * <p>Run: {@code java -Xmx512m -cp governance-bench/target/benchmarks.jar
 * dev.governance.bench.SnapshotStoreBenchmark [runs] [gzip|plain] [directory]}. With {@code
 * -Xmx512m} the run fails with an {@link OutOfMemoryError} unless saving and loading stream the
 * file instead of holding it in memory next to the snapshot.
 */
public final class SnapshotStoreBenchmark {

  private SnapshotStoreBenchmark() {}

  /**
   * Runs the measurement.
   *
   * @param args optional number of runs (default 5), {@code gzip} (default) or {@code plain}, and
   *     a directory (default a new temporary one, deleted afterwards)
   * @throws IOException if the directory cannot be created or cleaned
   */
  public static void main(String[] args) throws IOException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    boolean gzip = args.length <= 1 || !args[1].equals("plain");
    boolean temporary = args.length <= 2;
    Path dir = temporary ? Files.createTempDirectory("snapshot-store-bench") : Path.of(args[2]);
    try {
      run(runs, gzip, dir);
    } finally {
      if (temporary) {
        delete(dir);
      }
    }
  }

  private static void run(int runs, boolean gzip, Path dir) {
    FileSnapshotStore store = FileSnapshotStore.builder(dir).compress(gzip).retainLatest(1).build();
    SyntheticInventory inventory = SyntheticInventory.LARGE;
    SnapshotBuilder builder = Snapshot.builder("bench", "synthetic");
    inventory.streamInto(builder, true);
    Snapshot snapshot = builder.build();
    builder = null;
    Map<InventoryCollection, Integer> counts = snapshot.counts();
    List<Long> storeMillis = new ArrayList<>();
    long size = 0;
    for (int run = 0; run < runs; run++) {
      long t = System.nanoTime();
      StoredSnapshot saved = store.save("bench", snapshot);
      storeMillis.add((System.nanoTime() - t) / 1_000_000);
      size = saved.sizeBytes();
    }
    int grants = snapshot.grants().size();
    int identities = snapshot.identities().size();
    snapshot = null;
    List<Long> loadMillis = new ArrayList<>();
    long retained = 0;
    for (int run = 0; run < runs; run++) {
      System.gc();
      long t = System.nanoTime();
      Snapshot loaded = store.loadLatest("bench").orElseThrow();
      loadMillis.add((System.nanoTime() - t) / 1_000_000);
      if (!loaded.counts().equals(counts)) {
        throw new IllegalStateException("loaded counts " + loaded.counts() + " differ from " + counts);
      }
      System.gc();
      retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      if (loaded.identities().isEmpty()) {
        throw new IllegalStateException("empty snapshot");
      }
    }
    System.out.printf("SnapshotStoreBenchmark identities=%d grants=%d runs=%d format=%s maxHeap=%dMB%n",
        identities, grants, runs, gzip ? "gzip" : "plain", Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf("size on disk: %.1f MB (%d bytes)%n", size / 1048576.0, size);
    System.out.printf("median store time: %d ms (runs: %s)%n", median(storeMillis), storeMillis);
    System.out.printf("median load time:  %d ms (runs: %s)%n", median(loadMillis), loadMillis);
    System.out.printf("heap used after the last load, after GC, snapshot still reachable: %.1f MB%n",
        retained / 1048576.0);
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
