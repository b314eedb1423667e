package dev.governance.bench;

import dev.governance.core.access.Access;
import dev.governance.core.access.AccessGraph;
import dev.governance.core.access.Reach;
import dev.governance.core.model.EntityKind;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to build a snapshot (and so the indexes the access graph walks) of 100,000 identities and
 * 1,000,000 grants, and to answer one query each way.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AccessGraphBenchmark {

  private AccessGraph graph;
  private String identity;
  private String application;
  private String everyonesApplication;

  /** Builds the snapshot and the graph once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    graph = AccessGraph.of(buildSnapshot());
    identity = graph.snapshot().identities().stream().skip(12_345).findFirst().orElseThrow().id();
    application = graph.snapshot().applications().stream().skip(17).findFirst().orElseThrow().id();
    everyonesApplication = graph.snapshot().applications().iterator().next().id();
  }

  private static Snapshot buildSnapshot() {
    SnapshotBuilder builder = Snapshot.builder("bench", "synthetic");
    SyntheticInventory.LARGE.streamInto(builder, true);
    return builder.build();
  }

  /**
   * Streams 100,000 identities and 1,000,000 grants into a builder and indexes them.
   *
   * @return the snapshot
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2)
  @Measurement(iterations = 5)
  public Snapshot buildSnapshotAndIndexes() {
    return buildSnapshot();
  }

  /**
   * Making the graph over a built snapshot.
   *
   * @return the graph
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public AccessGraph buildGraph() {
    return AccessGraph.of(graph.snapshot());
  }

  /**
   * Every application and role one identity reaches, with paths.
   *
   * @return the accesses
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<Access> accessOfOneIdentity() {
    return graph.accessOf(identity);
  }

  /**
   * Every identity that reaches one application, with paths.
   *
   * @return the accesses
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<Access> whoReachesOneApplication() {
    return graph.whoReaches(EntityKind.APPLICATION, application);
  }

  /**
   * Every identity that reaches the application assigned to the group of all 100,000 identities.
   *
   * @return the accesses
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<Access> whoReachesTheApplicationOfEveryone() {
    return graph.whoReaches(EntityKind.APPLICATION, everyonesApplication);
  }

  /**
   * The kinds of path of every identity that reaches the application of everyone, without the
   * paths: what the reports count.
   *
   * @return the reaches
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<Reach> reachesOfTheApplicationOfEveryone() {
    return graph.reaches(EntityKind.APPLICATION, everyonesApplication);
  }
}
