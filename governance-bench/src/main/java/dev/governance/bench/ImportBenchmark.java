package dev.governance.bench;

import dev.governance.core.Connectors;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.Entity;
import dev.governance.core.model.Grant;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.report.CsvReport;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.ConnectorContext;
import dev.governance.core.spi.InventorySink;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.store.FileSnapshotStore;
import dev.governance.core.store.StoredSnapshot;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Measures the {@code file} and {@code json} import connectors on the large synthetic inventory
 * (100,000 identities, 10,000 groups, 1,000 applications, 1,000,000 grants): the files are
 * generated once (the CSV export and a snapshot file), then each is imported several times into a
 * sink that counts and keeps nothing, and into a snapshot saved in a directory store, as the
 * integration registry does. Prints the median time and the sampled peak heap of each.
 *
 * <p>Run: {@code java -Xmx512m -cp governance-bench/target/benchmarks.jar
 * dev.governance.bench.ImportBenchmark [runs] [directory]}.
 */
public final class ImportBenchmark {

  private ImportBenchmark() {}

  /** Counts and keeps nothing. */
  private static final class Counting implements InventorySink {
    long entities;
    long grants;

    @Override
    public synchronized void entity(Entity entity) {
      entities++;
    }

    @Override
    public synchronized void grant(Grant grant) {
      grants++;
    }

    @Override
    public void coverage(InventoryCollection collection, Coverage coverage) {}
  }

  /**
   * Runs the measurement.
   *
   * @param args optional number of runs (default 5) and a directory (default a new temporary one,
   *     deleted afterwards)
   * @throws IOException if the files cannot be written
   */
  public static void main(String[] args) throws IOException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    boolean temporary = args.length <= 1;
    Path dir = temporary ? Files.createTempDirectory("import-bench") : Path.of(args[1]);
    try {
      run(runs, dir);
    } finally {
      if (temporary) {
        delete(dir);
      }
    }
  }

  private static void run(int runs, Path dir) throws IOException {
    Path csv = dir.resolve("csv");
    Files.createDirectories(csv);
    Path snapshotFile = generate(csv, dir.resolve("json"));
    Map<String, String> file = Map.of("entities", csv.resolve("entities.csv").toString(),
        "relations", csv.resolve("relations.csv").toString());
    Map<String, String> json = Map.of("file", snapshotFile.toString());
    System.out.printf("ImportBenchmark runs=%d maxHeap=%dMB entities.csv=%.1fMB relations.csv=%.1fMB"
        + " snapshot=%.1fMB%n", runs, Runtime.getRuntime().maxMemory() >> 20,
        mb(Files.size(csv.resolve("entities.csv"))), mb(Files.size(csv.resolve("relations.csv"))),
        mb(Files.size(snapshotFile)));
    FileSnapshotStore store = FileSnapshotStore.builder(dir.resolve("store")).retainLatest(1).build();
    for (String provider : List.of("file", "json")) {
      Map<String, String> settings = provider.equals("file") ? file : json;
      measure(provider + " into a counting sink", runs, () -> {
        Counting sink = new Counting();
        collect(provider, settings, sink);
        return sink.grants;
      });
      measure(provider + " into a stored snapshot", runs, () -> {
        SnapshotBuilder builder = Snapshot.builder("bench", provider);
        collect(provider, settings, builder);
        StoredSnapshot saved = store.save("bench", builder.build());
        return saved.counts().values().stream().mapToLong(Integer::longValue).sum();
      });
    }
  }

  /** Writes the CSV export and the snapshot file of the large inventory; returns the latter. */
  private static Path generate(Path csv, Path json) throws IOException {
    SnapshotBuilder builder = Snapshot.builder("bench", "synthetic");
    SyntheticInventory.LARGE.streamInto(builder, true);
    for (InventoryCollection c : InventoryCollection.values()) {
      builder.coverage(c, Coverage.complete());
    }
    Snapshot snapshot = builder.build();
    CsvReport report = new CsvReport();
    try (Writer w = Files.newBufferedWriter(csv.resolve("entities.csv"), StandardCharsets.UTF_8)) {
      report.writeEntities(snapshot, w);
    }
    try (Writer w = Files.newBufferedWriter(csv.resolve("relations.csv"), StandardCharsets.UTF_8)) {
      report.writeRelations(snapshot, w);
    }
    try (Writer w = Files.newBufferedWriter(csv.resolve("coverage.csv"), StandardCharsets.UTF_8)) {
      report.writeCoverage(snapshot, w);
    }
    StoredSnapshot saved = FileSnapshotStore.builder(json).build().save("large", snapshot);
    return json.resolve("large").resolve(saved.id() + ".snapshot.json.gz");
  }

  private static void collect(String provider, Map<String, String> settings, InventorySink sink) {
    try (Connector c = Connectors.builder().build().open(provider,
        ConnectorContext.builder().settings(settings).build())) {
      c.collect(SyncPlan.everything(), sink, SyncContext.defaults());
    }
  }

  @FunctionalInterface
  private interface Run {
    long run();
  }

  private static void measure(String what, int runs, Run body) {
    List<Long> millis = new ArrayList<>();
    List<Long> peaks = new ArrayList<>();
    long items = 0;
    for (int i = 0; i < runs; i++) {
      Meter.usedAfterGc();
      long t = System.nanoTime();
      try (Meter.Sampler sampler = Meter.Sampler.start()) {
        items = body.run();
        millis.add((System.nanoTime() - t) / 1_000_000);
        peaks.add(sampler.max());
      }
    }
    System.out.printf("%-32s median %6d ms, sampled peak heap median %6.1f MB (items %d; runs: %s ms)%n",
        what, median(millis), mb(median(peaks)), items, millis);
  }

  private static double mb(long bytes) {
    return bytes / 1048576.0;
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
