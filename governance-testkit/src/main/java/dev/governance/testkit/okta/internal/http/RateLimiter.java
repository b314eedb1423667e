package dev.governance.testkit.okta.internal.http;

import dev.governance.okta.catalog.OktaBucket;
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
  private final Map<OktaBucket, Window> windows = new EnumMap<>(OktaBucket.class);
  private int inFlight;
  private final Map<String, Integer> inFlightByPrincipal = new HashMap<>();

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
   * Counts a request against its bucket and its principal's share of it.
   *
   * <p>With {@link RateLimits.Headers#ORG_WIDE} (Okta's behaviour) the headers state the org-wide
   * bucket, whoever spent it, and a principal past its share gets a 429 although {@code
   * X-Rate-Limit-Remaining} is above zero. With {@link RateLimits.Headers#PRINCIPAL} they state the
   * principal's own share and what is left of it.
   *
   * @param bucket the bucket
   * @param principal the principal key
   * @param share the principal's share of the bucket, in (0, 1]
   * @param concurrencyShare the principal's share of the concurrency limit, in (0, 1]: Okta caps a
   *     principal's requests in flight at its share too
   * @param now epoch millis
   * @return the verdict; when it allows, the request counts as the principal's in flight until
   *     {@link #exit(String)}
   */
  public synchronized Verdict acquire(OktaBucket bucket, String principal, double share,
      double concurrencyShare, long now) {
    Window w = window(bucket, now);
    long reset = (w.start + length() + 999) / 1000;
    int orgLimit = limits.limit(bucket);
    int cap = Math.max(1, (int) Math.floor(orgLimit * share));
    if (!limits.enabled()) {
      return new Verdict(true, UNLIMITED, UNLIMITED, reset);
    }
    int principalCap = Math.max(1, (int) Math.floor(limits.concurrency() * concurrencyShare));
    if (inFlight > limits.concurrency()
        || inFlightByPrincipal.getOrDefault(principal, 0) >= principalCap) {
      return new Verdict(false, 0, 0, reset);
    }
    int mine = w.byPrincipal.getOrDefault(principal, 0);
    boolean orgWide = limits.headers() == RateLimits.Headers.ORG_WIDE;
    if (mine >= cap || w.used >= orgLimit) {
      return orgWide ? new Verdict(false, orgLimit, Math.max(0, orgLimit - w.used), reset)
          : new Verdict(false, cap, 0, reset);
    }
    w.used++;
    w.byPrincipal.put(principal, mine + 1);
    inFlightByPrincipal.merge(principal, 1, Integer::sum);
    if (orgWide) {
      return new Verdict(true, orgLimit, orgLimit - w.used, reset);
    }
    return new Verdict(true, cap, Math.min(cap - mine - 1, orgLimit - w.used), reset);
  }

  /**
   * The headers for a request that is not counted (e.g. one that failed authentication).
   *
   * @param bucket the bucket
   * @param now epoch millis
   * @return a verdict that allows
   */
  public synchronized Verdict peek(OktaBucket bucket, long now) {
    Window w = window(bucket, now);
    long reset = (w.start + length() + 999) / 1000;
    if (!limits.enabled()) {
      return new Verdict(true, UNLIMITED, UNLIMITED, reset);
    }
    int orgLimit = limits.limit(bucket);
    if (limits.headers() == RateLimits.Headers.ORG_WIDE) {
      return new Verdict(true, orgLimit, Math.max(0, orgLimit - w.used), reset);
    }
    int share = Math.max(1, (int) Math.floor(orgLimit * limits.tokenShare()));
    return new Verdict(true, share, Math.max(0, Math.min(share, orgLimit - w.used)), reset);
  }

  private long length() {
    return Math.max(1, Math.round(60_000 * limits.timeScale()));
  }

  private Window window(OktaBucket bucket, long now) {
    Window w = windows.computeIfAbsent(bucket, b -> new Window());
    if (w.used == 0 || now >= w.start + length()) {
      w.start = now;
      w.used = 0;
      w.byPrincipal.clear();
    }
    return w;
  }

  /**
   * Returns the share of each bucket a principal may use unless a principal rate limit says
   * otherwise.
   *
   * @return the default share, in (0, 1]
   */
  public double defaultShare() {
    return limits.tokenShare();
  }

  /** Counts a request as in flight. */
  public synchronized void enter() {
    inFlight++;
  }

  /**
   * Counts a request as finished.
   *
   * @param principal the principal it counted for, or {@code null} if it was not allowed
   */
  public synchronized void exit(String principal) {
    inFlight--;
    if (principal != null) {
      inFlightByPrincipal.computeIfPresent(principal, (k, n) -> n > 1 ? n - 1 : null);
    }
  }
}
