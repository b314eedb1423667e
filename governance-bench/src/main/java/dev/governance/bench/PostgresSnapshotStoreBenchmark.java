package dev.governance.bench;

import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import dev.governance.core.store.FileSnapshotStore;
import dev.governance.core.store.SnapshotStore;
import dev.governance.core.store.StoredSnapshot;
import dev.governance.store.postgres.PostgresStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Stores and loads the large synthetic inventory (100,000 identities, 1,000,000 grants) in the
 * PostgreSQL store and, beside it, in the directory store (gzip): size, median store and load
 * times, and the heap after a load.
 *
 * <p>Run: {@code java -Xmx512m -cp governance-bench/target/benchmarks.jar
 * dev.governance.bench.PostgresSnapshotStoreBenchmark [runs] [jdbc-url]}. Without a URL it starts
 * an embedded PostgreSQL (a server process of its own, outside the JVM's heap). With {@code
 * -Xmx512m} the run fails with an {@link OutOfMemoryError} unless both stores stream.
 */
public final class PostgresSnapshotStoreBenchmark {

  private PostgresSnapshotStoreBenchmark() {}

  /**
   * Runs the measurement.
   *
   * @param args optional number of runs (default 3) and a JDBC URL (user {@code postgres})
   * @throws IOException if the embedded server or the temporary directory fails
   */
  public static void main(String[] args) throws IOException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    @Nullable EmbeddedPostgres server = null;
    String url;
    if (args.length > 1) {
      url = args[1];
    } else {
      server = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(90)).start();
      url = server.getJdbcUrl("postgres", "postgres");
    }
    Path dir = Files.createTempDirectory("snapshot-store-bench");
    SnapshotBuilder builder = Snapshot.builder("bench", "synthetic");
    SyntheticInventory.LARGE.streamInto(builder, true);
    Snapshot snapshot = builder.build();
    try (PostgresStore pg = PostgresStore.builder().jdbcUrl(url).user("postgres").retainLatest(1).build()) {
      measure("directory (gzip)", FileSnapshotStore.builder(dir).retainLatest(1).build(), snapshot, runs);
      measure("postgresql (gzip, 1 MiB chunks)", pg, snapshot, runs);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
      if (server != null) {
        server.close();
      }
    }
  }

  private static void measure(String name, SnapshotStore store, Snapshot snapshot, int runs) {
    Map<InventoryCollection, Integer> counts = snapshot.counts();
    List<Long> storeMillis = new ArrayList<>();
    long size = 0;
    for (int run = 0; run < runs; run++) {
      long t = System.nanoTime();
      StoredSnapshot saved = store.save("bench", snapshot);
      storeMillis.add((System.nanoTime() - t) / 1_000_000);
      size = saved.sizeBytes();
    }
    List<Long> loadMillis = new ArrayList<>();
    long heap = 0;
    for (int run = 0; run < runs; run++) {
      System.gc();
      long t = System.nanoTime();
      Snapshot loaded = store.loadLatest("bench").orElseThrow();
      loadMillis.add((System.nanoTime() - t) / 1_000_000);
      if (!loaded.counts().equals(counts)) {
        throw new IllegalStateException("loaded counts " + loaded.counts() + " differ from " + counts);
      }
      System.gc();
      heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
    System.out.printf("%s: identities=%d grants=%d runs=%d maxHeap=%dMB%n", name,
        snapshot.identities().size(), snapshot.grants().size(), runs, Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf("  size: %.1f MB; median store %d ms %s; median load %d ms %s; heap after load"
        + " (GC'd, two snapshots reachable) %.1f MB%n", size / 1048576.0, median(storeMillis), storeMillis,
        median(loadMillis), loadMillis, heap / 1048576.0);
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
