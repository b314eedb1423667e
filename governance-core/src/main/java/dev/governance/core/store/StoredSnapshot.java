package dev.governance.core.store;

import dev.governance.core.model.Coverage;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.SnapshotInfo;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a store knows about a saved snapshot without loading it.
 *
 * @param id the snapshot's id in the store; ids of one integration sort in the order of saving
 * @param integrationId the integration it belongs to
 * @param savedAt when it was saved
 * @param info where and when it was taken
 * @param counts how many items of each collection it holds
 * @param coverage how much of each collection it holds, and why not all
 * @param sizeBytes its size in the store, in bytes
 * @since 0.1
 */
public record StoredSnapshot(
    String id,
    String integrationId,
    Instant savedAt,
    SnapshotInfo info,
    Map<InventoryCollection, Integer> counts,
    Map<InventoryCollection, Coverage> coverage,
    long sizeBytes) {

  /** Validates and copies the components. */
  public StoredSnapshot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(savedAt, "savedAt");
    Objects.requireNonNull(info, "info");
    EnumMap<InventoryCollection, Integer> copy = new EnumMap<>(InventoryCollection.class);
    copy.putAll(counts);
    counts = Collections.unmodifiableMap(copy);
    EnumMap<InventoryCollection, Coverage> coverageCopy = new EnumMap<>(InventoryCollection.class);
    coverageCopy.putAll(coverage);
    coverage = Collections.unmodifiableMap(coverageCopy);
    if (sizeBytes < 0) {
      throw new IllegalArgumentException("sizeBytes must not be negative");
    }
  }

  /**
   * Returns the collections this snapshot lost to failures ({@link Coverage#lostToFault()}): a
   * snapshot with any is kept, but is not {@link #whole()}.
   *
   * @return collection to coverage, in collection order; empty for a whole snapshot
   */
  public Map<InventoryCollection, Coverage> lostToFaults() {
    return Coverage.lostToFaults(coverage);
  }

  /**
   * Tells whether the sync that took this snapshot lost nothing to failures; what the credentials
   * may not read, or the connector reads by design, does not count. {@link
   * SnapshotStore#loadLatest(String)} returns the newest whole snapshot.
   *
   * @return {@code true} if no collection was lost to a fault
   */
  public boolean whole() {
    return lostToFaults().isEmpty();
  }
}
