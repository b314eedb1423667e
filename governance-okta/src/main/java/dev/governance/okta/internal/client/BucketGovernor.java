package dev.governance.okta.internal.client;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Decides when a request to one Okta bucket may be sent.
 *
 * <p>Two guards. A resilience4j {@link RateLimiter} paces requests at this connector's share of
 * the bucket's limit per window; it starts from Okta's documented limit and is replaced as soon as
 * a response's {@code X-Rate-Limit-Limit} says otherwise. And the last {@code X-Rate-Limit-Remaining} and {@code
 * X-Rate-Limit-Reset} seen: while the remaining budget, less the requests in flight, is down to the
 * reserve left for the tenant's other integrations, no request is sent before the window resets,
 * because Okta would refuse it. Waiters wake with a small random delay each, so that a reset does
 * not release them all in the same millisecond.
 */
final class BucketGovernor {

  private static final long JITTER_MILLIS = 150;

  private final OktaBucket bucket;
  private final double share;
  private final Duration window;
  private volatile RateLimiter pacer;
  private final Sleeper sleeper;

  private int limit;
  private int remaining = -1;
  private long resetAtMillis;
  private int inFlight;
  private boolean calibrated;

  /** Sleeps; replaced in tests. */
  interface Sleeper {
    void sleep(long millis) throws InterruptedException;
  }

  BucketGovernor(OktaBucket bucket, int initialLimit, double share, Duration window, Sleeper sleeper) {
    this.bucket = bucket;
    this.share = share;
    this.limit = initialLimit;
    this.sleeper = sleeper;
    this.window = window;
    this.pacer = pacer(allowed(initialLimit));
  }

  private RateLimiter pacer(int perWindow) {
    return RateLimiter.of(
        bucket.name(),
        RateLimiterConfig.custom()
            .limitForPeriod(perWindow)
            .limitRefreshPeriod(window)
            .timeoutDuration(window.plusSeconds(1))
            .build());
  }

  private int allowed(int headerLimit) {
    return Math.max(1, (int) Math.floor(headerLimit * share));
  }

  /**
   * Blocks until a request may be sent, then counts it as in flight.
   *
   * @throws InterruptedException if interrupted while waiting
   */
  void acquire() throws InterruptedException {
    while (!pacer.acquirePermission()) {
      // The pacer's timeout is a whole window; not getting a permit means the window moved on.
    }
    synchronized (this) {
      while (true) {
        long now = System.currentTimeMillis();
        int reserve = limit - allowed(limit);
        if (!calibrated) {
          // Until a response states this token's limit, one request at a time: the documented
          // limit may be more than the token's share, and a burst on it would draw 429s.
          if (inFlight == 0) {
            break;
          }
          wait(JITTER_MILLIS);
          continue;
        }
        boolean budgetKnown = remaining >= 0 && now < resetAtMillis;
        if (!budgetKnown || remaining - inFlight > reserve) {
          break;
        }
        long wait = resetAtMillis - now + ThreadLocalRandom.current().nextLong(JITTER_MILLIS);
        wait(Math.max(1, wait));
      }
      inFlight++;
    }
  }

  /** Counts a request as finished, whatever its outcome. */
  synchronized void release() {
    inFlight = Math.max(0, inFlight - 1);
    notifyAll();
  }

  /**
   * Records the rate-limit headers of a response.
   *
   * @param headers the parsed headers
   * @param receivedAtMillis when the response arrived, by the local clock
   */
  synchronized void observe(RateLimitHeaders headers, long receivedAtMillis) {
    if (headers.concurrencyViolation()) {
      return;
    }
    calibrated |= headers.limit() > 0;
    if (headers.limit() > 0 && headers.limit() != limit) {
      // resilience4j applies a new limit only from its next period; a new pacer applies it now. The
      // requests already spent in Okta's window are guarded by the remaining count below.
      limit = headers.limit();
      pacer = pacer(allowed(limit));
    }
    if (headers.remaining() >= 0 && headers.resetAtMillis(receivedAtMillis) > 0) {
      long reset = headers.resetAtMillis(receivedAtMillis);
      if (reset > resetAtMillis || headers.remaining() < remaining || remaining < 0) {
        remaining = headers.remaining();
        resetAtMillis = reset;
      }
    }
    notifyAll();
  }

  /**
   * Waits after a 429 until the window the headers name resets, with a small random delay.
   *
   * @param headers the 429's headers
   * @param attempt the retry number, from 1, for the back-off when the headers say nothing
   * @throws InterruptedException if interrupted while waiting
   */
  void backOffAfterRateLimit(RateLimitHeaders headers, int attempt) throws InterruptedException {
    long now = System.currentTimeMillis();
    long wait;
    if (headers.concurrencyViolation() || headers.resetAtMillis(now) <= 0) {
      wait = Math.min(10_000L, 250L << Math.min(attempt, 6));
    } else {
      wait = Math.max(0, headers.resetAtMillis(now) - now);
    }
    sleeper.sleep(wait + ThreadLocalRandom.current().nextLong(JITTER_MILLIS));
  }

  /**
   * Returns the bucket.
   *
   * @return the bucket
   */
  OktaBucket bucket() {
    return bucket;
  }

  /**
   * Returns the requests allowed per window at the current limit.
   *
   * @return this connector's share of the bucket per window
   */
  synchronized int allowedPerWindow() {
    return allowed(limit);
  }
}
