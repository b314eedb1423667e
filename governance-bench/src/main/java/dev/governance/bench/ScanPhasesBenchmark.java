package dev.governance.bench;

import dev.governance.core.Secret;
import dev.governance.core.findings.FindingsEngine;
import dev.governance.core.findings.FindingsReport;
import dev.governance.core.report.ReportData;
import dev.governance.core.report.ReportOptions;
import dev.governance.core.report.Reports;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import dev.governance.core.spi.Preflight;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.spi.SyncResult;
import dev.governance.okta.OktaConnector;
import dev.governance.okta.OktaConnectorOptions;
import dev.governance.okta.OktaCredentials;
import dev.governance.okta.OktaOrg;
import dev.governance.testkit.okta.TenantShape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The phases of a {@code governance scan}, run several times in one JVM against one fake tenant in
 * a separate JVM, as the command runs them: open the connector; the full sync, with the preflight
 * beside it (and the wait for it, if it ends after the sync); the snapshot's indexes; the rules,
 * with the CSV files written beside them; report.json and report.html (and the wait for the CSV
 * files). The first round is a fresh process's (every class loaded and compiled
 * for the first time, as in a {@code governance scan} process); the later rounds are a long-running
 * application's, which embeds the SDK and scans again. Prints, per phase, the first round's wall
 * and CPU time (this process's, every thread, compilation and garbage collection included) and the
 * medians of the later rounds, with the part outside the sync divided by the sync.
 *
 * <p>Run: {@code java -Xmx512m -cp governance-bench/target/benchmarks.jar
 * dev.governance.bench.ScanPhasesBenchmark --shape medium --rounds 7}.
 */
public final class ScanPhasesBenchmark {

  private static final List<String> PHASES =
      List.of("connect", "sync", "preflight wait", "snapshot", "findings", "reports");

  private ScanPhasesBenchmark() {}

  /** The wall and CPU time of one phase in one round. */
  record Took(long wallNanos, long cpuNanos) {}

  /**
   * Runs the benchmark.
   *
   * @param args {@code --shape S} (default medium), {@code --seed N}, {@code --rounds N} (default
   *     7, at least 2)
   * @throws Exception if a step fails
   */
  public static void main(String[] args) throws Exception {
    TenantShape shape = TenantShape.MEDIUM;
    long seed = 1;
    int rounds = 7;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--shape" -> shape = TenantShape.valueOf(args[i + 1].toUpperCase(Locale.ROOT));
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--rounds" -> rounds = Math.max(2, Integer.parseInt(args[i + 1]));
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; the options are --shape, --seed and --rounds");
      }
    }
    List<Map<String, Took>> taken = new ArrayList<>();
    Path out = Files.createTempDirectory("scan-phases");
    try (TenantHandle tenant = TenantHandle.start(shape, seed, null, 0, true, List.of("-Xmx3g"))) {
      for (int round = 0; round < rounds; round++) {
        taken.add(round(tenant, out));
      }
    }
    System.out.println(table(shape, taken));
  }

  private static Map<String, Took> round(TenantHandle tenant, Path out) {
    Map<String, Took> took = new LinkedHashMap<>();
    OktaOrg org = OktaOrg.parser().allowLoopbackForTesting().parse(tenant.orgUrl());
    OktaCredentials credentials = OktaCredentials.apiToken(Secret.of(tenant.apiToken()));
    Reports reports = new Reports(ReportOptions.defaults());
    try (OktaConnector okta = timed(took, "connect",
        () -> OktaConnector.open(org, credentials, OktaConnectorOptions.defaults()))) {
      // As governance scan does: the preflight beside the sync, the CSV files beside the rules.
      CompletableFuture<Preflight> checked = CompletableFuture.supplyAsync(okta::check);
      SnapshotBuilder builder = Snapshot.builder(okta.tenant(), okta.id());
      SyncResult sync = timed(took, "sync",
          () -> okta.collect(SyncPlan.everything(), builder, SyncContext.builder().build()));
      Preflight preflight = timed(took, "preflight wait", checked::join);
      Snapshot snapshot = timed(took, "snapshot", builder::build);
      CompletableFuture<List<Reports.Written>> csv = CompletableFuture.supplyAsync(() -> reports.writeCsv(snapshot, out));
      FindingsReport findings = timed(took, "findings", () -> FindingsEngine.builder().build().evaluate(snapshot));
      ReportData data = new ReportData(snapshot, findings, sync, preflight, Instant.now());
      timed(took, "reports", () -> {
        reports.writeJsonAndPage(data, out);
        return csv.join();
      });
    }
    return took;
  }

  private static <T> T timed(Map<String, Took> took, String phase, Supplier<T> step) {
    long cpu = Meter.processCpuNanos();
    long start = System.nanoTime();
    T result = step.get();
    took.put(phase, new Took(System.nanoTime() - start, Meter.processCpuNanos() - cpu));
    return result;
  }

  private static String table(TenantShape shape, List<Map<String, Took>> taken) {
    StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
        "| `%s`, unthrottled | round 1: wall | round 1: CPU | rounds 2–%d, median: wall | median: CPU |%n"
            + "| --- | ---: | ---: | ---: | ---: |%n", shape.name().toLowerCase(Locale.ROOT), taken.size()));
    List<Map<String, Took>> later = taken.subList(1, taken.size());
    for (String phase : PHASES) {
      Took first = of(taken.get(0), phase);
      md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", phase,
          seconds(first.wallNanos()), seconds(first.cpuNanos()),
          seconds(median(later, m -> of(m, phase).wallNanos())), seconds(median(later, m -> of(m, phase).cpuNanos()))));
    }
    md.append(String.format(Locale.ROOT, "| **outside the sync** | %s | %s | %s | %s |%n",
        seconds(outside(taken.get(0), true)), seconds(outside(taken.get(0), false)),
        seconds(median(later, m -> outside(m, true))), seconds(median(later, m -> outside(m, false)))));
    md.append(String.format(Locale.ROOT, "| outside ÷ sync | %.2f | %.2f | %.2f | %.2f |%n",
        ratio(taken.get(0), true), ratio(taken.get(0), false),
        medianRatio(later, true), medianRatio(later, false)));
    return md.toString();
  }

  private static long outside(Map<String, Took> round, boolean wall) {
    long sum = 0;
    for (String phase : PHASES) {
      if (!phase.equals("sync")) {
        Took t = of(round, phase);
        sum += wall ? t.wallNanos() : t.cpuNanos();
      }
    }
    return sum;
  }

  private static double ratio(Map<String, Took> round, boolean wall) {
    Took sync = of(round, "sync");
    return (double) outside(round, wall) / (wall ? sync.wallNanos() : sync.cpuNanos());
  }

  private static double medianRatio(List<Map<String, Took>> rounds, boolean wall) {
    double[] values = rounds.stream().mapToDouble(r -> ratio(r, wall)).sorted().toArray();
    return values.length % 2 == 1 ? values[values.length / 2]
        : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
  }

  private static long median(List<Map<String, Took>> rounds, java.util.function.ToLongFunction<Map<String, Took>> value) {
    long[] values = rounds.stream().mapToLong(value).sorted().toArray();
    return values.length % 2 == 1 ? values[values.length / 2]
        : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
  }

  private static Took of(Map<String, Took> round, String phase) {
    return java.util.Objects.requireNonNull(round.get(phase), phase);
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
  }
}
