package dev.governance.core.integration;

import dev.governance.core.spi.SyncResult;
import dev.governance.core.store.StoredSnapshot;
import java.util.Objects;

/**
 * What a successful sync did.
 *
 * @param integration the integration after the sync
 * @param snapshot the snapshot it saved
 * @param result what the sync cost, as the connector reported it
 * @since 0.1
 */
public record SyncReport(Integration integration, StoredSnapshot snapshot, SyncResult result) {

  /** Validates the components. */
  public SyncReport {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(result, "result");
  }
}
