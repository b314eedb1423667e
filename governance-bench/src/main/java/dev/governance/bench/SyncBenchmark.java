package dev.governance.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.governance.okta.internal.bench.NaiveOktaSync;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.spi.SyncResult;
import dev.governance.okta.OktaConnector;
import dev.governance.okta.catalog.OktaBucket;
import dev.governance.testkit.okta.RateLimits;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The whole-sync benchmark: syncs one generated fake tenant with this SDK's {@link OktaConnector}
 * and with {@link NaiveOktaSync}, the obvious okta-sdk-java code, and sets both against
 * baton-okta's call formula ({@link BatonFormula}). Writes {@code sync-<shape>.json} and {@code
 * sync-<shape>.md} and prints the Markdown.
 *
 * <p>Run: {@code java -Xmx1g -cp governance-bench/target/benchmarks.jar
 * dev.governance.bench.SyncBenchmark --shape medium --runs 3 --time-scale 0.1}. Options:
 *
 * <ul>
 *   <li>{@code --shape empty|demo|medium|large} (default {@code medium});
 *   <li>{@code --seed N} (default 42);
 *   <li>{@code --runs N} measured unthrottled runs of each side (default 3), after {@code
 *       --warmup N} unmeasured ones (default 1);
 *   <li>{@code --time-scale S}: also sync under Okta's Workforce limits with windows of S
 *       minutes, {@code --throttled-runs N} times (default 1); this SDK only, since the baseline
 *       would take hours;
 *   <li>{@code --neighbour-share X}: during the throttled runs, another client with its own API
 *       token spends X (e.g. 0.3) of the org-wide limit of {@code /api/v1/apps*}, {@code
 *       /api/v1/groups}, {@code /api/v1/users} and {@code /api/v1/iam} at the same time;
 *   <li>{@code --latency-ms N}: the tenant delays every request of the unthrottled runs by N
 *       milliseconds, to approach a real org's latency (default 0: as fast as the fake answers);
 *   <li>{@code --ours-only}: skip the baseline, e.g. to show that {@code large} syncs with {@code
 *       -Xmx512m};
 *   <li>{@code --tenant fork|in-process} (default {@code fork}): run the fake tenant in a
 *       separate JVM, so that its heap and CPU time stay out of the readings, or in this one;
 *       {@code --tenant-jvm-option OPT} (repeatable) passes options to the separate JVM;
 *   <li>{@code --out DIR} (default {@code bench-results}).
 * </ul>
 */
public final class SyncBenchmark {

  private SyncBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args see the class documentation
   * @throws IOException if the results cannot be written
   */
  public static void main(String[] args) throws IOException {
    SyncOptions o = SyncOptions.parse(args);
    Map<String, Object> json = run(o);
    Files.createDirectories(o.out());
    String name = "sync-" + o.shape().name().toLowerCase(Locale.ROOT)
        + (o.latencyMs() > 0 ? "-latency" + o.latencyMs() : "") + (o.oursOnly() ? "-ours" : "");
    Path jsonFile = o.out().resolve(name + ".json");
    Path mdFile = o.out().resolve(name + ".md");
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(jsonFile.toFile(), json);
    String md = SyncBenchmarkReport.markdown(json);
    Files.writeString(mdFile, md, StandardCharsets.UTF_8);
    System.out.println(md);
    System.out.println("Wrote " + jsonFile + " and " + mdFile);
  }

  /**
   * Runs the benchmark and returns the figures.
   *
   * @param o the options
   * @return the figures, as written to the JSON file
   */
  static Map<String, Object> run(SyncOptions o) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("shape", o.shape().name().toLowerCase(Locale.ROOT));
    json.put("seed", o.seed());
    json.put("startedAt", Instant.now().toString());
    json.put("machine", machine());
    json.put("tenant", o.fork() ? "in a separate JVM" : "in-process");
    json.put("runs", o.runs());
    json.put("warmupRuns", o.warmup());
    json.put("addedLatencyMs", o.latencyMs());

