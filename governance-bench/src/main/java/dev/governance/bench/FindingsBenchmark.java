package dev.governance.bench;

import dev.governance.core.findings.FindingsConfig;
import dev.governance.core.findings.FindingsEngine;
import dev.governance.core.findings.FindingsReport;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to run the built-in finding rules over the {@code large} inventory: 100,000 identities and
 * 1,000,000 grants, every collection complete, plus admins, factors, API tokens and OAuth scopes
 * ({@link SyntheticInventory#streamPostureInto}). As of 2025-03-01 most identities have not signed
 * in for 90 days and all reach an application, so the dormant-access rule reports about two thirds
 * of the tenant: a worst case rather than a typical one.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-XX:+UseParallelGC"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class FindingsBenchmark {

  private static final Instant AS_OF = Instant.parse("2025-03-01T00:00:00Z");

  /** Which rules run: all built-in rules, or one of them alone. */
  @Param({"all"})
  public String rule;

  private Snapshot snapshot;
  private FindingsEngine engine;

  /** Builds the snapshot and the engine once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    SnapshotBuilder builder = Snapshot.builder("bench", "synthetic");
    SyntheticInventory.LARGE.streamInto(builder, true);
    SyntheticInventory.LARGE.streamPostureInto(builder, AS_OF);
    for (InventoryCollection c : InventoryCollection.values()) {
      builder.coverage(c, Coverage.complete());
    }
    snapshot = builder.build();
    FindingsConfig.Builder config = FindingsConfig.builder();
    if (!"all".equals(rule)) {
      FindingsEngine.builder().serviceLoader(false).build().rules().stream()
          .map(r -> r.metadata().id())
          .filter(id -> !id.equals(rule))
          .forEach(config::disable);
    }
    engine = FindingsEngine.builder()
        .serviceLoader(false)
        .clock(Clock.fixed(AS_OF, ZoneOffset.UTC))
        .config(config.build())
        .build();
  }

  /**
   * Runs the rules over the snapshot.
   *
   * @return the report
   */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public FindingsReport evaluate() {
    return engine.evaluate(snapshot);
  }
}
