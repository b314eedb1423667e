package dev.governance.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.governance.core.Connectors;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.Entity;
import dev.governance.core.model.Grant;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.report.CsvReport;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.ConnectorContext;
import dev.governance.core.spi.InventorySink;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports of files far larger than the heap: this class runs in a JVM of its own with {@code
 * -Xmx48m} (the surefire execution {@code bounded-memory}), where 600,000 grants kept as objects
 * would need more than the heap holds. The sink counts and keeps nothing, so only what the import
 * keeps itself stays in memory.
 */
@Tag("bounded-memory")
class BoundedMemoryTest {

  private static final int IDENTITIES = 20_000;
  private static final int GROUPS = 2_000;
  private static final int RELATIONS = 600_000;

  @TempDir Path dir;

  /** Counts what it receives and keeps nothing. */
  static class CountingSink implements InventorySink {
    final AtomicLong entities = new AtomicLong();
    final AtomicLong grants = new AtomicLong();
    final Map<InventoryCollection, Coverage> coverage = new EnumMap<>(InventoryCollection.class);

    @Override
    public void entity(Entity entity) {
      entities.incrementAndGet();
    }

    @Override
    public void grant(Grant grant) {
      grants.incrementAndGet();
    }

    @Override
    public synchronized void coverage(InventoryCollection collection, Coverage value) {
      coverage.put(collection, value);
    }
  }

  private Path[] writeCsv() throws IOException {
    assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx48m").isLessThan(64L << 20);
    Path entities = dir.resolve("entities.csv");
    Path relations = dir.resolve("relations.csv");
    try (BufferedWriter w = Files.newBufferedWriter(entities, StandardCharsets.UTF_8)) {
      w.write(String.join(",", CsvReport.ENTITY_COLUMNS) + "\r\n");
      for (int i = 0; i < IDENTITIES; i++) {
        w.write(CsvValidationTest.entity("kind", "IDENTITY", "id", "00u" + i, "name", "user" + i + "@acme.com",
            "status", "ACTIVE", "created", "2026-01-01T00:00:00Z") + "\r\n");
      }
      for (int i = 0; i < GROUPS; i++) {
        w.write(CsvValidationTest.entity("kind", "GROUP", "id", "00g" + i, "name", "Group " + i, "type", "NATIVE") + "\r\n");
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(relations, StandardCharsets.UTF_8)) {
      w.write(String.join(",", CsvReport.RELATION_COLUMNS) + "\r\n");
      for (int i = 0; i < RELATIONS; i++) {
        w.write(CsvValidationTest.relation("kind", "MEMBERSHIP", "subject_kind", "IDENTITY",
            "subject_id", "00u" + (i % IDENTITIES), "target_kind", "GROUP",
            "target_id", "00g" + (i / IDENTITIES + (i % 7) * 30) % GROUPS, "provenance", "DIRECT") + "\r\n");
      }
    }
    return new Path[] {entities, relations};
  }

  private static void importCsv(Path[] files, InventorySink sink) {
    try (Connector c = Connectors.builder().build().open("file", ConnectorContext.builder()
        .setting("entities", files[0].toString()).setting("relations", files[1].toString()).build())) {
      c.collect(SyncPlan.everything(), sink, SyncContext.defaults());
    }
  }

  @Test
  void sixHundredThousandRelationsImportInAHeapOfFortyEightMegabytes() throws IOException {
    Path[] files = writeCsv();
    CountingSink sink = new CountingSink();

    importCsv(files, sink);

    assertThat(sink.entities.get()).isEqualTo(IDENTITIES + GROUPS);
    assertThat(sink.grants.get()).isEqualTo(RELATIONS);
    assertThat(sink.coverage.get(InventoryCollection.MEMBERSHIPS)).isEqualTo(Coverage.complete());
  }

  /**
   * The control: the heap is small enough that keeping the rows would not fit in it. The sink stops
   * the import when the heap is nearly full even after a collection, rather than running into an
   * OutOfMemoryError, which could strike any thread of the test JVM (surefire's own among them).
   */
  @Test
  void aSinkThatKeepsEveryGrantDoesNotFitInTheSameHeap() throws IOException {
    Path[] files = writeCsv();
    List<Grant> kept = new ArrayList<>();
    Runtime heap = Runtime.getRuntime();
    CountingSink keeping = new CountingSink() {
      @Override
      public void grant(Grant grant) {
        kept.add(grant);
        if (kept.size() % 10_000 == 0 && nearlyFull(heap)) {
          System.gc();
          if (nearlyFull(heap)) {
            throw new HeapFull();
          }
        }
      }
    };

    Throwable t = catchThrowable(() -> importCsv(files, keeping));
    int keptBeforeFailing = kept.size();
    kept.clear();

    assertThat(t).isInstanceOf(HeapFull.class);
    assertThat(keptBeforeFailing).isLessThan(RELATIONS);
  }

  private static boolean nearlyFull(Runtime heap) {
    long used = heap.totalMemory() - heap.freeMemory();
    return heap.maxMemory() - used < 6L * 1024 * 1024;
  }

  /** Thrown by the control's sink when the kept grants have filled the heap. */
  private static final class HeapFull extends RuntimeException {
    HeapFull() {
      super("the kept grants fill the heap", null, false, false);
    }
  }

  @Test
  void sixHundredThousandGrantsOfASnapshotFileImportInAHeapOfFortyEightMegabytes() throws IOException {
    Path file = dir.resolve("bulk.snapshot.json");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("{\"format\":\"dev.governance.snapshot\",\"formatVersion\":1,\"entities\":[\n");
      for (int i = 0; i < IDENTITIES; i++) {
        w.write("{\"kind\":\"IDENTITY\",\"id\":\"00u" + i + "\",\"login\":\"user" + i
            + "@acme.com\",\"status\":\"ACTIVE\"},\n");
      }
      for (int i = 0; i < GROUPS; i++) {
        w.write("{\"kind\":\"GROUP\",\"id\":\"00g" + i + "\",\"name\":\"Group " + i + "\",\"type\":\"NATIVE\"}"
            + (i + 1 < GROUPS ? ",\n" : "\n"));
      }
      w.write("],\"grants\":[\n");
      for (int i = 0; i < RELATIONS; i++) {
        w.write("{\"type\":\"MEMBERSHIP\",\"memberKind\":\"IDENTITY\",\"memberId\":\"00u" + (i % IDENTITIES)
            + "\",\"groupId\":\"00g" + (i / IDENTITIES + (i % 7) * 30) % GROUPS
            + "\",\"provenance\":{\"type\":\"DIRECT\"}}" + (i + 1 < RELATIONS ? ",\n" : "\n"));
      }
      w.write("]}\n");
    }
    CountingSink sink = new CountingSink();

    try (Connector c = Connectors.builder().build().open("json", ConnectorContext.builder()
        .setting("file", file.toString()).build())) {
      c.collect(SyncPlan.everything(), sink, SyncContext.defaults());
    }

    assertThat(sink.entities.get()).isEqualTo(IDENTITIES + GROUPS);
    assertThat(sink.grants.get()).isEqualTo(RELATIONS);
  }
}
