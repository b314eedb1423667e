package dev.governance.bench;

import dev.governance.core.Secret;
import dev.governance.core.diff.SnapshotDiff;
import dev.governance.core.integration.RegistryStore;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import dev.governance.core.spi.CheckpointStore;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.spi.SyncResult;
import dev.governance.okta.OktaConnector;
import dev.governance.okta.OktaConnectorOptions;
import dev.governance.okta.OktaCredentials;
import dev.governance.okta.OktaOrg;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.RateLimits;
import dev.governance.testkit.okta.TenantShape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The resume benchmark: on a generated fake tenant (in this JVM, counting the requests it
 * answers), an uninterrupted full sync; then, per kill point, a full sync in a child JVM recording
 * into a directory checkpoint store, killed with SIGKILL ({@link Process#destroyForcibly()}) once
 * the tenant has answered that share of the uninterrupted sync's calls, and the sync run again in
 * this JVM on the same store. Prints a Markdown table: calls before the kill, calls left to do,
 * calls of the resumed sync, their ratios, and whether its snapshot equals the uninterrupted one.
 *
 * <p>Run: {@code java -Xmx2g -cp governance-bench/target/benchmarks.jar
 * dev.governance.bench.ResumeBenchmark --shape medium --kill-at 0.25,0.5,0.9}.
 */
public final class ResumeBenchmark {

  private ResumeBenchmark() {}

  /** One kill point. */
  record Row(double share, long full, long beforeKill, long resumed, boolean equal, String mode) {}

  /**
   * Runs the benchmark, or with {@code --child URL TOKEN DIR}, the sync a kill interrupts.
   *
   * @param args {@code --shape S}, {@code --seed N}, {@code --kill-at a,b,c}
   * @throws Exception if a step fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 4 && args[0].equals("--child")) {
      try (OktaConnector okta = open(args[1], args[2])) {
        sync(okta, RegistryStore.directory(Path.of(args[3]), Clock.systemUTC()).checkpoints("bench"));
      }
      return;
    }
    TenantShape shape = TenantShape.MEDIUM;
    long seed = 42;
    List<Double> shares = List.of(0.25, 0.5, 0.9);
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--shape" -> shape = TenantShape.valueOf(args[i + 1].toUpperCase(Locale.ROOT));
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--kill-at" -> shares = java.util.Arrays.stream(args[i + 1].split(",")).map(Double::valueOf).toList();
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<Row> rows = new ArrayList<>();
    // A still tenant clock: every sync sees the same last use of the token it reads with.
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(shape).seed(seed).rateLimits(RateLimits.disabled())
        .clock(Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC)).start();
        OktaConnector okta = open(tenant.orgUrl(), tenant.apiToken())) {
      long mark = tenant.journal().total();
      Snapshot whole = sync(okta, CheckpointStore.none()).snapshot();
      long full = tenant.journal().total() - mark;
      for (double share : shares) {
        rows.add(measure(tenant, okta, whole, full, share));
      }
    }
    StringBuilder md = new StringBuilder("| killed at | calls before the kill | calls left | resumed sync's calls"
        + " | resumed ÷ left | resumed ÷ full | snapshot equal |\n| ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
    for (Row r : rows) {
      long left = r.full() - r.beforeKill();
      md.append(String.format(Locale.ROOT, "| %.0f %% (%d of %d) | %d | %d | %d | %.3f | %.3f | %s |%n",
          r.share() * 100, r.beforeKill(), r.full(), r.beforeKill(), left, r.resumed(),
          (double) r.resumed() / left, (double) r.resumed() / r.full(), r.equal() ? "yes" : "NO"));
      System.err.println(r.mode());
    }
    System.out.println(md);
  }

  private static Row measure(FakeOktaTenant tenant, OktaConnector okta, Snapshot whole, long full, double share)
      throws Exception {
    Path dir = Files.createTempDirectory("resume-bench");
    long start = tenant.journal().total();
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-cp", System.getProperty("java.class.path"), ResumeBenchmark.class.getName(), "--child", tenant.orgUrl(),
        tenant.apiToken(), dir.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    long target = Math.round(full * share);
    while (tenant.journal().total() - start < target && child.isAlive()) {
      Thread.sleep(5);
    }
    child.destroyForcibly();
    child.waitFor(60, TimeUnit.SECONDS);
    if (child.exitValue() != 137) {
      throw new IllegalStateException("the child ended with " + child.exitValue() + " before it was killed");
    }
    long before = tenant.journal().total() - start;
    long mark = tenant.journal().total();
    Synced resumed = sync(okta, RegistryStore.directory(dir, Clock.systemUTC()).checkpoints("bench"));
    long calls = tenant.journal().total() - mark;
    boolean equal = SnapshotDiff.between(whole, resumed.snapshot()).isEmpty();
    return new Row(share, full, before, calls, equal, resumed.snapshot().info().mode().describe());
  }

  private record Synced(Snapshot snapshot, SyncResult result) {}

  private static OktaConnector open(String url, String token) {
    return OktaConnector.open(OktaOrg.parser().allowLoopbackForTesting().parse(url),
        OktaCredentials.apiToken(Secret.of(token)),
        OktaConnectorOptions.builder().bucketShare(1.0).readPrincipalRateLimit(false).build());
  }

  private static Synced sync(OktaConnector okta, CheckpointStore checkpoints) {
    SnapshotBuilder b = Snapshot.builder(okta.tenant(), okta.id());
    SyncResult r = okta.collect(SyncPlan.everything(), b, SyncContext.builder().checkpoints(checkpoints).build());
    return new Synced(b.build(), r);
  }
}
