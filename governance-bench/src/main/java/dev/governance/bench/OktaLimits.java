package dev.governance.bench;

import dev.governance.testkit.okta.Bucket;
import dev.governance.testkit.okta.RateLimits;

/** The rate limits the benchmark serves: none that bind, or Okta's Workforce limits. */
final class OktaLimits {

  private OktaLimits() {}

  /**
   * Limits so high that they never bind, with headers that say so, as an unthrottled org would.
   *
   * @return the limits
   */
  static RateLimits unlimited() {
    RateLimits limits = RateLimits.defaults().withTokenShare(1.0).withConcurrency(1_000);
    for (Bucket b : Bucket.values()) {
      limits = limits.withLimit(b, 10_000_000);
    }
    return limits;
  }

  /**
   * Okta's documented Workforce limits per minute, with the default 50% share per API token.
   *
   * @return the limits
   */
  static RateLimits workforce() {
    return RateLimits.defaults()
        .withLimit(Bucket.APPS, 100).withLimit(Bucket.APP_BY_ID, 500)
        .withLimit(Bucket.GROUPS, 500).withLimit(Bucket.GROUP_BY_ID, 1000)
        .withLimit(Bucket.USERS, 600).withLimit(Bucket.USER_BY_ID, 2000)
        .withLimit(Bucket.LOGS, 120).withLimit(Bucket.OTHER, 1200);
  }

  /**
   * Requests one token may make per window in a bucket, as the tenant's {@code
   * X-Rate-Limit-Limit} header states it.
   *
   * @param limits the limits
   * @param bucket the bucket
   * @return requests per window
   */
  static int allowed(RateLimits limits, Bucket bucket) {
    return Math.max(1, (int) Math.floor(limits.limit(bucket) * limits.tokenShare()));
  }

  /**
   * Finds a bucket by its pattern.
   *
   * @param pattern e.g. {@code /api/v1/apps*}
   * @return the bucket
   */
  static Bucket bucket(String pattern) {
    for (Bucket b : Bucket.values()) {
      if (b.pattern().equals(pattern)) {
        return b;
      }
    }
    throw new IllegalArgumentException("Unknown bucket " + pattern);
  }
}
