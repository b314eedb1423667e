package dev.governance.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.RateLimits;
import dev.governance.testkit.okta.TenantShape;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The fake Okta tenant's writes over loopback HTTP on the {@code medium} shape, each a request
 * that changes the tenant and writes its System Log event: create a user, add a member to a group,
 * assign a user to an app. Every call changes something (a new login, a new membership, a new
 * assignment), so no call takes the "already so" shortcut.
 *
 * <p>Run beside the serving benchmark: {@code java -jar governance-bench/target/benchmarks.jar
 * 'FakeOktaTenant(Write)?Benchmark'}; the median is the {@code p0.50} line of each sample-time
 * output.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FakeOktaTenantWriteBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();
  private FakeOktaTenant tenant;
  private HttpClient client;
  private final List<String> users = new ArrayList<>();
  private final List<String> groups = new ArrayList<>();
  private final List<String> apps = new ArrayList<>();
  private long created;
  private long memberships;
  private long assignments;

  /** Starts a {@code medium} tenant without rate limits and picks active users, Okta groups and active apps. */
  @Setup(Level.Trial)
  public void start() throws IOException, InterruptedException {
    tenant = FakeOktaTenant.builder().shape(TenantShape.MEDIUM).seed(1)
        .rateLimits(RateLimits.disabled()).start();
    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    collect("/api/v1/users?limit=200&search=" + encode("status eq \"ACTIVE\""), users, 2000);
    collect("/api/v1/groups?limit=200&filter=" + encode("type eq \"OKTA_GROUP\""), groups, 200);
    collect("/api/v1/apps?limit=200&filter=" + encode("status eq \"ACTIVE\""), apps, 200);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private void collect(String first, List<String> into, int max) throws IOException, InterruptedException {
    String next = tenant.orgUrl() + first;
    while (next != null && into.size() < max) {
      HttpResponse<String> r = client.send(request(URI.create(next)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      for (JsonNode n : JSON.readTree(r.body())) {
        into.add(n.get("id").asText());
      }
      next = null;
      for (String link : r.headers().allValues("link")) {
        if (link.contains("rel=\"next\"")) {
          next = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        }
      }
    }
  }

  private HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri).header("Authorization", "SSWS " + tenant.apiToken())
        .header("Content-Type", "application/json").header("Accept", "application/json");
  }

  /** Stops the tenant. */
  @TearDown(Level.Trial)
  public void stop() {
    tenant.close();
  }

  private byte[] send(String method, String path, String body, int expected)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> r = client.send(request(URI.create(tenant.orgUrl() + path))
        .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != expected) {
      throw new IllegalStateException(method + " " + path + ": status " + r.statusCode() + " "
          + new String(r.body(), StandardCharsets.UTF_8));
    }
    return r.body();
  }

  /**
   * {@code POST /api/v1/users}: a new active user with a new login.
   *
   * @return the body
   * @throws IOException on I/O failure
   * @throws InterruptedException when interrupted
   */
  @Benchmark
  public byte[] createUser() throws IOException, InterruptedException {
    String login = "bench" + (created++) + "@example.com";
    return send("POST", "/api/v1/users", "{\"profile\":{\"login\":\"" + login + "\",\"email\":\"" + login
        + "\",\"firstName\":\"Bench\",\"lastName\":\"Writer\"}}", 200);
  }

  /**
   * {@code PUT /api/v1/groups/{groupId}/users/{userId}}: a membership the tenant did not have.
   *
   * @return the (empty) body
   * @throws IOException on I/O failure
   * @throws InterruptedException when interrupted
   */
  @Benchmark
  public byte[] addMembership() throws IOException, InterruptedException {
    long k = memberships++;
    String user = users.get((int) (k % users.size()));
    String group = groups.get((int) ((k / users.size() + k) % groups.size()));
    return send("PUT", "/api/v1/groups/" + group + "/users/" + user, "", 204);
  }

  /**
   * {@code POST /api/v1/apps/{appId}/users}: a direct assignment.
   *
   * @return the body
   * @throws IOException on I/O failure
   * @throws InterruptedException when interrupted
   */
  @Benchmark
  public byte[] assignApp() throws IOException, InterruptedException {
    long k = assignments++;
    String user = users.get((int) (k % users.size()));
    String app = apps.get((int) ((k / users.size() + k) % apps.size()));
    return send("POST", "/api/v1/apps/" + app + "/users", "{\"id\":\"" + user + "\"}", 200);
  }
}
