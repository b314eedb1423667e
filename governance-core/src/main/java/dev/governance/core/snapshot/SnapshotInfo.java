package dev.governance.core.snapshot;

import java.time.Instant;
import java.util.Objects;

/**
 * Where and when a snapshot was taken.
 *
 * @param tenant the tenant, e.g. {@code https://acme.okta.com}
 * @param connectorId the id of the connector that read it, e.g. {@code okta}
 * @param startedAt when the sync started
 * @param completedAt when it ended
 * @param mode whether it was read in full or as a delta, and what a delta re-read in full
 * @since 0.1
 */
public record SnapshotInfo(String tenant, String connectorId, Instant startedAt, Instant completedAt,
    SyncMode mode) {

  /**
   * Info of a snapshot read in full.
   *
   * @param tenant the tenant
   * @param connectorId the connector's id
   * @param startedAt when the sync started
   * @param completedAt when it ended
   */
  public SnapshotInfo(String tenant, String connectorId, Instant startedAt, Instant completedAt) {
    this(tenant, connectorId, startedAt, completedAt, SyncMode.full());
  }

  /** Validates the components. */
  public SnapshotInfo {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(connectorId, "connectorId");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(completedAt, "completedAt");
    if (completedAt.isBefore(startedAt)) {
      throw new IllegalArgumentException(
          "completedAt " + completedAt + " is before startedAt " + startedAt);
    }
  }
}
