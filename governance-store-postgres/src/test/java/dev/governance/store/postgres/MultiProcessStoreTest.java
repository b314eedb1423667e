package dev.governance.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.IntegrationBusyException;
import dev.governance.core.integration.Integration;
import dev.governance.core.integration.Integrations;
import dev.governance.core.integration.SyncRequest;
import dev.governance.core.integration.SyncStatus;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.store.StoredSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Processes of their own ({@link Hammer}) share one store: two on a directory, four workers on
 * PostgreSQL. Afterwards no change is lost, no integration was synced twice at once, every snapshot
 * loads whole, and every status history is complete. A worker killed with {@code kill -9} in the
 * middle of a sync leaves its lease to expire and the last good snapshot in place.
 */
class MultiProcessStoreTest {

  @TempDir Path out;

  @Test
  void twoProcessesOnOneDirectoryLoseNoChangeAndNeverSyncOneIntegrationTwiceAtOnce() throws Exception {
    hammer("dir", out.resolve("home").toString(), 2, 8);
  }

  @Test
  void fourWorkerProcessesOnOnePostgresLoseNoChangeAndNeverSyncOneIntegrationTwiceAtOnce()
      throws Exception {
    hammer("pg", TestDatabase.jdbcUrl(TestDatabase.freshDatabase()), 4, 8);
  }

  @Test
  @Tag("long")
  void twoProcessesOnOneDirectoryForAMinute() throws Exception {
    hammer("dir", out.resolve("home").toString(), 2, 60);
  }

  @Test
  @Tag("long")
  void fourWorkerProcessesOnOnePostgresForAMinute() throws Exception {
    hammer("pg", TestDatabase.jdbcUrl(TestDatabase.freshDatabase()), 4, 60);
  }

  @Test
  void aWorkerKilledMidSyncLeavesItsLeaseToExpireAndTheLastGoodSnapshotInPlace() throws Exception {
    String url = TestDatabase.jdbcUrl(TestDatabase.freshDatabase());
    TestProvider provider = new TestProvider();
    Integrations registry = Hammer.open("pg", url, "survivor", provider, Duration.ofSeconds(3));
    registry.add(Hammer.spec("victim"), "test");
    StoredSnapshot good = registry.sync("victim", SyncRequest.by("survivor")).snapshot();

    Process worker = start("hang", "pg", url, "doomed", "victim");
    Path started = out.resolve("started-doomed");
    waitFor(() -> Files.exists(started), Duration.ofSeconds(90), "the doomed worker to start its sync");
    assertThat(registry.get("victim").status().state()).isEqualTo(SyncStatus.State.IN_PROGRESS);
    assertThatThrownBy(() -> registry.sync("victim", SyncRequest.by("survivor")))
        .isInstanceOfSatisfying(IntegrationBusyException.class, e -> assertThat(e.owner()).isEqualTo("doomed"));

    worker.destroyForcibly();   // SIGKILL: no shutdown hook, no release
    assertThat(worker.waitFor(30, TimeUnit.SECONDS)).isTrue();
    waitFor(() -> registry.lease("victim").isEmpty(), Duration.ofSeconds(30), "the lease to expire");

    Integration after = registry.sync("victim", SyncRequest.by("survivor")).integration();
    assertThat(after.status().state()).isEqualTo(SyncStatus.State.SUCCESS);
    List<StoredSnapshot> snapshots = registry.store().list("victim");
    assertThat(snapshots).hasSize(2).last().extracting(StoredSnapshot::id).isEqualTo(good.id());
    for (StoredSnapshot s : snapshots) {
      assertThat(registry.store().load("victim", s.id()).identities()).hasSize(provider.identities);
    }
    List<SyncStatus> history = registry.history("victim");
    assertThat(history).extracting(SyncStatus::state).containsExactly(SyncStatus.State.NOT_SYNCED,
        SyncStatus.State.IN_PROGRESS, SyncStatus.State.SUCCESS, SyncStatus.State.IN_PROGRESS,
        SyncStatus.State.ERROR, SyncStatus.State.IN_PROGRESS, SyncStatus.State.SUCCESS);
    assertThat(history.get(4).reason()).contains("interrupted");
  }

