package dev.governance.bench;

import dev.governance.okta.catalog.OktaBucket;
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
    for (OktaBucket b : OktaBucket.values()) {
      limits = limits.withLimit(b, 10_000_000);
    }
    return limits;
  }

  /**
   * Okta's published Workforce Identity limits per minute, from the Okta catalogue, with the
   * default 50% share per API token and headers that describe the org-wide bucket, as Okta sends
   * them.
   *
   * @return the limits
   */
  static RateLimits workforce() {
    return RateLimits.defaults();
  }

  /**
   * Requests one token may make per window in a bucket: its share of the org-wide limit.
   *
   * @param limits the limits
   * @param bucket the bucket
   * @return requests per window
   */
  static int allowed(RateLimits limits, OktaBucket bucket) {
    return Math.max(1, (int) Math.floor(limits.limit(bucket) * limits.tokenShare()));
  }
}
