package dev.governance.testkit.scim;

import dev.governance.testkit.scim.internal.ScimFaults;
import dev.governance.testkit.scim.internal.ScimGenerator;
import dev.governance.testkit.scim.internal.ScimHttp;
import dev.governance.testkit.scim.internal.ScimState;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * A stateful SCIM 2.0 service provider (RFC 7643, RFC 7644) on loopback for tests: {@code
 * /Users}, {@code /Groups}, {@code /ServiceProviderConfig}, {@code /ResourceTypes} and {@code
 * /Schemas} below {@link #baseUrl()}, with filters, paging, projections, PATCH, ETags, SCIM errors,
 * bearer and basic authentication, faults and a journal.
 *
 * <pre>{@code
 * try (FakeScimServer scim = FakeScimServer.builder().shape(ScimShape.SMALL).seed(7).start()) {
 *   String alice = scim.fixtures().addUser("alice@example.com");
 *   // GET scim.baseUrl() + "/Users" with "Authorization: Bearer " + scim.token()
 * }
 * }</pre>
 *
 * <p>Each instance has its own state, port and journal; nothing is static. Closing stops it.
 *
 * @since 0.1
 */
public final class FakeScimServer implements AutoCloseable {
  private final ScimState state;
  private final ScimFixtures fixtures;
  private final ScimJournal journal = new ScimJournal();
  private final ScimFaults faults = new ScimFaults();
  private final ScimHttp http;
  private final String token;
  private final Random tokens;

  private FakeScimServer(Builder b) {
    this.state = new ScimState(b.clock, b.seed, b.features);
    this.fixtures = new ScimFixtures(state);
    ScimGenerator.generate(fixtures, b.shape, b.seed);
    b.faults.forEach(faults::add);
    this.http = new ScimHttp(state, journal, faults, fixtures, b.basicUser, b.basicPassword, b.port);
    this.tokens = new Random(b.seed ^ 0x5C1AL);
    this.token = issueToken(ScimAccess.full());
  }

  /**
   * Starts an empty server with every feature.
   *
   * @return the running server
   */
  public static FakeScimServer start() {
    return builder().start();
  }

  /**
   * A builder.
   *
   * @return a builder with shape {@link ScimShape#EMPTY}, seed 1, a free port, {@link
   *     ScimFeatures#defaults()} and no basic authentication
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The base URL of the SCIM endpoints, without trailing slash.
   *
   * @return e.g. {@code http://127.0.0.1:40123/scim/v2}
   */
  public String baseUrl() {
    return http.baseUrl();
  }

  /**
   * A bearer token that may read and write everything.
   *
   * @return the token
   */
  public String token() {
    return token;
  }

  /**
   * Issues another bearer token.
   *
   * @param access what it may do
   * @return the token
   */
  public String issueToken(ScimAccess access) {
    Objects.requireNonNull(access, "access");
    StringBuilder sb = new StringBuilder("scim_");
    String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    synchronized (tokens) {
      for (int i = 0; i < 32; i++) {
        sb.append(alphabet.charAt(tokens.nextInt(alphabet.length())));
      }
    }
    String t = sb.toString();
    http.token(t, access);
    return t;
  }

  /**
   * Refuses a token from now on (401).
   *
   * @param value the token
   */
  public void revokeToken(String value) {
    http.revoke(value);
  }

  /**
   * What the server supports.
   *
   * @return the features
   */
  public ScimFeatures features() {
    return state.features;
  }

  /**
   * The fixture API, to seed or change resources directly.
   *
   * @return the fixtures
   */
  public ScimFixtures fixtures() {
    return fixtures;
  }

  /**
   * The request journal.
   *
   * @return the journal
   */
  public ScimJournal journal() {
    return journal;
  }

  /**
   * Adds a fault rule from now on.
   *
   * @param rule the rule
   * @return this server
   */
  public FakeScimServer addFault(ScimFaultRule rule) {
    faults.add(Objects.requireNonNull(rule, "rule"));
    return this;
  }

  /** Removes every fault rule. */
  public void clearFaults() {
    faults.clear();
  }

  @Override
  public void close() {
    http.close();
  }

  @Override
  public String toString() {
    return "FakeScimServer[" + baseUrl() + "]";
  }

  /** Configures and starts a {@link FakeScimServer}. */
  public static final class Builder {
    private ScimShape shape = ScimShape.EMPTY;
    private long seed = 1;
    private int port;
    private Clock clock = Clock.systemUTC();
    private ScimFeatures features = ScimFeatures.defaults();
    private @Nullable String basicUser;
    private @Nullable String basicPassword;
    private final List<ScimFaultRule> faults = new ArrayList<>();

    private Builder() {}

    /**
     * The generated shape.
     *
     * @param value the shape
     * @return this
     */
    public Builder shape(ScimShape value) {
      this.shape = Objects.requireNonNull(value, "shape");
      return this;
    }

    /**
     * The generator seed; the same shape and seed give the same resources, ids and tokens.
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
     * The clock for {@code meta.created} and {@code meta.lastModified}.
     *
     * @param value the clock
     * @return this
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * What the server supports.
     *
     * @param value the features
     * @return this
     */
    public Builder features(ScimFeatures value) {
      this.features = Objects.requireNonNull(value, "features");
      return this;
    }

    /**
     * Accepts HTTP basic authentication with these credentials, with full access.
     *
     * @param username the user name
     * @param password the password
     * @return this
     */
    public Builder basicAuth(String username, String password) {
      this.basicUser = Objects.requireNonNull(username, "username");
      this.basicPassword = Objects.requireNonNull(password, "password");
      return this;
    }

    /**
     * Adds a fault rule.
     *
     * @param rule the rule
     * @return this
     */
    public Builder fault(ScimFaultRule rule) {
      faults.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Builds the server and starts serving.
     *
     * @return the running server
     */
    public FakeScimServer start() {
      return new FakeScimServer(this);
    }
  }
}
