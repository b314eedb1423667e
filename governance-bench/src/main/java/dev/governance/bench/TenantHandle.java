package dev.governance.bench;

import dev.governance.okta.catalog.OktaBucket;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.Fault;
import dev.governance.testkit.okta.FaultRule;
import dev.governance.testkit.okta.JournalEntry;
import dev.governance.testkit.okta.RateLimits;
import dev.governance.testkit.okta.TenantShape;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A running fake tenant the benchmark syncs: in this JVM, or in a separate one so that its heap
 * and CPU time stay out of the readings.
 */
interface TenantHandle extends AutoCloseable {

  /**
   * The org URL.
   *
   * @return e.g. {@code http://127.0.0.1:41234}
   */
  String orgUrl();

  /**
   * The API token.
   *
   * @return the token
   */
  String apiToken();

  /**
   * Returns a second API token of the same org, for another client spending the same buckets.
   *
   * @return the token
   */
  String neighbourToken();

  /**
   * Requests served per bucket since the last {@link #clearJournal()}, 429s included.
   *
   * @return bucket pattern to count
   */
  Map<String, Long> callsByBucket();

  /**
   * Requests served per endpoint since the last {@link #clearJournal()}, as far as the journal
   * keeps them (its latest 100,000 entries).
   *
   * @return {@code METHOD path} with ids replaced by {@code {id}}, to count
   */
  Map<String, Long> callsByEndpoint();

  /**
   * Requests answered with 429 since the last {@link #clearJournal()}.
   *
   * @return the count
   */
  long tooManyRequests();

  /** Forgets the requests served so far. */
  void clearJournal();

  /**
   * Where the tenant runs.
   *
   * @return {@code in-process} or {@code separate JVM}
   */
  String where();

  @Override
  void close();

  /**
   * Starts a tenant.
   *
   * @param shape the shape
   * @param seed the generator seed
   * @param timeScale the time scale of Okta's Workforce limits, or {@code null} for limits that
   *     never bind
   * @param latencyMs a delay added to every request, in milliseconds, 0 for none
   * @param fork whether to run it in a separate JVM
   * @param forkOptions extra JVM options for the separate JVM, may be empty
   * @return the running tenant
   */
  static TenantHandle start(
      TenantShape shape, long seed, @Nullable Double timeScale, int latencyMs, boolean fork,
      List<String> forkOptions) {
    if (fork) {
      return ForkedTenant.start(shape, seed, timeScale, latencyMs, forkOptions);
    }
    RateLimits limits = timeScale == null
        ? OktaLimits.unlimited() : OktaLimits.workforce().withTimeScale(timeScale);
    FakeOktaTenant.Builder builder =
        FakeOktaTenant.builder().shape(shape).seed(seed).rateLimits(limits);
    if (latencyMs > 0) {
      builder.fault(latency(latencyMs));
    }
    return new InProcess(builder.start());
  }

  /**
   * A rule that delays every API request.
   *
   * @param latencyMs the delay in milliseconds
   * @return the rule
   */
  static FaultRule latency(int latencyMs) {
    return FaultRule.always("/api/v1/*", new Fault.Latency(Duration.ofMillis(latencyMs)));
  }

  /**
   * Counts a tenant's journal per endpoint.
   *
   * @param tenant the tenant
   * @return {@code METHOD path} with ids replaced by {@code {id}}, to count
   */
  static Map<String, Long> endpoints(FakeOktaTenant tenant) {
    Map<String, Long> out = new TreeMap<>();
    for (JournalEntry e : tenant.journal().entries()) {
      out.merge(e.method() + " " + template(e.path()), 1L, Long::sum);
    }
    return out;
  }

  /**
   * Replaces the ids in a path by {@code {id}}: segments of ten characters or more that hold a
   * digit.
   *
   * @param path the path
   * @return the template
   */
  static String template(String path) {
    StringBuilder sb = new StringBuilder();
    for (String segment : path.split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      boolean id = segment.length() >= 10 && segment.chars().anyMatch(Character::isDigit);
      sb.append('/').append(id ? "{id}" : segment);
    }
    return sb.toString();
  }

  /** A tenant in this JVM. */
  final class InProcess implements TenantHandle {
    private final FakeOktaTenant tenant;
    private final String neighbourToken;

    InProcess(FakeOktaTenant tenant) {
      this.tenant = tenant;
      this.neighbourToken =
          tenant.fixtures().addApiToken(tenant.adminUserId(), "neighbour").secret();
    }

    @Override
    public String neighbourToken() {
      return neighbourToken;
    }

    @Override
    public String orgUrl() {
      return tenant.orgUrl();
    }

    @Override
    public String apiToken() {
      return tenant.apiToken();
    }

    @Override
    public Map<String, Long> callsByBucket() {
      Map<String, Long> out = new TreeMap<>();
      for (Map.Entry<OktaBucket, Long> e : tenant.journal().countsByBucket().entrySet()) {
        out.put(e.getKey().pattern(), e.getValue());
      }
      return out;
    }

    @Override
    public Map<String, Long> callsByEndpoint() {
      return endpoints(tenant);
    }

    @Override
    public long tooManyRequests() {
      return tenant.journal().entries(e -> e.status() == 429).size();
    }

    @Override
    public void clearJournal() {
      tenant.journal().clear();
    }

    @Override
    public String where() {
      return "in-process";
    }

    @Override
    public void close() {
      tenant.close();
    }
  }
}
