package dev.governance.bench;

import dev.governance.testkit.okta.TenantShape;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@link SyncBenchmark} runs, from its command line.
 *
 * @param shape tenant shape
 * @param seed generator seed
 * @param runs measured unthrottled runs
 * @param warmup unmeasured unthrottled runs before them
 * @param timeScale time scale of the throttled runs, {@code null} for none
 * @param throttledRuns throttled runs
 * @param latencyMs delay the tenant adds to every request in the unthrottled runs
 * @param oursOnly whether to skip the baseline
 * @param fork whether the tenant runs in a separate JVM
 * @param tenantJvmOptions options of that JVM
 * @param out output directory
 */
record SyncOptions(
    TenantShape shape, long seed, int runs, int warmup, @Nullable Double timeScale, int throttledRuns,
    int latencyMs, boolean oursOnly, boolean fork, List<String> tenantJvmOptions, Path out,
    double neighbourShare) {

  static SyncOptions parse(String[] args) {
    TenantShape shape = TenantShape.MEDIUM;
    long seed = 42;
    int runs = 3;
    int warmup = 1;
    Double scale = null;
    int throttledRuns = 1;
    int latency = 0;
    boolean oursOnly = false;
    boolean fork = true;
    List<String> jvm = new ArrayList<>();
    Path out = Path.of("bench-results");
    double neighbour = 0;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--shape" -> shape = TenantShape.parse(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--time-scale" -> scale = Double.parseDouble(args[++i]);
        case "--throttled-runs" -> throttledRuns = Integer.parseInt(args[++i]);
        case "--latency-ms" -> latency = Integer.parseInt(args[++i]);
        case "--ours-only" -> oursOnly = true;
        case "--tenant" -> {
          String where = args[++i];
          if (!where.equals("fork") && !where.equals("in-process")) {
            throw new IllegalArgumentException("--tenant takes fork or in-process, not " + where);
          }
          fork = where.equals("fork");
        }
        case "--tenant-jvm-option" -> jvm.add(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--neighbour-share" -> neighbour = Double.parseDouble(args[++i]);
        default -> throw new IllegalArgumentException("Unknown option " + a + "; see the class"
            + " documentation of " + SyncBenchmark.class.getName());
      }
    }
    if (runs < 1) {
      throw new IllegalArgumentException("--runs must be at least 1");
    }
    return new SyncOptions(shape, seed, runs, warmup, scale, throttledRuns, latency, oursOnly, fork,
        List.copyOf(jvm), out, neighbour);
  }
}
