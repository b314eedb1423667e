package dev.governance.okta;

import dev.governance.core.InvalidConfigurationException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How the Okta connector spends calls. Immutable; build with {@link #builder()}, change a copy with
 * {@link #toBuilder()}:
 *
 * <pre>{@code
 * OktaConnectorOptions options = OktaConnectorOptions.builder()
 *     .concurrency(4)
 *     .readTimeout(Duration.ofSeconds(30))
 *     .build();
 * }</pre>
 *
 * <p>Defaults: at most 8 requests in flight; this principal's rate-limit share as Okta's principal
 * rate limits API states it when the credentials may read it, otherwise 50% of each bucket's
 * org-wide limit, the share Okta gives each API token and OAuth app unless an admin changed it;
 * Okta's one-minute rate-limit window; 4 retries of a request after a 429 or a transient failure;
 * factors read for admins only; a 10-second connect timeout and a 60-second read timeout; the
 * plan that spends the fewest calls.
 *
 * @since 0.1
 */
public final class OktaConnectorOptions {

  /** The most requests in flight the builder allows: Okta's Workforce concurrency limit. */
  static final int MAX_CONCURRENCY = 75;

  /** The most retries of one request the builder allows. */
  static final int MAX_RETRIES = 10;

  /** The longest first retry back-off the builder allows. */
  static final Duration MAX_RETRY_BACKOFF = Duration.ofMinutes(1);

  private final int concurrency;
  private final double bucketShare;
  private final boolean readPrincipalRateLimit;
  private final Duration rateLimitWindow;
  private final int maxRetries;
  private final boolean factorsForEveryone;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final boolean preferShorterSync;
  private final Duration retryBackoff;
  private final Duration syncDeadline;
  private final Clock clock;

  private OktaConnectorOptions(Builder b) {
    this.concurrency = b.concurrency;
    this.bucketShare = b.bucketShare;
    this.readPrincipalRateLimit = b.readPrincipalRateLimit;
    this.rateLimitWindow = b.rateLimitWindow;
    this.maxRetries = b.maxRetries;
    this.factorsForEveryone = b.factorsForEveryone;
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.preferShorterSync = b.preferShorterSync;
    this.retryBackoff = b.retryBackoff;
    this.syncDeadline = b.syncDeadline;
    this.clock = b.clock;
  }

  /**
   * Returns the defaults.
   *
   * @return the default options
   */
  public static OktaConnectorOptions defaults() {
    return builder().build();
  }

  /**
   * Returns a builder with the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these options, to change a copy.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.concurrency = concurrency;
    b.bucketShare = bucketShare;
    b.readPrincipalRateLimit = readPrincipalRateLimit;
    b.rateLimitWindow = rateLimitWindow;
    b.maxRetries = maxRetries;
    b.factorsForEveryone = factorsForEveryone;
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.preferShorterSync = preferShorterSync;
    b.retryBackoff = retryBackoff;
    b.syncDeadline = syncDeadline;
    b.clock = clock;
    return b;
  }

  /**
   * Returns the most requests in flight at once.
   *
   * @return 1 to 75
   */
  public int concurrency() {
    return concurrency;
  }

  /**
   * Returns the share of each bucket's org-wide limit the connector spends per window when Okta's
   * principal rate limits API does not say this principal's share.
   *
   * @return in (0, 1]
   */
  public double bucketShare() {
    return bucketShare;
  }

  /**
   * Tells whether the connector reads this principal's share from Okta's principal rate limits API
   * ({@code /api/v1/principal-rate-limits}) before its first sync, and paces to it.
   *
   * @return {@code true} by default
   */
  public boolean readPrincipalRateLimit() {
    return readPrincipalRateLimit;
  }

  /**
   * Returns the length of Okta's rate-limit window.
   *
   * @return one minute against Okta; shorter against a time-scaled fake tenant
   */
  public Duration rateLimitWindow() {
    return rateLimitWindow;
  }

  /**
   * Returns how often one request is retried after a 429 or a transient failure.
   *
   * @return 0 to 10
   */
  public int maxRetries() {
    return maxRetries;
  }

  /**
   * Tells whether every user's factors are read (one call per user), not only those of admins.
   *
   * @return {@code false} by default
   */
  public boolean factorsForEveryone() {
    return factorsForEveryone;
  }

  /**
   * Returns the connect timeout.
   *
   * @return the timeout
   */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * Returns the timeout for an answer.
   *
   * @return the timeout
   */
  public Duration readTimeout() {
    return readTimeout;
  }

  /**
   * Tells whether the plan, where it has a choice, spends more calls in roomy buckets to spend
   * fewer in the scarce {@code /api/v1/apps*} bucket, for a shorter sync under Okta's limits; by
   * default it spends the fewest calls in all (see docs/call-plan.md).
   *
   * @return {@code false} by default
   */
  public boolean preferShorterSync() {
    return preferShorterSync;
  }

  /**
   * Returns the first wait before a request that failed transiently (a 5xx, a dropped connection)
   * is sent again; each further retry waits twice as long, up to 20 seconds, with jitter.
   *
   * @return 300 milliseconds by default
   */
  public Duration retryBackoff() {
    return retryBackoff;
  }

  /**
   * Returns how long one sync may take while it waits for Okta's rate limits to reset: a request
   * refused with 429 is sent again after the reset for as long as that reset falls before the
   * deadline, however often that takes; past the deadline the collections still unread are
   * reported as lost to the rate limit.
   *
   * @return 4 hours by default
   */
  public Duration syncDeadline() {
    return syncDeadline;
  }

  /**
   * Returns the clock lifecycle actions record their time by.
   *
   * @return the system clock in UTC by default
   */
  public Clock clock() {
    return clock;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OktaConnectorOptions that
        && concurrency == that.concurrency
        && Double.compare(bucketShare, that.bucketShare) == 0
        && readPrincipalRateLimit == that.readPrincipalRateLimit
        && rateLimitWindow.equals(that.rateLimitWindow)
        && maxRetries == that.maxRetries
        && factorsForEveryone == that.factorsForEveryone
        && connectTimeout.equals(that.connectTimeout)
        && readTimeout.equals(that.readTimeout)
        && preferShorterSync == that.preferShorterSync
        && retryBackoff.equals(that.retryBackoff)
        && syncDeadline.equals(that.syncDeadline)
        && clock.equals(that.clock);
  }

  @Override
  public int hashCode() {
    return Objects.hash(concurrency, bucketShare, readPrincipalRateLimit, rateLimitWindow, maxRetries,
        factorsForEveryone, connectTimeout, readTimeout, preferShorterSync, retryBackoff, syncDeadline, clock);
  }

  @Override
  public String toString() {
    return "OktaConnectorOptions[concurrency=" + concurrency + ", bucketShare=" + bucketShare
        + ", readPrincipalRateLimit=" + readPrincipalRateLimit + ", rateLimitWindow=" + rateLimitWindow
        + ", maxRetries=" + maxRetries + ", factorsForEveryone=" + factorsForEveryone
        + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
        + ", preferShorterSync=" + preferShorterSync + ", retryBackoff=" + retryBackoff
        + ", syncDeadline=" + syncDeadline + "]";
  }

  /** Builds {@link OktaConnectorOptions}; each setter checks its value. */
  public static final class Builder {
    private int concurrency = 8;
    private double bucketShare = 0.5;
    private boolean readPrincipalRateLimit = true;
    private Duration rateLimitWindow = Duration.ofMinutes(1);
    private int maxRetries = 4;
    private boolean factorsForEveryone;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private boolean preferShorterSync;
    private Duration retryBackoff = Duration.ofMillis(300);
    private Duration syncDeadline = Duration.ofHours(4);
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the clock lifecycle actions record their time by, e.g. a fixed one in tests.
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Sets the most requests in flight at once.
     *
     * @param value 1 to 75 (Okta's Workforce concurrency limit)
     * @return this builder
     * @throws InvalidConfigurationException if out of range
     */
    public Builder concurrency(int value) {
      if (value < 1 || value > MAX_CONCURRENCY) {
        throw new InvalidConfigurationException(
            "concurrency",
            "concurrency must be between 1 and " + MAX_CONCURRENCY + " (Okta's concurrency limit), was "
                + value);
      }
      this.concurrency = value;
      return this;
    }

    /**
     * Sets the share of each bucket's org-wide limit (Okta's {@code X-Rate-Limit-Limit} states the
     * org's limit, not this principal's) spent per window when Okta does not say this principal's
     * share.
     *
     * @param value in (0, 1], e.g. 0.5 for half of each bucket
     * @return this builder
     * @throws InvalidConfigurationException if out of range
     */
    public Builder bucketShare(double value) {
      if (!(value > 0 && value <= 1)) {
        throw new InvalidConfigurationException(
            "bucketShare",
            "bucketShare must be above 0 and at most 1 (e.g. 0.5 for half of each bucket), was " + value);
      }
      this.bucketShare = value;
      return this;
    }

    /**
     * Sets whether this principal's share is read from Okta's principal rate limits API before the
     * first sync; when it cannot be read, {@link #bucketShare(double)} applies.
     *
     * @param value {@code false} to pace at {@link #bucketShare(double)} whatever Okta says
     * @return this builder
     */
    public Builder readPrincipalRateLimit(boolean value) {
      this.readPrincipalRateLimit = value;
      return this;
    }

    /**
     * Sets the length of Okta's rate-limit window.
     *
     * @param value one minute against Okta; shorter against a time-scaled fake tenant
     * @return this builder
     * @throws InvalidConfigurationException if not positive
     */
    public Builder rateLimitWindow(Duration value) {
      Objects.requireNonNull(value, "rateLimitWindow");
      if (value.isNegative() || value.isZero()) {
        throw new InvalidConfigurationException("rateLimitWindow", "rateLimitWindow must be positive");
      }
      this.rateLimitWindow = value;
      return this;
    }

    /**
     * Sets how often one request is retried after a 429 or a transient failure.
     *
     * @param value 0 to 10
     * @return this builder
     * @throws InvalidConfigurationException if out of range
     */
    public Builder maxRetries(int value) {
      if (value < 0 || value > MAX_RETRIES) {
        throw new InvalidConfigurationException(
            "maxRetries", "maxRetries must be between 0 and " + MAX_RETRIES + ", was " + value);
      }
      this.maxRetries = value;
      return this;
    }

    /**
     * Sets whether every user's factors are read (one call per user), not only those of admins.
     *
     * @param value {@code true} to read everyone's
     * @return this builder
     */
    public Builder factorsForEveryone(boolean value) {
      this.factorsForEveryone = value;
      return this;
    }

    /**
     * Sets the connect timeout.
     *
     * @param value positive
     * @return this builder
     * @throws InvalidConfigurationException if not positive
     */
    public Builder connectTimeout(Duration value) {
      this.connectTimeout = positive("connectTimeout", value);
      return this;
    }

    /**
     * Sets the timeout for an answer.
     *
     * @param value positive
     * @return this builder
     * @throws InvalidConfigurationException if not positive
     */
    public Builder readTimeout(Duration value) {
      this.readTimeout = positive("readTimeout", value);
      return this;
    }

    /**
     * Sets whether the plan favours a shorter sync under Okta's limits over the fewest calls.
     *
     * @param value {@code true} for the shorter sync
     * @return this builder
     */
    public Builder preferShorterSync(boolean value) {
      this.preferShorterSync = value;
      return this;
    }

    /**
     * Sets the first wait before a transiently failed request is sent again.
     *
     * @param value zero (retry at once, e.g. against a fake tenant) up to one minute
     * @return this builder
     * @throws InvalidConfigurationException if negative or over a minute
     */
    public Builder retryBackoff(Duration value) {
      Objects.requireNonNull(value, "retryBackoff");
      if (value.isNegative() || value.compareTo(MAX_RETRY_BACKOFF) > 0) {
        throw new InvalidConfigurationException("retryBackoff",
            "retryBackoff must be between 0 and 1 minute, was " + value);
      }
      this.retryBackoff = value;
      return this;
    }

    /**
     * Sets how long one sync may wait for Okta's rate limits to reset.
     *
     * @param value positive
     * @return this builder
     * @throws InvalidConfigurationException if not positive
     */
    public Builder syncDeadline(Duration value) {
      this.syncDeadline = positive("syncDeadline", value);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public OktaConnectorOptions build() {
      return new OktaConnectorOptions(this);
    }

    private static Duration positive(String name, Duration value) {
      Objects.requireNonNull(value, name);
      if (value.isZero() || value.isNegative()) {
        throw new InvalidConfigurationException(
            name, name + " must be positive; zero would mean waiting forever");
      }
      return value;
    }
  }
}
