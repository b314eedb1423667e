package dev.governance.bench;

import dev.governance.okta.catalog.OktaBucket;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Renders the figures of {@link SyncBenchmark} as Markdown. */
final class SyncBenchmarkReport {

  private SyncBenchmarkReport() {}

  /**
   * Renders the figures.
   *
   * @param json the figures, as {@link SyncBenchmark#run} returns them
   * @return Markdown
   */
  @SuppressWarnings("unchecked")
  static String markdown(Map<String, Object> json) {
    StringBuilder md = new StringBuilder();
    Map<String, Object> machine = field(json, "machine");
    md.append("### Whole sync, `").append(json.get("shape")).append("` tenant (seed ")
        .append(json.get("seed")).append(")\n\n");
    md.append(String.format(Locale.ROOT,
        "Started %s on %s cores, %s, max heap %s MB, GC %s; fake tenant %s; "
            + "%s measured run(s) of each side after %s warm-up run(s).%n%n",
        json.get("startedAt"), machine.get("cores"), machine.get("java"), machine.get("maxHeapMb"),
        machine.get("gc"), json.get("tenant"), json.get("runs"), json.get("warmupRuns")));
    if (json.containsKey("failure")) {
      Map<String, Object> ours = field(json, "ours");
      md.append("**This SDK's sync FAILED**: ").append(json.get("failure"))
          .append(" after ").append(ours.get("wallMsMedian")).append(" ms, peak heap ")
          .append(ours.get("peakHeapMbMedian")).append(" MB.\n");
      return md.toString();
    }
    Map<String, Object> counts = field(json, "tenantCounts");
    md.append("Tenant as synced: ");
    StringBuilder c = new StringBuilder();
    counts.forEach((k, v) -> c.append(c.length() == 0 ? "" : ", ").append(k).append(' ')
        .append(String.format(Locale.ROOT, "%,d", ((Number) v).longValue())));
    md.append(c).append(String.format(Locale.ROOT, " (%,d entities and grants).%n%n",
        ((Number) field(json, "entities")).longValue()));

    Map<String, Object> calls = field(json, "calls");
    Map<String, Long> predicted = (Map<String, Long>) calls.get("oursPredicted");
    Map<String, Long> actual = (Map<String, Long>) calls.get("oursActual");
    Map<String, Long> baseline = (Map<String, Long>) calls.get("baseline");
    Map<String, Long> formula = (Map<String, Long>) calls.get("formula");
    md.append("| Bucket | This SDK, predicted | This SDK, actual | Baseline (okta-sdk-java) "
        + "| baton-okta formula (p=").append(calls.get("formulaP")).append(") |\n");
    md.append("|---|---:|---:|---:|---:|\n");
    for (String b : SyncBenchmark.buckets(predicted, actual, baseline, formula)) {
      md.append("| `").append(b).append("` | ").append(num(predicted, b)).append(" | ")
          .append(num(actual, b)).append(" | ").append(num(baseline, b)).append(" | ")
          .append(num(formula, b)).append(" |\n");
    }
    md.append("| **Total** | ").append(fmt(sum(predicted))).append(" | ")
        .append(fmt(sum(actual))).append(" | ").append(baseline == null ? "–" : fmt(sum(baseline)))
        .append(" | ").append(fmt(sum(formula))).append(" |\n\n");
    md.append("This SDK / formula: ").append(calls.get("oursOverFormula"));
    if (calls.containsKey("oursOverBaseline")) {
      md.append("; this SDK / baseline: ").append(calls.get("oursOverBaseline"));
    }
    md.append("; predicted = actual: ").append(calls.get("predictedEqualsActual"))
        .append("; formula's R (direct admins): ").append(calls.get("formulaAdmins"))
        .append(".\n\n");

    Map<String, Long> oursEndpoints = (Map<String, Long>) calls.get("oursPerEndpoint");
    Map<String, Long> baseEndpoints = (Map<String, Long>) calls.get("baselinePerEndpoint");
    md.append("| Endpoint | This SDK | Baseline |\n|---|---:|---:|\n");
    for (String e : SyncBenchmark.buckets(oursEndpoints, baseEndpoints)) {
      md.append("| `").append(e).append("` | ").append(num(oursEndpoints, e)).append(" | ")
          .append(num(baseEndpoints, e)).append(" |\n");
    }
    md.append('\n');

    Map<String, Object> un = field(json, "unthrottled");
    Map<String, Object> ours = field(un, "ours");
    Map<String, Object> base = (Map<String, Object>) un.get("baseline");
    long latency = ((Number) json.getOrDefault("addedLatencyMs", 0)).longValue();
    md.append("| No rate limits").append(latency > 0 ? ", " + latency + " ms added per request" : "")
        .append(" (medians of ").append(json.get("runs"))
        .append(" runs) | This SDK | Baseline | Baseline / this SDK |\n|---|---:|---:|---:|\n");
    row(md, "Wall time (s)", ours, base, "wallMsMedian", 1000);
    row(md, "Process CPU time (s)", ours, base, "cpuMsMedian", 1000);
    row(md, "CPU time per 1,000 entities (ms)", ours, base, "cpuMsPer1000EntitiesMedian", 1);
    row(md, "Peak heap in use, sampled every 5 ms (MB)", ours, base, "peakHeapMbMedian", 1);
    row(md, "Heap retained after the sync (MB)", ours, base, "retainedHeapMbMedian", 1);
    md.append("| Wall time per run (ms) | ").append(ours.get("wallMs")).append(" | ")
        .append(base == null ? "–" : base.get("wallMs")).append(" | |\n");
    md.append("| 429 responses | ").append(ours.get("http429")).append(" | ")
        .append(base == null ? "–" : base.get("http429")).append(" | |\n\n");

    Map<String, Object> th = (Map<String, Object>) json.get("throttled");
    if (th != null) {
      md.append("Under ").append(th.get("limits")).append(", time scale ")
          .append(th.get("timeScale")).append(" (windows of ").append(th.get("windowMs"))
          .append(" ms), this SDK only:\n\n");
      md.append("| Run | Wall (s) | Busiest bucket | Calls there | Allowed per window "
          + "| Lower bound (s) | Wall / bound | 429s | Retries |\n");
      md.append("|---:|---:|---|---:|---:|---:|---:|---:|---:|\n");
      int i = 1;
      for (Map<String, Object> r : SyncBenchmarkReport.<List<Map<String, Object>>>field(th, "runs")) {
        md.append(String.format(Locale.ROOT, "| %d | %.1f | `%s` | %,d | %s | %.1f | %s | %s | %s |%n",
            i++, ((Number) field(r, "wallMs")).longValue() / 1000.0, r.get("busiestBucket"),
            ((Number) field(r, "busiestBucketCalls")).longValue(), r.get("allowedPerWindow"),
            ((Number) field(r, "lowerBoundMs")).longValue() / 1000.0, r.get("wallOverBound"),
            r.get("http429"), r.get("retries")));
      }
      md.append('\n');
    }
    return md.toString();
  }

