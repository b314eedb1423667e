package dev.governance.core.spi;

import java.time.Duration;
import java.util.Map;

/**
 * What a sync cost: API calls per rate-limit bucket, the calls the plan predicted, retries apart,
 * and how long it took.
 *
 * @param callsPerBucket calls made, per bucket (retries not counted)
 * @param predictedCallsPerBucket calls the plan predicted before the sync, per bucket; empty when
 *     the connector does not plan
 * @param retries calls repeated after a 429 or a transient failure
 * @param duration how long the sync took
 * @since 0.1
 */
public record SyncResult(
    Map<String, Integer> callsPerBucket,
    Map<String, Integer> predictedCallsPerBucket,
    int retries,
    Duration duration) {

  /** Copies the maps. */
  public SyncResult {
    callsPerBucket = Map.copyOf(callsPerBucket);
    predictedCallsPerBucket = Map.copyOf(predictedCallsPerBucket);
    if (retries < 0) {
      throw new IllegalArgumentException("retries must not be negative");
    }
    java.util.Objects.requireNonNull(duration, "duration");
  }

  /**
   * Returns the calls made in all buckets.
   *
   * @return the total
   */
  public int totalCalls() {
    return callsPerBucket.values().stream().mapToInt(Integer::intValue).sum();
  }
}
