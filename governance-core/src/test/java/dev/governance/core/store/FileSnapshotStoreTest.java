package dev.governance.core.store;

import dev.governance.core.model.Role;
import dev.governance.core.model.PrivilegeLevel;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.Grant;
import dev.governance.core.model.FactorStrength;
import dev.governance.core.model.AuthFactor;
import dev.governance.core.model.Application;
import dev.governance.core.model.AppProtocol;
import dev.governance.core.model.AccessMode;
import static dev.governance.core.store.SnapshotAssertions.assertSameSnapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.NotFoundException;
import dev.governance.core.StorageFailureException;
import dev.governance.core.internal.AtomicFiles;
import dev.governance.core.json.Inventories;
import dev.governance.core.model.Identity;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSnapshotStoreTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private FileSnapshotStore store() {
    return FileSnapshotStore.builder(dir).clock(CLOCK).build();
  }

  private static Snapshot small(String... identityIds) {
    SnapshotBuilder b = Snapshot.builder("t", "c").clock(CLOCK);
    for (String id : identityIds) {
      b.entity(Identity.of(id, id + "@x"));
    }
    return b.build();
  }

  @Test
  void savedSampleLoadsBackEqual() {
    FileSnapshotStore store = store();
    Snapshot sample = Inventories.sample();
    StoredSnapshot saved = store.save("acme", sample);
    assertSameSnapshot(store.load("acme", saved.id()), sample);
    assertThat(saved.info()).isEqualTo(sample.info());
    assertThat(saved.counts()).isEqualTo(sample.counts());
    assertThat(saved.sizeBytes()).isPositive();
  }

  @Test
  void uncompressedFilesAreWrittenOnRequestAndReadLikeCompressedOnes() {
    FileSnapshotStore plain = FileSnapshotStore.builder(dir).clock(CLOCK).compress(false).build();
    Snapshot sample = Inventories.sample();
    StoredSnapshot saved = plain.save("acme", sample);
    assertSameSnapshot(store().load("acme", saved.id()), sample);
  }

  @Test
  void fileStartsWithFormatAndVersion() throws IOException {
    StoredSnapshot saved = store().save("acme", small("u1"));
    Path file = dir.resolve("acme").resolve(saved.id() + ".snapshot.json.gz");
    try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text).startsWith("{\"format\":\"dev.governance.snapshot\",\"formatVersion\":2,");
    }
  }

  @Test
  void listIsNewestFirstAndLatestIsTheLastSaved() {
    FileSnapshotStore store = store();
    StoredSnapshot first = store.save("acme", small("u1"));
    StoredSnapshot second = store.save("acme", small("u1", "u2"));
    assertThat(store.list("acme")).extracting(StoredSnapshot::id).containsExactly(second.id(), first.id());
    assertThat(second.id()).startsWith("000002-20261123T120000000Z");
    assertThat(store.loadLatest("acme").orElseThrow().identities()).hasSize(2);
    assertThat(store.list("acme").get(0).counts()).containsEntry(InventoryCollection.IDENTITIES, 2);
  }

  @Test
  void integrationWithoutSnapshotsHasNoLatest() {
    assertThat(store().loadLatest("none")).isEmpty();
    assertThat(store().list("none")).isEmpty();
  }

  @Test
  void retentionKeepsTheNewest() {
    FileSnapshotStore store = FileSnapshotStore.builder(dir).clock(CLOCK).retainLatest(2).build();
    store.save("acme", small("a"));
    store.save("acme", small("a", "b"));
    StoredSnapshot third = store.save("acme", small("a", "b", "c"));
    List<StoredSnapshot> left = store.list("acme");
    assertThat(left).hasSize(2);
    assertThat(left.get(0).id()).isEqualTo(third.id());
    assertThat(store.retainLatest("acme", 1)).isEqualTo(1);
    assertThatThrownBy(() -> store.retainLatest("acme", 0))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("deleteAll");
  }

  @Test
  void deleteAllRemovesEverySnapshotAndTheDirectory() {
    FileSnapshotStore store = store();
    store.save("acme", small("a"));
    store.save("acme", small("b"));
    store.save("other", small("c"));
    assertThat(store.deleteAll("acme")).isEqualTo(2);
    assertThat(store.list("acme")).isEmpty();
    assertThat(dir.resolve("acme")).doesNotExist();
    assertThat(store.list("other")).hasSize(1);
  }

  @Test
  void writeThatFailsHalfwayLeavesThePreviousSnapshotAndNoTemporaryFile() throws IOException {
    FileSnapshotStore store = store();
    StoredSnapshot good = store.save("acme", small("u1"));
    Path target = dir.resolve("acme").resolve("000002-20261123T120000000Z.snapshot.json.gz");
    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      out.write(new byte[1000]);
      throw new IOException("disk full");
    })).hasMessage("disk full");
    assertThat(target).doesNotExist();
    try (Stream<Path> files = Files.list(dir.resolve("acme"))) {
      assertThat(files).hasSize(1);
    }
    assertThat(store.list("acme")).extracting(StoredSnapshot::id).containsExactly(good.id());
    assertThat(store.loadLatest("acme").orElseThrow().identities()).hasSize(1);
  }

  @Test
  void temporaryFileLeftByACrashIsIgnoredThenCleanedOnOpen() throws IOException {
    FileSnapshotStore store = store();
    StoredSnapshot good = store.save("acme", small("u1"));
    Path leftover = dir.resolve("acme").resolve("." + "000002-20261123T120000000Z.snapshot.json.gz"
        + AtomicFiles.TEMP_MARKER + "crash");
    Files.write(leftover, new byte[] {0x1f, (byte) 0x8b, 1, 2, 3});
    Files.setLastModifiedTime(leftover, java.nio.file.attribute.FileTime.from(
        CLOCK.instant().minus(java.time.Duration.ofMinutes(11))));
    assertThat(store.list("acme")).extracting(StoredSnapshot::id).containsExactly(good.id());
    assertThat(store.loadLatest("acme")).isPresent();
    store();
    assertThat(leftover).doesNotExist();
    assertThat(store().save("acme", small("u1")).id()).startsWith("000002-");
  }

  @Test
  void aTemporaryFileWrittenInTheLastMinutesIsLeftForTheProcessStillWritingIt() throws IOException {
    store().save("acme", small("u1"));
    Path writing = dir.resolve("acme").resolve("." + "000002-20261123T120000000Z.snapshot.json.gz"
        + AtomicFiles.TEMP_MARKER + "other-process");
    Files.write(writing, new byte[] {0x1f, (byte) 0x8b});
    Files.setLastModifiedTime(writing, java.nio.file.attribute.FileTime.from(
        CLOCK.instant().minus(java.time.Duration.ofMinutes(9))));
    store();
    assertThat(writing).exists();
  }

  @Test
  void fileFromAFutureFormatVersionFailsWithAClearMessage() throws IOException {
    Path acme = Files.createDirectories(dir.resolve("acme"));
    Files.writeString(acme.resolve("000001-20261123T120000000Z.snapshot.json"),
        "{\"format\":\"dev.governance.snapshot\",\"formatVersion\":99,\"snapshotId\":\"x\"}");
    assertThatThrownBy(() -> store().load("acme", "000001-20261123T120000000Z"))
        .isInstanceOf(StorageFailureException.class)
        .hasMessageContaining("format version 99")
        .hasMessageContaining("upgrade governance-core");
  }

  @Test
  void damagedFileFailsWithTheFileNamed() throws IOException {
    FileSnapshotStore store = store();
    StoredSnapshot saved = store.save("acme", Inventories.sample());
    Path file = dir.resolve("acme").resolve(saved.id() + ".snapshot.json.gz");
    byte[] bytes = Files.readAllBytes(file);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(bytes, 0, bytes.length / 2);
    }
    assertThatThrownBy(() -> store.load("acme", saved.id()))
        .isInstanceOf(StorageFailureException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("damaged");
  }

  @Test
  void fileThatIsNotASnapshotIsRefused() throws IOException {
    Path acme = Files.createDirectories(dir.resolve("acme"));
    Files.writeString(acme.resolve("000001-20261123T120000000Z.snapshot.json"), "{\"hello\":1}");
    FileSnapshotStore store = store();
    assertThat(store.list("acme")).isEmpty();
    assertThat(store.unreadable("acme")).singleElement()
        .satisfies(u -> assertThat(u.reason()).contains("not a snapshot file"));
    assertThatThrownBy(() -> store.load("acme", "000001-20261123T120000000Z"))
        .isInstanceOf(StorageFailureException.class)
        .hasMessageContaining("not a snapshot file");
  }

  @Test
  void concurrentSavesOfOneIntegrationGetDistinctIdsInOrder() throws Exception {
    FileSnapshotStore store = store();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<StoredSnapshot>> saves = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        saves.add(pool.submit(() -> store.save("acme", small("u1"))));
      }
      for (Future<StoredSnapshot> f : saves) {
        f.get(10, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.list("acme")).extracting(StoredSnapshot::id)
        .hasSize(8).doesNotHaveDuplicates().first().asString().startsWith("000008-");
  }

  @Test
  void headerFieldsAddedWithinAVersionAreSkipped() throws IOException {
    Path acme = Files.createDirectories(dir.resolve("acme"));
    Files.writeString(acme.resolve("000001-20261123T120000000Z.snapshot.json"),
        "{\"format\":\"dev.governance.snapshot\",\"formatVersion\":1,\"snapshotId\":\"000001-20261123T120000000Z\","
            + "\"integrationId\":\"acme\",\"savedAt\":\"2026-11-23T12:00:00Z\",\"labels\":{\"env\":[\"prod\"]},"
            + "\"info\":{\"tenant\":\"t\",\"connectorId\":\"c\",\"startedAt\":\"2026-11-23T11:00:00Z\","
            + "\"completedAt\":\"2026-11-23T12:00:00Z\"},\"counts\":{\"IDENTITIES\":1},"
            + "\"coverage\":{\"IDENTITIES\":{\"state\":\"COMPLETE\"}},"
            + "\"entities\":[{\"kind\":\"IDENTITY\",\"id\":\"u1\",\"login\":\"a\",\"status\":\"ACTIVE\"}],"
            + "\"grants\":[]}");
    Snapshot loaded = store().loadLatest("acme").orElseThrow();
    assertThat(loaded.identity("u1")).isPresent();
    assertThat(loaded.info().tenant()).isEqualTo("t");
  }

  @Test
  void aVersionOneFileReadsItsSingleValuesAsNeutralCategoriesKeepingThemAsRawValues() throws IOException {
    Path acme = Files.createDirectories(dir.resolve("acme"));
    Files.writeString(acme.resolve("000001-20261123T120000000Z.snapshot.json"),
        "{\"format\":\"dev.governance.snapshot\",\"formatVersion\":1,\"snapshotId\":\"000001-20261123T120000000Z\","
            + "\"integrationId\":\"acme\",\"savedAt\":\"2026-11-23T12:00:00Z\","
            + "\"info\":{\"tenant\":\"t\",\"connectorId\":\"okta\",\"startedAt\":\"2026-11-23T11:00:00Z\","
            + "\"completedAt\":\"2026-11-23T12:00:00Z\"},\"counts\":{},\"coverage\":{},"
            + "\"entities\":["
            + "{\"kind\":\"IDENTITY\",\"id\":\"u1\",\"login\":\"a\",\"status\":\"LOCKED_OUT\"},"
            + "{\"kind\":\"IDENTITY\",\"id\":\"u2\",\"login\":\"b\",\"status\":\"DEPROVISIONED\"},"
            + "{\"kind\":\"APPLICATION\",\"id\":\"a1\",\"name\":\"n\",\"label\":\"l\",\"status\":\"ACTIVE\","
            + "\"signOnMode\":\"SECURE_PASSWORD_STORE\",\"oauthClient\":false},"
            + "{\"kind\":\"ROLE\",\"id\":\"SUPER_ADMIN\",\"label\":\"Super\",\"type\":\"SUPER_ADMIN\"},"
            + "{\"kind\":\"ROLE\",\"id\":\"ORG_ADMIN\",\"label\":\"Org\",\"type\":\"ORG_ADMIN\"},"
            + "{\"kind\":\"AUTH_FACTOR\",\"id\":\"f1\",\"identityId\":\"u1\",\"type\":\"TOKEN_SOFTWARE_TOTP\","
            + "\"status\":\"ACTIVE\"}],"
            + "\"grants\":[{\"type\":\"SCOPE_GRANT\",\"applicationId\":\"a1\",\"scope\":\"okta.users.manage\","
            + "\"issuer\":\"https://x\",\"source\":\"ADMIN\",\"provenance\":{\"type\":\"DIRECT\"}}]}");
    Snapshot loaded = store().loadLatest("acme", SnapshotStore.Latest.ANY).orElseThrow();
    assertThat(loaded.identity("u1").orElseThrow())
        .extracting(Identity::status, Identity::rawStatus).containsExactly(IdentityStatus.LOCKED, "LOCKED_OUT");
    assertThat(loaded.identity("u2").orElseThrow().status()).isEqualTo(IdentityStatus.DEACTIVATED);
    assertThat(loaded.application("a1").orElseThrow())
        .extracting(Application::protocol, Application::signOnMode)
        .containsExactly(AppProtocol.PASSWORD_VAULT, "SECURE_PASSWORD_STORE");
    assertThat(loaded.role("SUPER_ADMIN").orElseThrow())
        .extracting(Role::privilege, Role::providerType).containsExactly(PrivilegeLevel.TENANT_ADMIN, "SUPER_ADMIN");
    assertThat(loaded.role("ORG_ADMIN").orElseThrow().privilege()).isEqualTo(PrivilegeLevel.SCOPED_ADMIN);
    assertThat(loaded.authFactors()).singleElement()
        .extracting(AuthFactor::strength, AuthFactor::rawType).containsExactly(FactorStrength.OTP, "TOKEN_SOFTWARE_TOTP");
    assertThat(loaded.grants()).singleElement().isInstanceOfSatisfying(Grant.ScopeGrant.class,
        g -> assertThat(g.access()).isEqualTo(AccessMode.WRITE));
  }

  @Test
  void unknownSnapshotIsNotFound() {
    assertThatThrownBy(() -> store().load("acme", "000009-x"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("000009-x");
  }

  @Test
  void integrationIdThatCouldEscapeTheDirectoryIsRefused() {
    assertThatThrownBy(() -> store().save("../etc", small("u1")))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("letters, digits");
  }
}
