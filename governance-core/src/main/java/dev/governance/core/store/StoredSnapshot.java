package dev.governance.core.store;

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
 * @param sizeBytes its size in the store, in bytes
 * @since 0.1
 */
public record StoredSnapshot(
    String id,
    String integrationId,
    Instant savedAt,
    SnapshotInfo info,
    Map<InventoryCollection, Integer> counts,
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
    if (sizeBytes < 0) {
      throw new IllegalArgumentException("sizeBytes must not be negative");
    }
  }
}