  private void hammer(String kind, String location, int processes, int seconds) throws Exception {
    Integrations registry = Hammer.open(kind, location, "checker", new TestProvider(), Duration.ofSeconds(20));
    for (int i = 0; i < 20; i++) {
      registry.add(Hammer.spec("s" + i), "test");
    }
    List<Process> running = new ArrayList<>();
    for (int p = 0; p < processes; p++) {
      running.add(start("hammer", kind, location, "w" + p, String.valueOf(seconds)));
    }
    for (int p = 0; p < processes; p++) {
      Process process = running.get(p);
      assertThat(process.waitFor(seconds + 120L, TimeUnit.SECONDS)).as("a hammer process ended").isTrue();
      assertThat(process.exitValue()).as(Files.readString(out.resolve("stderr-w" + p))).isZero();
      Path errors = out.resolve("errors-w" + p);
      assertThat(errors).as("errors of w%d: %s", p, Files.exists(errors) ? Files.readString(errors) : "")
          .doesNotExist();
    }
    Set<String> expected = new HashSet<>();
    int syncs = 0;
    for (int p = 0; p < processes; p++) {
      List<String> lines = Files.readAllLines(out.resolve("result-w" + p));
      for (String id : lines.get(0).split(",")) {
        if (!id.isBlank()) {
          expected.add(id);
        }
      }
      syncs += Integer.parseInt(lines.get(1).strip());
    }
    for (int i = 0; i < 20; i++) {
      expected.add("s" + i);
    }
    // No change lost: exactly what each process added and did not delete, and the shared ones.
    assertThat(registry.list()).extracting(Integration::id).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(syncs).as("syncs run").isPositive();
    // Never one integration synced twice at once, by any two processes.
    Map<String, List<Instant[]>> byIntegration = new HashMap<>();
    for (int p = 0; p < processes; p++) {
      Path log = out.resolve("intervals-w" + p);
      if (Files.exists(log)) {
        for (String line : Files.readAllLines(log)) {
          String[] f = line.split(" ");
          byIntegration.computeIfAbsent(f[0], k -> new ArrayList<>())
              .add(new Instant[] {Instant.parse(f[1]), Instant.parse(f[2])});
        }
      }
    }
    int successes = 0;
    for (int i = 0; i < 20; i++) {
      String id = "s" + i;
      List<Instant[]> spans = new ArrayList<>(byIntegration.getOrDefault(Hammer.tenant(id), List.of()));
      spans.sort((a, b) -> a[0].compareTo(b[0]));
      for (int n = 1; n < spans.size(); n++) {
        assertThat(spans.get(n)[0]).as("a sync of %s started before the one before it ended", id)
            .isAfterOrEqualTo(spans.get(n - 1)[1]);
      }
      List<SyncStatus> history = registry.history(id);
      assertThat(StoreContract.pairs(history)).as("the history of %s is complete: %s", id, history).isTrue();
      long ok = history.stream().filter(s -> s.state() == SyncStatus.State.SUCCESS).count();
      assertThat(ok).as("successes recorded for %s", id).isEqualTo(spans.size());
      successes += (int) ok;
      // No half-written snapshot: every one listed loads whole.
      for (StoredSnapshot s : registry.store().list(id)) {
        Snapshot loaded = registry.store().load(id, s.id());
        assertThat(loaded.identities()).hasSize(200);
      }
      assertThat(registry.store().list(id)).hasSize((int) ok);
    }
    assertThat(successes).as("successful syncs of the shared integrations").isPositive();
  }

  private Process start(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), Hammer.class.getName()));
    command.addAll(List.of(args));
    command.add(out.toString());
    return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(out.resolve("stderr-" + args[3]).toFile()).start();
  }

  private static void waitFor(java.util.function.BooleanSupplier condition, Duration timeout, String what)
      throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(100);
    }
  }
}
