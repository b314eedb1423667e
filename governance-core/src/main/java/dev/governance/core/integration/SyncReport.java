package dev.governance.core.integration;

import dev.governance.core.model.Coverage;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.SyncResult;
import dev.governance.core.store.StoredSnapshot;
import java.util.Map;
import java.util.Objects;

/**
 * What a sync that saved a snapshot did. A sync that lost collections to failures (an error, a
 * rate limit that did not reset before its deadline) saves what it read, but has not succeeded:
 * the integration's status is then {@link SyncStatus.State#ERROR} with the collections and
 * reasons, {@link #lostToFaults()} names them, and the snapshot is not {@linkplain
 * StoredSnapshot#whole() whole}, so it does not replace the last whole one for diffs and findings.
 *
 * @param integration the integration after the sync
 * @param snapshot the snapshot it saved
 * @param result what the sync cost, as the connector reported it
 * @since 0.1
 */
public record SyncReport(Integration integration, StoredSnapshot snapshot, SyncResult result) {

  /**
   * Tells whether the sync read everything it could: no collection was lost to a failure.
   *
   * @return {@code true} when the snapshot is whole
   */
  public boolean succeeded() {
    return snapshot.whole();
  }

  /**
   * Returns the collections the sync lost to failures, with their coverage and reasons.
   *
   * @return collection to coverage; empty when the sync succeeded
   */
  public Map<InventoryCollection, Coverage> lostToFaults() {
    return snapshot.lostToFaults();
  }

  /** Validates the components. */
  public SyncReport {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(result, "result");
  }
}
