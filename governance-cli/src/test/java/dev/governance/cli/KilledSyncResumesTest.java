package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.diff.SnapshotDiff;
import dev.governance.core.Connectors;
import dev.governance.core.integration.Integrations;
import dev.governance.core.internal.AtomicFiles;
import dev.governance.core.integration.SyncReport;
import dev.governance.core.integration.SyncRequest;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.store.FileSnapshotStore;
import dev.governance.testkit.okta.Fault;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.FaultRule;
import dev.governance.testkit.okta.JournalEntry;
import dev.governance.testkit.okta.RateLimits;
import dev.governance.testkit.okta.TenantShape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code governance integrations sync} in a child JVM, killed with SIGKILL half-way through a full
 * sync, then the sync run again: it resumes from the checkpoints the killed process left.
 */
class KilledSyncResumesTest {

  @TempDir Path home;
  @TempDir Path reference;

  @Test
  void aSyncKilledHalfWayResumesWithoutReadingAgainWhatItReadAndSavesTheSameSnapshot() throws Exception {
    // A still tenant clock keeps the token's last use equal across the syncs; the latency gives the
    // child time to be killed half-way.
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(5)
        .rateLimits(RateLimits.disabled()).clock(Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC))
        .fault(FaultRule.always("/api/v1/*", new Fault.Latency(Duration.ofMillis(25)))).start()) {
      Path token = Files.writeString(home.resolve("token"), tenant.apiToken());
      assertThat(add(tenant, home, token).exitCode()).isZero();
      assertThat(add(tenant, reference, token).exitCode()).isZero();
      int mark = tenant.journal().entries().size();
      Run whole = Run.of("integrations", "sync", "demo", "--home", reference.toString(), "--no-progress");
      assertThat(whole.exitCode()).as(whole.err()).isZero();
      int wholeCalls = tenant.journal().entries().size() - mark;

      int killedAt = tenant.journal().entries().size();
      Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), Main.class.getName(),
          "integrations", "sync", "demo", "--home", home.toString(), "--no-progress")
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      while (tenant.journal().entries().size() - killedAt < wholeCalls / 2 && System.nanoTime() < deadline) {
        Thread.sleep(2);
      }
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(child.exitValue()).as("killed, not finished").isEqualTo(137);
      List<String> before = requestsSince(tenant, killedAt);
      Set<String> recorded = recordedRequests();
      assertThat(recorded).isNotEmpty();

      int resumedAt = tenant.journal().entries().size();
      // The killed process's lease lasts two minutes; a clock past it lets the next sync take over.
      Integrations later = Integrations.builder(home).connectors(Connectors.builder().build())
          .clock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(3))).build();
      SyncReport report = later.sync("demo", SyncRequest.by("test"));
      List<String> after = requestsSince(tenant, resumedAt);

      // What the killed process recorded is not asked again; what it had in flight is.
      assertThat(after).as("requests of the resumed sync").doesNotContainAnyElementsOf(recorded);
      // Besides what was left, the resumed sync redoes only the reads the killed one had in flight
      // (at most the connector's 8 concurrent requests) and its own pacing read. Distinct requests
      // are counted: the fake's journal also holds a request the client sent again.
      long pacing = after.stream().filter(r -> r.contains("/api/v1/principal-rate-limits")).count();
      long inFlight = before.stream().filter(r -> !recorded.contains(r) && !r.contains("/principal-rate-limits")).count();
      int left = wholeCalls - before.size();
      assertThat(inFlight).as("answered but not recorded when killed").isLessThanOrEqualTo(8);
      assertThat(new HashSet<>(after).size() - pacing).as("calls of the resumed sync (%d left to do of %d; %s)",
          left, wholeCalls, after).isLessThanOrEqualTo(left + inFlight);
      Snapshot resumed = FileSnapshotStore.builder(home.resolve("snapshots")).build()
          .load("demo", report.snapshot().id());
      FileSnapshotStore referenceStore = FileSnapshotStore.builder(reference.resolve("snapshots")).build();
      Snapshot uninterrupted = referenceStore.load("demo", referenceStore.list("demo").get(0).id());
      SnapshotDiff diff = SnapshotDiff.between(uninterrupted, resumed);
      assertThat(diff.isEmpty()).as("%s", diff).isTrue();
      assertThat(resumed.info().mode().describe()).contains("resumed the interrupted full sync");
      assertThat(checkpoints()).as("cleared once the snapshot is saved").isEmpty();
    }
  }

  /** The requests whose answers the checkpoints hold: each file starts with its key, "okta.page PATH" or "okta.read PATH". */
  private Set<String> recordedRequests() throws java.io.IOException {
    Set<String> requests = new HashSet<>();
    try (Stream<Path> files = Files.list(home.resolve("checkpoints").resolve("demo"))) {
      // A save the kill cut short is a temporary file never renamed into place: not a checkpoint.
      for (Path f : files.filter(f -> !AtomicFiles.isTemporary(f)).toList()) {
        String key = Files.readString(f).lines().findFirst().orElse("");
        if (key.startsWith("okta.page ") || key.startsWith("okta.read ")) {
          requests.add("GET " + key.substring("okta.page ".length()));
        }
      }
    }
    return requests;
  }

  private List<String> checkpoints() throws java.io.IOException {
    Path dir = home.resolve("checkpoints").resolve("demo");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).toList();
    }
  }

  private static List<String> requestsSince(FakeOktaTenant tenant, int mark) {
    List<JournalEntry> all = tenant.journal().entries();
    return all.subList(mark, all.size()).stream()
        // Every sync looks up the API tokens' last use in the System Log afresh, up to its own time.
        .filter(e -> !e.path().equals("/api/v1/logs"))
        .map(e -> e.method() + " " + e.path() + (e.query().isEmpty() ? "" : "?" + e.query()))
        .toList();
  }

  private static Run add(FakeOktaTenant tenant, Path home, Path token) {
    return Run.of("integrations", "add", "--home", home.toString(), "--id", "demo", "--org",
        tenant.orgUrl(), "--allow-loopback", "--token-file", token.toString(), "--owner",
        "alice@example.com", "--actor", "alice");
  }
}
