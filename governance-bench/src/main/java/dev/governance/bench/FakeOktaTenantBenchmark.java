package dev.governance.bench;

import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.RateLimits;
import dev.governance.testkit.okta.TenantShape;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The fake Okta tenant: time to serve one page of 200 users over loopback HTTP (request sent,
 * full JSON body received), on the {@code medium} shape.
 *
 * <p>Run: {@code java -jar governance-bench/target/benchmarks.jar FakeOktaTenantBenchmark}; the
 * median is the {@code p0.50} line of the sample-time output.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FakeOktaTenantBenchmark {
  private FakeOktaTenant tenant;
  private HttpClient client;
  private HttpRequest page;

  /** Starts a {@code medium} tenant without rate limits. */
  @Setup(Level.Trial)
  public void start() {
    tenant = FakeOktaTenant.builder().shape(TenantShape.MEDIUM).seed(1)
        .rateLimits(RateLimits.disabled()).start();
    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    page = HttpRequest.newBuilder(URI.create(tenant.orgUrl() + "/api/v1/users?limit=200"))
        .header("Authorization", "SSWS " + tenant.apiToken()).build();
  }

  /** Stops the tenant. */
  @TearDown(Level.Trial)
  public void stop() {
    tenant.close();
  }

  /**
   * One 200-user page.
   *
   * @return the body, so it is not optimised away
   * @throws IOException on I/O failure
   * @throws InterruptedException when interrupted
   */
  @Benchmark
  public byte[] serveUsersPage() throws IOException, InterruptedException {
    HttpResponse<byte[]> r = client.send(page, HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("status " + r.statusCode());
    }
    return r.body();
  }
}
