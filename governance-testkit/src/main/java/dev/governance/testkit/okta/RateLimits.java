package dev.governance.testkit.okta;

import dev.governance.okta.catalog.OktaBucket;
import dev.governance.okta.catalog.OktaPlan;
import java.util.EnumMap;
import java.util.Map;

/**
 * How the tenant rate-limits: a per-minute limit per {@link OktaBucket}, the share of each bucket one
 * API token or service app may use, the number of requests in flight at once, and a time scale
 * that shrinks the one-minute window so tests never wait long.
 *
 * @param enabled whether limits apply at all
 * @param limits requests per (scaled) minute per bucket
 * @param timeScale window length as a fraction of a minute, e.g. {@code 0.01} for 0.6 seconds
 * @param tokenShare fraction of a bucket one principal may use, in (0, 1]
 * @param concurrency requests in flight at once before 429s, at least 1
 * @param headers what the {@code X-Rate-Limit-*} headers describe
 * @since 0.1
 */
public record RateLimits(
    boolean enabled, Map<OktaBucket, Integer> limits, double timeScale, double tokenShare,
    int concurrency, Headers headers) {

  /**
   * What the {@code X-Rate-Limit-Limit}, {@code -Remaining} and {@code -Reset} headers describe.
   *
   * @since 0.1
   */
  public enum Headers {
    /**
     * The org-wide bucket, whoever spent it, as Okta sends them; each principal's share is a hidden
     * cap past which it gets 429s although {@code Remaining} is above zero.
     */
    ORG_WIDE,
    /** The principal's own share and what is left of it: simpler to pace by, but not Okta. */
    PRINCIPAL
  }

  /**
   * Validates and copies.
   *
   * @param enabled whether limits apply
   * @param limits limits per bucket
   * @param timeScale window scale
   * @param tokenShare per-principal share
   * @param concurrency concurrency limit
   * @param headers what the headers describe
   */
  public RateLimits {
    java.util.Objects.requireNonNull(headers, "headers");
    EnumMap<OktaBucket, Integer> all = new EnumMap<>(OktaBucket.class);
    for (OktaBucket b : OktaBucket.values()) {
      all.put(b, b.limit(OktaPlan.WORKFORCE_IDENTITY));
    }
    if (limits != null) {
      limits.forEach((b, v) -> {
        if (v == null || v < 1) {
          throw new IllegalArgumentException("Rate limit for bucket " + b + " must be at least 1 "
              + "request per minute, got " + v + "; use RateLimits.disabled() to turn limits off.");
        }
        all.put(b, v);
      });
    }
    limits = Map.copyOf(all);
    if (!(timeScale > 0) || timeScale > 1000) {
      throw new IllegalArgumentException("timeScale must be in (0, 1000], got " + timeScale
          + "; 1 means real one-minute windows, 0.01 means 0.6-second windows.");
    }
    if (!(tokenShare > 0) || tokenShare > 1) {
      throw new IllegalArgumentException("tokenShare must be in (0, 1], got " + tokenShare
          + "; Okta's default is 0.5 (each token may use half of a bucket).");
    }
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency
          + "; Okta's default is 75.");
    }
  }

  /**
   * Okta's defaults: Workforce Identity bucket limits, one-minute windows, 50 % per token, 75 in
   * flight, and headers that describe the org-wide bucket.
   *
   * @return the defaults
   */
  public static RateLimits defaults() {
    return new RateLimits(true, Map.of(), 1.0, 0.5, 75, Headers.ORG_WIDE);
  }

  /**
   * No limits: never a 429 from limits, and the {@code X-Rate-Limit-*} headers, still sent, state a
   * limit of 1,000,000 per window, so that a client pacing itself by them does not slow down.
   *
   * @return limits that never trigger
   */
  public static RateLimits disabled() {
    return new RateLimits(false, Map.of(), 1.0, 0.5, 75, Headers.ORG_WIDE);
  }

  /**
   * Returns a copy with one bucket's limit changed.
   *
   * @param bucket the bucket
   * @param perMinute requests per (scaled) minute
   * @return the copy
   */
  public RateLimits withLimit(OktaBucket bucket, int perMinute) {
    EnumMap<OktaBucket, Integer> copy = new EnumMap<>(limits);
    copy.put(bucket, perMinute);
    return new RateLimits(enabled, copy, timeScale, tokenShare, concurrency, headers);
  }

  /**
   * Returns a copy with another time scale.
   *
   * @param scale window length as a fraction of a minute
   * @return the copy
   */
  public RateLimits withTimeScale(double scale) {
    return new RateLimits(enabled, limits, scale, tokenShare, concurrency, headers);
  }

  /**
   * Returns a copy with another per-principal share.
   *
   * @param share fraction in (0, 1]
   * @return the copy
   */
  public RateLimits withTokenShare(double share) {
    return new RateLimits(enabled, limits, timeScale, share, concurrency, headers);
  }

  /**
   * Returns a copy with another concurrency limit.
   *
   * @param inFlight requests in flight at once
   * @return the copy
   */
  public RateLimits withConcurrency(int inFlight) {
    return new RateLimits(enabled, limits, timeScale, tokenShare, inFlight, headers);
  }

  /**
   * Returns a copy whose headers describe another scope.
   *
   * @param scope {@link Headers#ORG_WIDE}, as Okta does, or {@link Headers#PRINCIPAL}
   * @return the copy
   */
  public RateLimits withHeaders(Headers scope) {
    return new RateLimits(enabled, limits, timeScale, tokenShare, concurrency, scope);
  }

  /**
   * The limit of one bucket.
   *
   * @param bucket the bucket
   * @return requests per window
   */
  public int limit(OktaBucket bucket) {
    return limits.getOrDefault(bucket, bucket.limit(OktaPlan.WORKFORCE_IDENTITY));
  }
}
