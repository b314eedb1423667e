package dev.governance.core;

import java.time.Instant;
import java.util.Objects;

/**
 * The provider's rate limit was spent and waiting was not allowed or did not help. Carries the
 * bucket and the time the window resets.
 *
 * @since 0.1
 */
public final class RateLimitedException extends GovernanceException {

  private static final long serialVersionUID = 1L;

  /** The provider's name for the rate-limit bucket. */
  private final String bucket;

  /** When the bucket's window resets. */
  private final Instant resetAt;

  /**
   * Creates the exception.
   *
   * @param bucket the provider's name for the bucket, e.g. {@code /api/v1/apps*}
   * @param resetAt when the window resets
   * @param message what happened and what to do
   */
  public RateLimitedException(String bucket, Instant resetAt, String message) {
    super(message, null);
    this.bucket = Objects.requireNonNull(bucket, "bucket");
    this.resetAt = Objects.requireNonNull(resetAt, "resetAt");
  }

  /**
   * Returns the bucket whose limit was spent.
   *
   * @return the bucket's name
   */
  public String bucket() {
    return bucket;
  }

  /**
   * Returns when the bucket's window resets.
   *
   * @return the reset time
   */
  public Instant resetAt() {
    return resetAt;
  }
}