    List<SyncRun> ours = new ArrayList<>();
    List<SyncRun> baseline = new ArrayList<>();
    try (TenantHandle tenant = startTenant(o, null, o.latencyMs())) {
      for (int i = 0; i < o.warmup(); i++) {
        log("warm-up %d: this SDK", i + 1);
        SyncRun.ours(tenant, Duration.ofMinutes(1));
        if (!o.oursOnly()) {
          log("warm-up %d: baseline", i + 1);
          SyncRun.baseline(tenant);
        }
      }
      for (int i = 0; i < o.runs(); i++) {
        SyncRun r = SyncRun.ours(tenant, Duration.ofMinutes(1));
        ours.add(i == 0 ? r : r.withoutSnapshot());
        log("run %d: this SDK %s", i + 1, r.failure() == null
            ? String.format(Locale.ROOT, "%.2f s, %d calls", r.wallNanos() / 1e9, total(r.journal()))
            : "FAILED " + r.failure());
        if (r.failure() != null) {
          break;
        }
        if (!o.oursOnly()) {
          SyncRun b = SyncRun.baseline(tenant);
          baseline.add(b);
          log("run %d: baseline %.2f s, %d calls", i + 1, b.wallNanos() / 1e9, total(b.journal()));
        }
      }
    }
    SyncRun first = ours.get(0);
    if (first.failure() != null) {
      json.put("failure", first.failure());
      json.put("ours", side(ours, 0));
      return json;
    }
    // The first run keeps its snapshot, and a run without a failure has its result.
    Snapshot snapshot = Objects.requireNonNull(first.snapshot(), "snapshot");
    SyncResult result = Objects.requireNonNull(first.result(), "result");
    Map<String, Integer> counts = new LinkedHashMap<>();
    snapshot.counts().forEach((k, v) -> counts.put(k.name().toLowerCase(Locale.ROOT), v));
    long entities = counts.values().stream().mapToLong(Integer::longValue).sum();
    json.put("tenantCounts", counts);
    json.put("entities", entities);

    Map<String, Object> calls = new LinkedHashMap<>();
    Map<String, Long> predicted = toLong(result.predictedCallsPerBucket());
    Map<String, Long> actual = toLong(result.callsPerBucket());
    Map<String, Long> formula = BatonFormula.callsPerBucket(snapshot);
    calls.put("oursPredicted", predicted);
    calls.put("oursActual", actual);
    calls.put("oursJournal", first.journal());
    calls.put("predictedEqualsActual", predicted.equals(actual));
    calls.put("revisions", first.revisions());
    calls.put("oursPerEndpoint", first.endpoints());
    if (!baseline.isEmpty()) {
      calls.put("baseline", baseline.get(0).journal());
      calls.put("baselinePerEndpoint", baseline.get(0).endpoints());
    }
    calls.put("formula", formula);
    calls.put("formulaP", BatonFormula.P);
    calls.put("formulaAdmins", BatonFormula.admins(snapshot));
    long oursTotal = total(first.journal());
    calls.put("oursTotal", oursTotal);
    calls.put("formulaTotal", total(formula));
    calls.put("oursOverFormula", ratio(oursTotal, total(formula)));
    if (!baseline.isEmpty()) {
      calls.put("baselineTotal", total(baseline.get(0).journal()));
      calls.put("oursOverBaseline", ratio(oursTotal, total(baseline.get(0).journal())));
    }
    json.put("calls", calls);

    Map<String, Object> unthrottled = new LinkedHashMap<>();
    unthrottled.put("ours", side(ours, entities));
    if (!baseline.isEmpty()) {
      unthrottled.put("baseline", side(baseline, entities));
      unthrottled.put("baselineWallOverOurs",
          ratio(median(baseline, SyncRun::wallNanos), median(ours, SyncRun::wallNanos)));
    }
    json.put("unthrottled", unthrottled);

