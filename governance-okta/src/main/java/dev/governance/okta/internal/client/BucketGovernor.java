package dev.governance.okta.internal.client;

import dev.governance.okta.catalog.OktaBucket;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;

/**
 * Decides when a request to one Okta bucket may be sent.
 *
 * <p>Okta's {@code X-Rate-Limit-Limit}, {@code -Remaining} and {@code -Reset} headers describe the
 * org-wide bucket, shared by every API token and OAuth app of the org, while each principal may
 * spend only its share of it (50% by default) and gets 429s past that share even though {@code
 * Remaining} is above zero. So the governor keeps two guards:
 *
 * <ul>
 *   <li><b>Its own share.</b> A log of this client's requests over the last window: no request is
 *       sent while the window already holds {@code floor(limit × share)} of them. A sliding log,
 *       unlike a limiter that refreshes in fixed cycles (such as resilience4j's), holds the share
 *       in every window of Okta's length, whatever its alignment with Okta's windows; a small
 *       margin covers the latency between sending and Okta's count.
 *   <li><b>The org's budget.</b> The last {@code Remaining} and {@code Reset} seen: while the
 *       org-wide remaining budget, less the requests in flight, is spent, nothing is sent before
 *       the reset, because Okta would refuse it whoever spent the budget.
 * </ul>
 *
 * <p>Until a response states the bucket's limit, one request at a time: the documented limit may
 * be more than the org really has. Waits end with a small random delay each, so that a reset does
 * not release every waiting request in the same millisecond. Time and sleeping are injected, so
 * tests run on a virtual clock.
 */
final class BucketGovernor {

  /** Sleeps for a number of milliseconds. */
  interface Sleeper {
    /**
     * Sleeps.
     *
     * @param millis how long
     * @throws InterruptedException if interrupted
     */
    void sleep(long millis) throws InterruptedException;
  }

  private final OktaBucket bucket;
  private volatile double share;
  private final long windowMillis;
  private final long marginMillis;
  private final long jitterMillis;
  private final LongSupplier clock;
  private final Sleeper sleeper;
  private final LongUnaryOperator random;

  private final ArrayDeque<Long> sent = new ArrayDeque<>();
  private int limit;
  private int remaining = -1;
  private long resetAtMillis;
  private int inFlight;
  private boolean calibrated;

  /**
   * Creates a governor.
   *
   * @param bucket the bucket
   * @param initialLimit the limit to assume until a response states one
   * @param share the share of the org-wide limit this client may spend, in (0, 1]
   * @param window the length of Okta's rate-limit window
   * @param clock the local clock, in epoch millis
   * @param sleeper sleeps
   * @param random returns a random number in [0, n) for n
   */
  BucketGovernor(OktaBucket bucket, int initialLimit, double share, Duration window, LongSupplier clock,
      Sleeper sleeper, LongUnaryOperator random) {
    this.bucket = bucket;
    this.share = share;
    this.limit = initialLimit;
    this.windowMillis = Math.max(1, window.toMillis());
    // Covers the time between sending and Okta counting, scheduling delays included.
    this.marginMillis = Math.min(1_000, Math.max(100, windowMillis / 30));
    this.jitterMillis = Math.max(1, Math.min(150, windowMillis / 40));
    this.clock = clock;
    this.sleeper = sleeper;
    this.random = random;
  }

  private int allowed(int headerLimit) {
    return Math.max(1, (int) Math.floor(headerLimit * share));
  }

  /**
   * Blocks until a request may be sent, then counts it as sent and in flight.
   *
   * @throws InterruptedException if interrupted while waiting
   */
  void acquire() throws InterruptedException {
    while (true) {
      long wait;
      synchronized (this) {
        long now = clock.getAsLong();
        wait = delay(now);
        if (wait == 0) {
          sent.addLast(now);
          inFlight++;
          return;
        }
      }
      sleeper.sleep(wait + random.applyAsLong(jitterMillis));
    }
  }

  /**
   * Returns how long a request must wait before it may be sent, or 0 if it may be sent now.
   *
   * @param now the local time in epoch millis
   * @return milliseconds to wait
   */
  synchronized long delay(long now) {
    while (!sent.isEmpty() && sent.peekFirst() <= now - windowMillis - marginMillis) {
      sent.removeFirst();
    }
    if (!calibrated && inFlight > 0) {
      return jitterMillis;
    }
    if (sent.size() >= allowed(limit)) {
      return Math.max(1, sent.peekFirst() + windowMillis + marginMillis - now);
    }
    boolean budgetKnown = remaining >= 0 && now < resetAtMillis;
    if (budgetKnown && remaining - inFlight <= 0) {
      return Math.max(1, resetAtMillis - now);
    }
    return 0;
  }

  /**
   * Changes the share of the org-wide limit this client may spend.
   *
   * @param value in (0, 1]
   */
  synchronized void share(double value) {
    this.share = value;
  }

  /** Counts a request as finished, whatever its outcome. */
  synchronized void release() {
    inFlight = Math.max(0, inFlight - 1);
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
    if (headers.limit() > 0) {
      calibrated = true;
      limit = headers.limit();
    }
    long reset = headers.resetAtMillis(receivedAtMillis);
    if (headers.remaining() >= 0 && reset > 0) {
      if (reset > resetAtMillis || headers.remaining() < remaining || remaining < 0) {
        remaining = headers.remaining();
        resetAtMillis = reset;
      }
    }
  }

  /**
   * Waits after a 429 until the window the headers name resets, with a small random delay; after a
   * concurrency 429 (limit and remaining both 0) or one without a reset, backs off exponentially.
   *
   * @param headers the 429's headers
   * @param attempt the retry number, from 1
   * @throws InterruptedException if interrupted while waiting
   */
  void backOffAfterRateLimit(RateLimitHeaders headers, int attempt) throws InterruptedException {
    sleeper.sleep(backOffMillis(headers, attempt, clock.getAsLong()) + random.applyAsLong(jitterMillis));
  }

  /**
   * Returns the wait after a 429, before the random delay.
   *
   * @param headers the 429's headers
   * @param attempt the retry number, from 1
   * @param now the local time in epoch millis
   * @return milliseconds
   */
  static long backOffMillis(RateLimitHeaders headers, int attempt, long now) {
    long reset = headers.resetAtMillis(now);
    if (headers.concurrencyViolation() || reset <= 0) {
      return Math.min(10_000L, 250L << Math.min(attempt, 6));
    }
    return Math.max(0, reset - now);
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
   * Returns the requests this client may send per window at the current limit.
   *
   * @return this client's share of the bucket per window
   */
  synchronized int allowedPerWindow() {
    return allowed(limit);
  }
}
