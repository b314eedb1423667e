package dev.governance.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.Coverage;
import dev.governance.core.model.Identity;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import dev.governance.core.snapshot.SyncMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A snapshot keeps how it was read through the store; a file without that reads as a full sync. */
class SyncModeStoredTest {

  @TempDir Path dir;

  private static Snapshot snapshot(SyncMode mode) {
    SnapshotBuilder b = Snapshot.builder("https://acme.example.com", "stub")
        .clock(Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC));
    b.syncMode(mode);
    b.entity(Identity.of("u1", "alice@example.com"));
    b.coverage(InventoryCollection.IDENTITIES, Coverage.complete());
    return b.build();
  }

  @Test
  void aDeltaWithWhatItReReadInFullSurvivesTheStore() {
    FileSnapshotStore store = FileSnapshotStore.builder(dir).build();
    SyncMode mode = SyncMode.delta(Instant.parse("2026-11-23T08:00:00Z"), "000001-x",
        Map.of(InventoryCollection.ROLES, "the System Log shows admin role changes"));
    StoredSnapshot stored = store.save("acme", snapshot(mode));
    assertThat(store.load("acme", stored.id()).info().mode()).isEqualTo(mode);
    assertThat(store.list("acme").get(0).info().mode()).isEqualTo(mode);
    assertThat(mode.describe()).isEqualTo("delta since 2026-11-23T08:00:00Z; re-read in full: roles"
        + " (the System Log shows admin role changes)");
  }

  @Test
  void aFullSyncsReasonSurvivesAndAFileWithoutAModeReadsAsFull() throws Exception {
    FileSnapshotStore store = FileSnapshotStore.builder(dir).build();
    StoredSnapshot full = store.save("acme", snapshot(SyncMode.full("requested")));
    assertThat(store.load("acme", full.id()).info().mode().reason()).isEqualTo("requested");
    StoredSnapshot plain = store.save("plain", snapshot(SyncMode.full()));
    try (var files = Files.walk(dir.resolve("plain"))) {
      String text = files.filter(Files::isRegularFile).map(p -> {
        try {
          return new String(p.toString().endsWith(".gz")
              ? new java.util.zip.GZIPInputStream(Files.newInputStream(p)).readAllBytes() : Files.readAllBytes(p),
              java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).filter(t -> t.startsWith("{")).findFirst().orElseThrow();
      assertThat(text).doesNotContain("\"sync\"");
    }
    assertThat(store.load("plain", plain.id()).info().mode()).isEqualTo(SyncMode.full());
  }
}
