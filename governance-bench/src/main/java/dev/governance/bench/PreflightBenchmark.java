package dev.governance.bench;

import dev.governance.core.Secret;
import dev.governance.core.spi.Preflight;
import dev.governance.okta.OktaConnector;
import dev.governance.okta.OktaConnectorOptions;
import dev.governance.okta.OktaCredentials;
import dev.governance.okta.OktaOrg;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.RateLimits;
import dev.governance.testkit.okta.TenantShape;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The connection preflight of an API token, as {@code governance check} and {@code scan} run it:
 * a connector opened afresh (so every bucket starts uncalibrated, as on a new connection), then
 * {@link OktaConnector#check()}, against the {@code demo} tenant with a delay added to every
 * request, standing in for the round trip to a real org.
 *
 * <p>Run: {@code java -jar governance-bench/target/benchmarks.jar PreflightBenchmark}; the median
 * is the {@code p0.50} line of the sample-time output.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class PreflightBenchmark {

  /** The delay added to every API request, in milliseconds. */
  @Param({"0", "50"})
  public int latencyMs;

  private FakeOktaTenant tenant;
  private OktaOrg org;
  private OktaCredentials credentials;

  /** Starts a {@code demo} tenant without rate limits, with the delay. */
  @Setup
  public void start() {
    FakeOktaTenant.Builder builder = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(1)
        .rateLimits(RateLimits.disabled());
    if (latencyMs > 0) {
      builder.fault(TenantHandle.latency(latencyMs));
    }
    tenant = builder.start();
    org = OktaOrg.parser().allowLoopbackForTesting().parse(tenant.orgUrl());
    credentials = OktaCredentials.apiToken(Secret.of(tenant.apiToken()));
  }

  /** Stops the tenant. */
  @TearDown
  public void stop() {
    tenant.close();
  }

  /**
   * Opens a connector and runs its preflight.
   *
   * @return the preflight, so it is not optimised away
   */
  @Benchmark
  public Preflight openAndCheck() {
    try (OktaConnector connector = OktaConnector.open(org, credentials, OktaConnectorOptions.defaults())) {
      return connector.check();
    }
  }
}
