package dev.governance.okta;

import dev.governance.core.InvalidConfigurationException;
import java.time.Duration;
import java.util.Objects;

/**
 * How the Okta connector spends the org's rate limits and whose factors it reads.
 *
 * <p>Defaults: at most 8 requests in flight; 50% of each bucket's org-wide limit, the share Okta
 * gives each API token and OAuth app unless an admin changed it; Okta's one-minute rate-limit window; 4 retries of a
 * request after a 429 or a transient failure; factors read for admins only.
 *
 * @param concurrency the most requests in flight at once, 1 to 75 (Okta's Workforce concurrency
 *     limit)
 * @param bucketShare the share of each bucket's org-wide limit (Okta's {@code X-Rate-Limit-Limit}
 *     states the org's limit, not this token's) that the connector may spend per window, in (0, 1]:
 *     the principal's rate-limit share, 50% unless changed in the Admin Console or through
 *     {@code /api/v1/principal-rate-limits}
 * @param rateLimitWindow the length of Okta's rate-limit window: one minute against Okta; shorter
 *     against a time-scaled fake tenant
 * @param maxRetries retries of one request after a 429 or a transient failure, 0 to 10
 * @param factorsForEveryone whether to read every user's factors (one call per user) rather than
 *     those of admins only
 * @param connectTimeout the connect timeout
 * @param readTimeout the timeout for an answer
 * @param preferShorterSync whether the plan, where it has a choice, spends more calls in roomy
 *     buckets to spend fewer in the scarce {@code /api/v1/apps*} bucket, for a shorter sync under
 *     Okta's limits; by default it spends the fewest calls in all (see docs/call-plan.md)
 * @since 0.1
 */
public record OktaConnectorOptions(
    int concurrency,
    double bucketShare,
    Duration rateLimitWindow,
    int maxRetries,
    boolean factorsForEveryone,
    Duration connectTimeout,
    Duration readTimeout,
    boolean preferShorterSync) {

  /** Validates the options. */
  public OktaConnectorOptions {
    if (concurrency < 1 || concurrency > 75) {
      throw new InvalidConfigurationException(
          "concurrency",
          "concurrency must be between 1 and 75 (Okta's concurrency limit), was " + concurrency);
    }
    if (!(bucketShare > 0 && bucketShare <= 1)) {
      throw new InvalidConfigurationException(
          "bucketShare",
          "bucketShare must be above 0 and at most 1 (e.g. 0.5 for half of each bucket), was "
              + bucketShare);
    }
    Objects.requireNonNull(rateLimitWindow, "rateLimitWindow");
    if (rateLimitWindow.isNegative() || rateLimitWindow.isZero()) {
      throw new InvalidConfigurationException(
          "rateLimitWindow", "rateLimitWindow must be positive");
    }
    if (maxRetries < 0 || maxRetries > 10) {
      throw new InvalidConfigurationException(
          "maxRetries", "maxRetries must be between 0 and 10, was " + maxRetries);
    }
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    if (connectTimeout.isZero()
        || connectTimeout.isNegative()
        || readTimeout.isZero()
        || readTimeout.isNegative()) {
      throw new InvalidConfigurationException(
          "timeout", "timeouts must be positive; zero would mean waiting forever");
    }
  }

  /**
   * Returns the defaults.
   *
   * @return the default options
   */
  public static OktaConnectorOptions defaults() {
    return new OktaConnectorOptions(
        8, 0.5, Duration.ofMinutes(1), 4, false, Duration.ofSeconds(10), Duration.ofSeconds(60), false);
  }

  /**
   * Returns a copy with another concurrency.
   *
   * @param value the most requests in flight
   * @return the copy
   */
  public OktaConnectorOptions withConcurrency(int value) {
    return new OktaConnectorOptions(
        value,
        bucketShare,
        rateLimitWindow,
        maxRetries,
        factorsForEveryone,
        connectTimeout,
        readTimeout,
        preferShorterSync);
  }

  /**
   * Returns a copy with another share of each bucket.
   *
   * @param value the share, in (0, 1]
   * @return the copy
   */
  public OktaConnectorOptions withBucketShare(double value) {
    return new OktaConnectorOptions(
        concurrency,
        value,
        rateLimitWindow,
        maxRetries,
        factorsForEveryone,
        connectTimeout,
        readTimeout,
        preferShorterSync);
  }

  /**
   * Returns a copy with another rate-limit window.
   *
   * @param value the window
   * @return the copy
   */
  public OktaConnectorOptions withRateLimitWindow(Duration value) {
    return new OktaConnectorOptions(
        concurrency,
        bucketShare,
        value,
        maxRetries,
        factorsForEveryone,
        connectTimeout,
        readTimeout,
        preferShorterSync);
  }

  /**
   * Returns a copy with another number of retries.
   *
   * @param value the retries
   * @return the copy
   */
  public OktaConnectorOptions withMaxRetries(int value) {
    return new OktaConnectorOptions(
        concurrency,
        bucketShare,
        rateLimitWindow,
        value,
        factorsForEveryone,
        connectTimeout,
        readTimeout,
        preferShorterSync);
  }

  /**
   * Returns a copy that reads every user's factors, or admins' only.
   *
   * @param value {@code true} for every user (one call per user)
   * @return the copy
   */
  public OktaConnectorOptions withFactorsForEveryone(boolean value) {
    return new OktaConnectorOptions(
        concurrency, bucketShare, rateLimitWindow, maxRetries, value, connectTimeout, readTimeout,
        preferShorterSync);
  }

  /**
   * Returns a copy that, where the plan has a choice, prefers a shorter sync under Okta's limits
   * to the fewest calls in all.
   *
   * @param value {@code true} for the shorter sync
   * @return the copy
   */
  public OktaConnectorOptions withPreferShorterSync(boolean value) {
    return new OktaConnectorOptions(concurrency, bucketShare, rateLimitWindow, maxRetries, factorsForEveryone,
        connectTimeout, readTimeout, value);
  }
}
