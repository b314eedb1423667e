package dev.governance.okta.internal.sync;

import dev.governance.okta.catalog.OktaBucket;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One small, long-lived thread pool per rate-limit bucket, owned by a connector. A job waiting for
 * its bucket's window never holds up another bucket's jobs, and the threads are reused across
 * syncs, which matters because okta-sdk-java 24.0.0 keeps per-thread state it never cleans up.
 */
public final class Lanes implements AutoCloseable {

  private final Map<OktaBucket, ExecutorService> pools = new EnumMap<>(OktaBucket.class);

  /**
   * Creates the lanes.
   *
   * @param threadsPerLane threads per bucket, at least 1
   * @param name a name for the threads
   */
  public Lanes(int threadsPerLane, String name) {
    for (OktaBucket bucket : OktaBucket.values()) {
      AtomicInteger n = new AtomicInteger();
      ThreadFactory factory = r -> {
        Thread t = new Thread(r, name + "-" + bucket.name().toLowerCase() + "-" + n.incrementAndGet());
        t.setDaemon(true);
        return t;
      };
      pools.put(bucket, Executors.newFixedThreadPool(Math.max(1, threadsPerLane), factory));
    }
  }

  /**
   * Returns the pool of a bucket.
   *
   * @param bucket the bucket
   * @return its pool
   */
  ExecutorService lane(OktaBucket bucket) {
    // The constructor makes a pool for every bucket.
    return Objects.requireNonNull(pools.get(bucket), "pool");
  }

  /**
   * Runs a job on the lane of the bucket a GET of a path counts against.
   *
   * @param path the request target, such as {@code /api/v1/users?limit=1}
   * @param job the job
   * @param <T> what the job gives
   * @return the job's outcome, to be joined
   */
  public <T> CompletableFuture<T> get(String path, Supplier<T> job) {
    return CompletableFuture.supplyAsync(job, lane(OktaBucket.of("GET", path)));
  }

  @Override
  public void close() {
    pools.values().forEach(ExecutorService::shutdownNow);
    for (ExecutorService pool : pools.values()) {
      try {
        pool.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
