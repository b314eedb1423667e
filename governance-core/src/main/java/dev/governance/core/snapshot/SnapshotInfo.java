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
 * @since 0.1
 */
public record SnapshotInfo(String tenant, String connectorId, Instant startedAt, Instant completedAt) {

  /** Validates the components. */
  public SnapshotInfo {
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
