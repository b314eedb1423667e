package dev.governance.core.store;

import dev.governance.core.snapshot.Snapshot;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the snapshots of integrations. Implementations are thread-safe and never let a failed save
 * replace or damage a snapshot saved before.
 *
 * <p>Integration ids are chosen by the caller: letters, digits, {@code .}, {@code _} and {@code -},
 * starting with a letter or digit, at most 128 characters.
 *
 * @since 0.1
 */
public interface SnapshotStore {

  /**
   * Saves a snapshot as the newest of an integration. Either the whole snapshot is saved or nothing
   * is.
   *
   * @param integrationId the integration
   * @param snapshot the snapshot
   * @return what was saved
   * @throws dev.governance.core.StorageFailureException if it could not be saved; the snapshots
   *     saved before are untouched
   * @throws dev.governance.core.InvalidConfigurationException if the integration id is not allowed
   */
  StoredSnapshot save(String integrationId, Snapshot snapshot);

  /**
   * Lists the readable snapshots of an integration, newest first. A snapshot the store holds but
   * cannot read is left out and reported by {@link #unreadable}.
   *
   * @param integrationId the integration
   * @return the snapshots; empty if there are none
   */
  List<StoredSnapshot> list(String integrationId);

  /**
   * Loads a snapshot.
   *
   * @param integrationId the integration
   * @param snapshotId the snapshot's id
   * @return the snapshot
   * @throws dev.governance.core.NotFoundException if there is no such snapshot
   * @throws dev.governance.core.StorageFailureException if it cannot be read, or was written in a
   *     newer format than this release reads
   */
  Snapshot load(String integrationId, String snapshotId);

  /** Which snapshot {@link #loadLatest(String, Latest)} loads. */
  enum Latest {
    /**
     * The newest {@linkplain StoredSnapshot#whole() whole} snapshot: one whose sync lost no
     * collection to a failure. What diffs and findings compare against by default.
     */
    WHOLE,
    /** The newest snapshot, also one whose sync lost collections to failures. */
    ANY
  }

  /**
   * Loads the newest readable, {@linkplain StoredSnapshot#whole() whole} snapshot of an
   * integration: a snapshot whose sync lost collections to failures is kept, but never replaces the
   * last whole one for diffs and findings (ask for it with {@link Latest#ANY}); a torn or damaged
   * file is passed over for the one before it (see {@link #unreadable}).
   *
   * @param integrationId the integration
   * @return the snapshot, or empty if no whole snapshot was saved or none of them can be read
   * @throws dev.governance.core.StorageFailureException if the store cannot be read at all
   */
  default Optional<Snapshot> loadLatest(String integrationId) {
    return loadLatest(integrationId, Latest.WHOLE);
  }

  /**
   * Loads the newest readable snapshot of an integration, whole or any.
   *
   * @param integrationId the integration
   * @param which whole only, or any
   * @return the snapshot, or empty if none fits or none of them can be read
   * @throws dev.governance.core.StorageFailureException if the store cannot be read at all
   */
  default Optional<Snapshot> loadLatest(String integrationId, Latest which) {
    for (StoredSnapshot s : list(integrationId)) {
      if (which == Latest.ANY || s.whole()) {
        return Optional.of(load(integrationId, s.id()));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the snapshots this store holds but cannot read (torn, truncated, empty or not a snapshot
   * file), newest first. {@link #list} leaves them out and {@link #loadLatest(String)} passes over them;
   * nothing deletes them but {@link #deleteAll}. Stores that cannot hold such files return an empty
   * list, which is the default.
   *
   * @param integrationId the integration
   * @return the unreadable snapshots, newest first
   * @throws dev.governance.core.StorageFailureException if the store cannot be read at all
   */
  default List<UnreadableSnapshot> unreadable(String integrationId) {
    return List.of();
  }

  /**
   * Keeps the newest snapshots of an integration and deletes the others, but never the newest
   * {@linkplain StoredSnapshot#whole() whole} one, even when {@code keep} newer snapshots lost
   * collections to failures.
   *
   * @param integrationId the integration
   * @param keep how many to keep, at least 1
   * @return how many were deleted
   */
  int retainLatest(String integrationId, int keep);

  /**
   * Deletes every snapshot of an integration.
   *
   * @param integrationId the integration
   * @return how many were deleted
   */
  int deleteAll(String integrationId);
}
