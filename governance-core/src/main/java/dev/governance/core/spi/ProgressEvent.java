package dev.governance.core.spi;

import dev.governance.core.model.InventoryCollection;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where a sync stands.
 *
 * @param collection the collection being read
 * @param itemsSoFar items of that collection read so far
 * @param callsPerBucket API calls spent so far, per rate-limit bucket
 * @param plannedCalls the calls the plan expects in all, or {@code 0} if unknown
 * @param remaining the estimated time left, or {@code null} if unknown
 * @since 0.1
 */
public record ProgressEvent(
    InventoryCollection collection,
    long itemsSoFar,
    Map<String, Integer> callsPerBucket,
    long plannedCalls,
    @Nullable Duration remaining) {

  /** Copies the map. */
  public ProgressEvent {
    callsPerBucket = Map.copyOf(callsPerBucket);
  }

  /**
   * Returns the calls spent so far in all buckets.
   *
   * @return the total
   */
  public long callsSoFar() {
    return callsPerBucket.values().stream().mapToLong(Integer::longValue).sum();
  }
}
