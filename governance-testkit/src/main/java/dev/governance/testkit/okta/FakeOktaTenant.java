package dev.governance.testkit.okta;

import dev.governance.testkit.okta.internal.FixtureLoader;
import dev.governance.testkit.okta.internal.TenantStats;
import dev.governance.testkit.okta.internal.gen.TenantGenerator;
import dev.governance.testkit.okta.internal.http.Faults;
import dev.governance.testkit.okta.internal.http.OktaServer;
import dev.governance.testkit.okta.internal.state.Ids;
import dev.governance.testkit.okta.internal.state.Actor;
import dev.governance.testkit.okta.internal.state.Tenant;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stateful, wire-faithful Okta org on loopback for tests. Real Okta clients (okta-sdk-java and
 * others) talk to it unchanged at {@link #orgUrl()} with the super admin's {@link #apiToken()}.
 *
 * <pre>{@code
 * try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(7).start()) {
 *   String user = tenant.fixtures().addUser("new.hire@example.com");
 *   // point a client at tenant.orgUrl() with "SSWS " + tenant.apiToken()
 * }
 * }</pre>
 *
 * <p>Each instance has its own state, port and journal; nothing is static. Closing stops the
 * server.
 *
 * @since 0.1
 */
public final class FakeOktaTenant implements AutoCloseable {
  private final Tenant state;
  private final OktaServer server;
  private final RequestJournal journal = new RequestJournal();
  private final Faults faults;
  private final TenantFixtures fixtures;
  private final String apiToken;

  private FakeOktaTenant(Builder b) {
    this.state = new Tenant(b.clock, b.seed);
    this.fixtures = new TenantFixtures(state, Actor.SEED);
    this.apiToken = "00" + new Ids(b.seed ^ 0x7A11L).secret(40);
    state.change(c -> TenantGenerator.generate(c, b.shape, b.seed, apiToken));
    if (b.fixtureFile != null) {
      FixtureLoader.load(b.fixtureFile, fixtures);
    }
    // A change between pages is another admin's change: it writes the System Log event the API would.
    TenantFixtures changer = new TenantFixtures(state, state.read(s -> new Actor(s.users().get(0).id, "User",
        s.users().get(0).login, null, "fault-change")));
    this.faults = new Faults(change -> change.change().accept(changer));
    b.faults.forEach(faults::add);
    this.server = new OktaServer(state, b.rateLimits, journal, faults,
        request -> TenantStats.admin(request, this::counts, journal), b.port);
    if (b.accessTokenLifetime != null) {
      server.accessTokenLifetime(b.accessTokenLifetime);
    }
  }

  /**
   * Starts an empty tenant with default rate limits.
   *
   * @return the running tenant
   */
  public static FakeOktaTenant start() {
    return builder().start();
  }

  /**
   * A builder.
   *
   * @return a builder with shape {@link TenantShape#EMPTY}, seed 1, a free port and default limits
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The org URL, without trailing slash, e.g. {@code http://127.0.0.1:40123}.
   *
   * @return the URL
   */
  public String orgUrl() {
    return server.orgUrl();
  }

  /**
   * The super admin's API token secret (send it as {@code Authorization: SSWS <token>}).
   *
   * @return the secret
   */
  public String apiToken() {
    return apiToken;
  }

  /**
   * The super admin's user id.
   *
   * @return the id
   */
  public String adminUserId() {
    return state.read(s -> s.users().get(0).id);
  }

  /**
   * The fixture API, to seed or change state directly.
   *
   * @return the fixtures
   */
  public TenantFixtures fixtures() {
    return fixtures;
  }

  /**
   * The request journal.
   *
   * @return the journal
   */
  public RequestJournal journal() {
    return journal;
  }

  /**
   * Every credential the tenant was sent or issued, oldest first and without repeats: API tokens,
   * the access tokens it issued, and the client assertions and DPoP proofs it received (the latest
   * 20,000). For tests that search logs and messages for secrets.
   *
   * @return a copy
   */
  public List<String> credentialsSeen() {
    return server.credentialsSeen();
  }

  /**
   * Adds a fault rule from now on.
   *
   * @param rule the rule
   * @return this tenant
   */
  public FakeOktaTenant addFault(FaultRule rule) {
    faults.add(Objects.requireNonNull(rule, "rule"));
    return this;
  }

  /** Removes every fault rule. */
  public void clearFaults() {
    faults.clear();
  }

  /**
   * How much the tenant holds now.
   *
   * @return the counts
   */
  public TenantCounts counts() {
    return state.read(TenantStats::counts);
  }

  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "FakeOktaTenant[" + orgUrl() + "]";
  }

  /** Configures and starts a {@link FakeOktaTenant}. */
  public static final class Builder {
    private TenantShape shape = TenantShape.EMPTY;
    private long seed = 1;
    private int port;
    private RateLimits rateLimits = RateLimits.defaults();
    private Clock clock = Clock.systemUTC();
    private @Nullable Path fixtureFile;
    private @Nullable Duration accessTokenLifetime;
    private final List<FaultRule> faults = new ArrayList<>();

    private Builder() {}

    /**
     * The generated shape.
     *
     * @param value the shape
     * @return this
     */
    public Builder shape(TenantShape value) {
      this.shape = Objects.requireNonNull(value, "shape");
      return this;
    }

    /**
     * The generator seed; the same shape and seed give the same tenant.
     *
     * @param value the seed
     * @return this
     */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /**
     * The port; 0 (the default) picks a free one.
     *
     * @param value port in [0, 65535]
     * @return this
     */
    public Builder port(int value) {
      if (value < 0 || value > 65_535) {
        throw new IllegalArgumentException("port must be in [0, 65535] (0 for a free port), got "
            + value);
      }
      this.port = value;
      return this;
    }

    /**
     * The rate limits.
     *
     * @param value limits
     * @return this
     */
    public Builder rateLimits(RateLimits value) {
      this.rateLimits = Objects.requireNonNull(value, "rateLimits");
      return this;
    }

    /**
     * The clock for timestamps, rate-limit windows and token expiry.
     *
     * @param value clock
     * @return this
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * A fixture file (format in docs/fake-tenant.md) loaded after the shape is generated.
     *
     * @param value the file
     * @return this
     */
    public Builder fixtureFile(Path value) {
      this.fixtureFile = Objects.requireNonNull(value, "fixtureFile");
      return this;
    }

    /**
     * The lifetime of the access tokens the token endpoint issues. Okta's is one hour, fixed; a
     * shorter one lets tests see tokens expire, with a {@link #clock(Clock)} they move forward.
     *
     * @param value at least one second
     * @return this
     */
    public Builder accessTokenLifetime(Duration value) {
      Objects.requireNonNull(value, "accessTokenLifetime");
      if (value.getSeconds() < 1) {
        throw new IllegalArgumentException("accessTokenLifetime must be at least one second, got "
            + value);
      }
      this.accessTokenLifetime = value;
      return this;
    }

    /**
     * Adds a fault rule.
     *
     * @param rule the rule
     * @return this
     */
    public Builder fault(FaultRule rule) {
      faults.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Builds the tenant and starts serving.
     *
     * @return the running tenant
     */
    public FakeOktaTenant start() {
      return new FakeOktaTenant(this);
    }
  }
}