    Double timeScale = o.timeScale();
    if (timeScale != null) {
      json.put("throttled", throttled(o, timeScale));
    }
    return json;
  }

  private static Map<String, Object> throttled(SyncOptions o, double scale) {
    RateLimits limits = OktaLimits.workforce().withTimeScale(scale);
    Duration window = Duration.ofMillis(Math.round(60_000 * scale));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("limits", "Okta Workforce, " + Math.round(limits.tokenShare() * 100) + "% per token");
    out.put("timeScale", scale);
    out.put("windowMs", window.toMillis());
    List<Map<String, Object>> runs = new ArrayList<>();
    try (TenantHandle tenant = startTenant(o, scale, 0)) {
      for (int i = 0; i < o.throttledRuns(); i++) {
        sleep(window.plusMillis(500));
        Neighbour neighbour = o.neighbourShare() > 0 ? new Neighbour(tenant.orgUrl(),
            tenant.neighbourToken(), limits, window, o.neighbourShare(), Duration.ofMinutes(30)) : null;
        SyncRun r;
        try {
          r = SyncRun.ours(tenant, window);
        } finally {
          if (neighbour != null) {
            neighbour.close();
          }
        }
        Map<String, Object> run = new LinkedHashMap<>();
        if (neighbour != null) {
          run.put("neighbourShare", o.neighbourShare());
          run.put("neighbourRequests", neighbour.sent());
          run.put("neighbour429", neighbour.refused());
        }
        run.put("wallMs", r.wallNanos() / 1_000_000);
        String busiest = "";
        double bound = 0;
        // This SDK's own calls: with a neighbour the journal also holds the other client's.
        Map<String, Long> own = r.result() == null ? r.journal() : toLong(r.result().callsPerBucket());
        for (Map.Entry<String, Long> e : own.entrySet()) {
          OktaBucket b = OktaBucket.ofPattern(e.getKey());
          double seconds = e.getValue() / (double) OktaLimits.allowed(limits, b)
              * window.toMillis() / 1000.0;
          if (seconds > bound) {
            bound = seconds;
            busiest = e.getKey();
          }
        }
        run.put("busiestBucket", busiest);
        run.put("busiestBucketCalls", own.getOrDefault(busiest, 0L));
        run.put("allowedPerWindow", busiest.isEmpty() ? 0
            : OktaLimits.allowed(limits, OktaBucket.ofPattern(busiest)));
        run.put("lowerBoundMs", Math.round(bound * 1000));
        run.put("wallOverBound", ratio(r.wallNanos() / 1e9, bound));
        run.put("http429", r.tooMany());
        run.put("retries", r.result() == null ? -1 : r.result().retries());
        run.put("ours429", r.result() == null ? -1 : r.result().retries());
        run.put("predictedEqualsActual", r.result() != null
            && r.result().predictedCallsPerBucket().equals(r.result().callsPerBucket()));
        run.put("calls", own);
        run.put("journal", r.journal());
        run.put("failure", r.failure());
        runs.add(run);
        log("throttled run %d: %.1f s, bound %.1f s (%s), 429s %d", i + 1, r.wallNanos() / 1e9,
            bound, busiest, r.tooMany());
      }
    }
    out.put("runs", runs);
    return out;
  }

  private static TenantHandle startTenant(SyncOptions o, @Nullable Double scale, int latencyMs) {
    long t0 = System.nanoTime();
    TenantHandle t = TenantHandle.start(
        o.shape(), o.seed(), scale, latencyMs, o.fork(), o.tenantJvmOptions());
    log("tenant %s (%s, %s, %d ms added latency) ready in %.1f s",
        o.shape().name().toLowerCase(Locale.ROOT), t.where(),
        scale == null ? "no rate limits" : "Workforce limits, time scale " + scale, latencyMs,
        (System.nanoTime() - t0) / 1e9);
    return t;
  }

  private static Map<String, Object> side(List<SyncRun> runs, long entities) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("wallMs", runs.stream().map(r -> r.wallNanos() / 1_000_000).toList());
    m.put("wallMsMedian", median(runs, SyncRun::wallNanos) / 1_000_000);
    m.put("cpuMsMedian", median(runs, SyncRun::cpuNanos) / 1_000_000);
    if (entities > 0) {
      m.put("cpuMsPer1000EntitiesMedian",
          Math.round(median(runs, SyncRun::cpuNanos) / 1e6 / entities * 1000 * 1000) / 1000.0);
    }
    m.put("peakHeapMbMedian", mb(median(runs, SyncRun::peakHeap)));
    m.put("peakHeapPoolSumMbMedian", mb(median(runs, SyncRun::peakPools)));
    m.put("retainedHeapMbMedian", mb(median(runs, SyncRun::retainedHeap)));
    m.put("http429", runs.stream().mapToLong(SyncRun::tooMany).sum());
    return m;
  }

  private static Map<String, Object> machine() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("maxHeapMb", Runtime.getRuntime().maxMemory() >> 20);
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    m.put("gc", ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(GarbageCollectorMXBean::getName).toList());
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    return m;
  }

  private static long median(List<SyncRun> runs, ToLongFunction<SyncRun> f) {
    long[] v = runs.stream().mapToLong(f).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static double mb(long bytes) {
    return Math.round(bytes / 1048576.0 * 10) / 10.0;
  }

  private static double ratio(double a, double b) {
    return b == 0 ? 0 : Math.round(a / b * 1000) / 1000.0;
  }

  private static long total(Map<String, Long> calls) {
    return calls.values().stream().mapToLong(Long::longValue).sum();
  }

  private static Map<String, Long> toLong(Map<String, Integer> m) {
    Map<String, Long> out = new TreeMap<>();
    m.forEach((k, v) -> out.put(k, v.longValue()));
    return out;
  }

  /**
   * The keys (buckets or endpoints) named in any of the maps, sorted.
   *
   * @param maps the maps, {@code null} ones skipped
   * @return the keys
   */
  @SafeVarargs
  static TreeSet<String> buckets(@Nullable Map<String, ?>... maps) {
    TreeSet<String> all = new TreeSet<>();
    for (Map<String, ?> m : maps) {
      if (m != null) {
        all.addAll(m.keySet());
      }
    }
    return all;
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void log(String format, Object... args) {
    System.err.printf(Locale.ROOT, format + "%n", args);
  }
}