  private static void row(StringBuilder md, String label, Map<String, Object> ours,
      @Nullable Map<String, Object> base, String key, double divisor) {
    double o = ((Number) ours.getOrDefault(key, 0)).doubleValue() / divisor;
    md.append("| ").append(label).append(" | ").append(String.format(Locale.ROOT, "%,.2f", o));
    if (base == null) {
      md.append(" | – | – |\n");
      return;
    }
    double b = ((Number) base.getOrDefault(key, 0)).doubleValue() / divisor;
    md.append(" | ").append(String.format(Locale.ROOT, "%,.2f", b)).append(" | ")
        .append(o == 0 ? "–" : String.format(Locale.ROOT, "%.2f", b / o)).append(" |\n");
  }

  private static String num(@Nullable Map<String, Long> m, String bucket) {
    if (m == null) {
      return "–";
    }
    Number n = m.get(bucket);
    return n == null ? "0" : fmt(n.longValue());
  }

  private static long sum(@Nullable Map<String, Long> m) {
    return m == null ? 0 : m.values().stream().mapToLong(Number::longValue).sum();
  }

  /**
   * Reads a value the figures always hold.
   *
   * @throws IllegalArgumentException if it is missing: the figures are not those {@link
   *     SyncBenchmark#run} returns
   */
  @SuppressWarnings("unchecked")
  private static <T> T field(Map<String, Object> json, String key) {
    Object value = json.get(key);
    if (value == null) {
      throw new IllegalArgumentException("The benchmark figures have no \"" + key + "\"");
    }
    return (T) value;
  }

  private static String fmt(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
