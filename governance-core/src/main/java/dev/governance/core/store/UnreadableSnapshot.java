package dev.governance.core.store;

import java.util.Objects;

/**
 * A snapshot the store holds under its final name but cannot read: torn by a disk that lost writes,
 * truncated by a copy gone wrong, or not a snapshot file at all. The store never deletes it; {@link
 * SnapshotStore#list} leaves it out and {@link SnapshotStore#loadLatest} falls back to the newest
 * good snapshot before it. Restore it from a backup, or delete it by hand once it is not needed.
 *
 * @param snapshotId the id its name gives it
 * @param integrationId the integration
 * @param location where it is, e.g. the file's path
 * @param reason why it cannot be read
 * @since 0.1
 */
public record UnreadableSnapshot(String snapshotId, String integrationId, String location, String reason) {

  /** Validates the components. */
  public UnreadableSnapshot {
    Objects.requireNonNull(snapshotId, "snapshotId");
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(reason, "reason");
  }
}
