package dev.governance.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.StorageFailureException;
import dev.governance.core.model.Identity;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A snapshot torn under its final name: a disk that lost writes, a copy gone wrong. */
class TornSnapshotTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private FileSnapshotStore store(boolean compress) {
    return FileSnapshotStore.builder(dir).clock(CLOCK).compress(compress).build();
  }

  private static Snapshot snapshot(int identities) {
    SnapshotBuilder b = Snapshot.builder("t", "c").clock(CLOCK);
    for (int i = 0; i < identities; i++) {
      b.entity(Identity.of("u" + i, "u" + i + "@x"));
    }
    return b.build();
  }

  /** Saves a good snapshot, then a newer one, and returns the newer one's file. */
  private Path goodThenNewer(FileSnapshotStore store, boolean compress) {
    store.save("acme", snapshot(3));
    StoredSnapshot newer = store.save("acme", snapshot(500));
    return dir.resolve("acme").resolve(newer.id() + ".snapshot.json" + (compress ? ".gz" : ""));
  }

  private static void keepFirst(Path file, double fraction) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, (int) (bytes.length * fraction)));
  }

  private void assertFallsBackToTheOlderSnapshot(FileSnapshotStore store, Path torn) {
    assertThat(store.list("acme")).singleElement()
        .satisfies(s -> assertThat(s.id()).startsWith("000001-"));
    assertThat(store.unreadable("acme")).singleElement().satisfies(u -> {
      assertThat(u.snapshotId()).startsWith("000002-");
      assertThat(u.integrationId()).isEqualTo("acme");
      assertThat(u.location()).isEqualTo(torn.toString());
      assertThat(u.reason()).isNotBlank();
    });
    assertThat(store.loadLatest("acme")).hasValueSatisfying(
        s -> assertThat(s.identities()).hasSize(3));
    assertThat(torn).exists();
  }

  @ParameterizedTest(name = "kept {0} of the file")
  @ValueSource(doubles = {0.001, 0.01, 0.1, 0.5, 0.9, 0.99})
  void aTruncatedGzipSnapshotIsSkippedReportedAndPassedOverForTheOlderOne(double kept)
      throws IOException {
    FileSnapshotStore store = store(true);
    Path torn = goodThenNewer(store, true);
    keepFirst(torn, kept);

    assertFallsBackToTheOlderSnapshot(store, torn);
  }

  @Test
  void aGzipSnapshotMissingOnlyItsLastByteIsUnreadable() throws IOException {
    FileSnapshotStore store = store(true);
    Path torn = goodThenNewer(store, true);
    byte[] bytes = Files.readAllBytes(torn);
    Files.write(torn, Arrays.copyOf(bytes, bytes.length - 1));

    assertFallsBackToTheOlderSnapshot(store, torn);
  }

  @ParameterizedTest(name = "kept {0} of the file")
  @ValueSource(doubles = {0.01, 0.5, 0.99})
  void aTruncatedUncompressedSnapshotIsSkippedAndPassedOver(double kept) throws IOException {
    FileSnapshotStore store = store(false);
    Path torn = goodThenNewer(store, false);
    keepFirst(torn, kept);

    assertFallsBackToTheOlderSnapshot(store, torn);
  }

  @Test
  void anEmptyFileIsSkippedNotAFailureOfTheWholeList() throws IOException {
    FileSnapshotStore store = store(true);
    Path torn = goodThenNewer(store, true);
    Files.write(torn, new byte[0]);

    assertFallsBackToTheOlderSnapshot(store, torn);
    assertThat(store.unreadable("acme").get(0).reason()).contains("empty");
  }

  @Test
  void garbageBytesAreSkipped() throws IOException {
    FileSnapshotStore store = store(true);
    Path torn = goodThenNewer(store, true);
    byte[] garbage = new byte[4096];
    new java.util.Random(7).nextBytes(garbage);
    Files.write(torn, garbage);

    assertFallsBackToTheOlderSnapshot(store, torn);
  }

  @Test
  void aValidHeaderWithATornBodyIsUnreadableThoughItsHeaderReads() throws IOException {
    FileSnapshotStore store = store(true);
    Path torn = goodThenNewer(store, true);
    String json = new String(new GZIPInputStream(Files.newInputStream(torn)).readAllBytes(),
        StandardCharsets.UTF_8);
    // A complete gzip stream of half the JSON: its checksum matches, its content ends mid-array.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(json.substring(0, json.length() / 2).getBytes(StandardCharsets.UTF_8));
    }
    Files.write(torn, bytes.toByteArray());

    assertFallsBackToTheOlderSnapshot(store, torn);
    assertThat(store.unreadable("acme").get(0).reason()).contains("body");
  }

  @Test
  void loadingTheTornSnapshotByIdStillFailsWithTheFileNamed() throws IOException {
    FileSnapshotStore store = store(true);
    Path torn = goodThenNewer(store, true);
    keepFirst(torn, 0.5);
    String id = store.unreadable("acme").get(0).snapshotId();

    assertThatThrownBy(() -> store.load("acme", id))
        .isInstanceOf(StorageFailureException.class)
        .hasMessageContaining(torn.toString());
  }

  @Test
  void whenNoSnapshotCanBeReadLoadLatestIsEmptyAndNothingIsDeleted() throws IOException {
    FileSnapshotStore store = store(true);
    Path torn = goodThenNewer(store, true);
    Path older = dir.resolve("acme").resolve(store.list("acme").get(1).id() + ".snapshot.json.gz");
    keepFirst(torn, 0.5);
    keepFirst(older, 0.5);

    assertThat(store.list("acme")).isEmpty();
    assertThat(store.unreadable("acme")).hasSize(2);
    assertThat(store.loadLatest("acme")).isEmpty();
    assertThat(torn).exists();
    assertThat(older).exists();
  }

  @Test
  void retentionNeverDeletesAnUnreadableSnapshotNorCountsItAsKept() throws IOException {
    FileSnapshotStore store = store(true);
    Path torn = goodThenNewer(store, true);
    keepFirst(torn, 0.5);
    store.save("acme", snapshot(4));

    assertThat(store.retainLatest("acme", 2)).isZero();
    assertThat(store.list("acme")).extracting(StoredSnapshot::id)
        .satisfiesExactly(id -> assertThat(id).startsWith("000003-"), id -> assertThat(id).startsWith("000001-"));
    assertThat(store.retainLatest("acme", 1)).isOne();
    assertThat(torn).exists();
    assertThat(store.unreadable("acme")).hasSize(1);
  }

  @Test
  void aSnapshotSavedAfterATornOneGetsTheNextSequence() throws IOException {
    FileSnapshotStore store = store(true);
    Path torn = goodThenNewer(store, true);
    keepFirst(torn, 0.5);

    StoredSnapshot next = store.save("acme", snapshot(1));

    assertThat(next.id()).startsWith("000003-");
    assertThat(store.loadLatest("acme")).hasValueSatisfying(s -> assertThat(s.identities()).hasSize(1));
  }
}
