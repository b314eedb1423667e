package dev.governance.core.spi;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a sync cost: API calls per rate-limit bucket, the calls the plan predicted, retries apart,
 * how long it took, what the plan could not know and why the calls differ from it. Each sync
 * returns its own: two syncs of one connector at once never see each other's.
 *
 * @param callsPerBucket calls made, per bucket (retries not counted)
 * @param predictedCallsPerBucket calls the plan predicted before the sync, per bucket; empty when
 *     the connector does not plan
 * @param retries calls repeated after a 429 or a transient failure
 * @param duration how long the sync took
 * @param assumptions what the plan could not know, and how the connector paced itself, in words
 * @param revisions why the calls made differ from the prediction, one line each; empty when the
 *     plan held
 * @since 0.1
 */
public record SyncResult(
    Map<String, Integer> callsPerBucket,
    Map<String, Integer> predictedCallsPerBucket,
    int retries,
    Duration duration,
    List<String> assumptions,
    List<String> revisions) {

  /**
   * A result without assumptions or revisions, for connectors that do not plan.
   *
   * @param callsPerBucket calls made, per bucket
   * @param predictedCallsPerBucket calls predicted, per bucket
   * @param retries retries
   * @param duration duration
   */
  public SyncResult(Map<String, Integer> callsPerBucket, Map<String, Integer> predictedCallsPerBucket,
      int retries, Duration duration) {
    this(callsPerBucket, predictedCallsPerBucket, retries, duration, List.of(), List.of());
  }

  /** Copies the maps and lists. */
  public SyncResult {
    callsPerBucket = Map.copyOf(callsPerBucket);
    predictedCallsPerBucket = Map.copyOf(predictedCallsPerBucket);
    assumptions = List.copyOf(assumptions);
    revisions = List.copyOf(revisions);
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
