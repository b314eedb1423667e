package dev.governance.testkit.okta.internal.http;

import dev.governance.testkit.okta.Bucket;
import dev.governance.testkit.okta.RateLimits;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Fixed windows per bucket (not aligned to wall-clock minutes: a window starts with its first
 * request), a per-principal share of each bucket, and a concurrency limit.
 */
public final class RateLimiter {
  /**
   * The limit the headers state when limits are off: large enough that a client pacing itself by
   * {@code X-Rate-Limit-Limit} and {@code -Remaining} never slows down.
   */
  static final int UNLIMITED = 1_000_000;

  private final RateLimits limits;
  private final Map<Bucket, Window> windows = new EnumMap<>(Bucket.class);
  private int inFlight;

  /**
   * Creates a limiter.
   *
   * @param limits the configuration
   */
  public RateLimiter(RateLimits limits) {
    this.limits = limits;
  }

  /**
   * The verdict for one request.
   *
   * @param allowed whether it may proceed
   * @param limit {@code X-Rate-Limit-Limit}
   * @param remaining {@code X-Rate-Limit-Remaining}
   * @param resetEpochSeconds {@code X-Rate-Limit-Reset}
   */
  public record Verdict(boolean allowed, int limit, int remaining, long resetEpochSeconds) {}

  private static final class Window {
    long start;
    int used;
    final Map<String, Integer> byPrincipal = new HashMap<>();
  }

  /**
   * Counts a request against its bucket and principal share.
   *
   * @param bucket the bucket
   * @param principal the principal key
   * @param now epoch millis
   * @return the verdict
   */
  public synchronized Verdict acquire(Bucket bucket, String principal, long now) {
    long length = Math.max(1, Math.round(60_000 * limits.timeScale()));
    Window w = windows.computeIfAbsent(bucket, b -> new Window());
    if (w.used == 0 || now >= w.start + length) {
      w.start = now;
      w.used = 0;
      w.byPrincipal.clear();
    }
    long reset = (w.start + length + 999) / 1000;
    int bucketLimit = limits.limit(bucket);
    int share = Math.max(1, (int) Math.floor(bucketLimit * limits.tokenShare()));
    if (!limits.enabled()) {
      return new Verdict(true, UNLIMITED, UNLIMITED, reset);
    }
    if (inFlight > limits.concurrency()) {
      return new Verdict(false, 0, 0, reset);
    }
    int mine = w.byPrincipal.getOrDefault(principal, 0);
    if (mine >= share || w.used >= bucketLimit) {
      return new Verdict(false, share, 0, reset);
    }
    w.used++;
    w.byPrincipal.put(principal, mine + 1);
    int remaining = Math.min(share - mine - 1, bucketLimit - w.used);
    return new Verdict(true, share, remaining, reset);
  }

  /**
   * The headers for a request that is not counted (e.g. one that failed authentication).
   *
   * @param bucket the bucket
   * @param now epoch millis
   * @return a verdict that allows
   */
  public synchronized Verdict peek(Bucket bucket, long now) {
    long length = Math.max(1, Math.round(60_000 * limits.timeScale()));
    Window w = windows.get(bucket);
    boolean live = w != null && w.used > 0 && now < w.start + length;
    int share = Math.max(1, (int) Math.floor(limits.limit(bucket) * limits.tokenShare()));
    long reset = ((live ? w.start : now) + length + 999) / 1000;
    if (!limits.enabled()) {
      return new Verdict(true, UNLIMITED, UNLIMITED, reset);
    }
    return new Verdict(true, share, live ? Math.max(0, share - 1) : share, reset);
  }

  /** Counts a request as in flight. */
  public synchronized void enter() {
    inFlight++;
  }

  /** Counts a request as finished. */
  public synchronized void exit() {
    inFlight--;
  }
}
