package dev.governance.bench;

import dev.governance.okta.catalog.OktaBucket;
import dev.governance.testkit.okta.RateLimits;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Another client of the same org, with its own API token, spending a fixed share of the org-wide
 * limit of the buckets a sync uses, evenly over each window, until closed. It runs on loopback
 * only, and stops by itself after a bounded time.
 */
final class Neighbour implements AutoCloseable {

  /** One list call per bucket the sync spends most in. */
  private static final Map<OktaBucket, String> PATHS = Map.of(
      OktaBucket.APPS, "/api/v1/apps?limit=1",
      OktaBucket.GROUPS, "/api/v1/groups?limit=1",
      OktaBucket.USERS, "/api/v1/users?limit=1",
      OktaBucket.IAM, "/api/v1/iam/assignees/users?limit=1");

  private final List<Thread> threads = new ArrayList<>();
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();
  private volatile boolean stop;

  /**
   * Starts one thread per bucket.
   *
   * @param orgUrl the org, on loopback
   * @param token the neighbour's API token
   * @param limits the tenant's limits
   * @param window the rate-limit window
   * @param share the share of each bucket's org-wide limit to spend, e.g. 0.3
   * @param maxDuration when to stop at the latest
   */
  Neighbour(String orgUrl, String token, RateLimits limits, Duration window, double share,
      Duration maxDuration) {
    if (!URI.create(orgUrl).getHost().equals("127.0.0.1")) {
      throw new IllegalArgumentException("The neighbour client only talks to a tenant on loopback");
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + maxDuration.toNanos();
    PATHS.forEach((bucket, path) -> {
      int perWindow = Math.max(1, (int) Math.floor(limits.limit(bucket) * share));
      long spacingNanos = window.toNanos() / perWindow;
      Thread t = new Thread(() -> {
        long next = System.nanoTime();
        while (!stop && System.nanoTime() < deadline) {
          try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(orgUrl + path))
                .header("Authorization", "SSWS " + token).header("Accept", "application/json")
                .GET().build(), HttpResponse.BodyHandlers.discarding());
            sent.incrementAndGet();
            if (r.statusCode() == 429) {
              refused.incrementAndGet();
            }
            next += spacingNanos;
            long wait = next - System.nanoTime();
            if (wait > 0) {
              Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
          } catch (InterruptedException e) {
            return;
          } catch (Exception e) {
            refused.incrementAndGet();
          }
        }
      }, "neighbour-" + bucket.name().toLowerCase(java.util.Locale.ROOT));
      t.setDaemon(true);
      t.start();
      threads.add(t);
    });
  }

  /**
   * Returns the requests sent so far.
   *
   * @return requests
   */
  long sent() {
    return sent.get();
  }

  /**
   * Returns the neighbour's requests refused with 429 (or failed).
   *
   * @return refused requests
   */
  long refused() {
    return refused.get();
  }

  @Override
  public void close() {
    stop = true;
    for (Thread t : threads) {
      t.interrupt();
      try {
        t.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
