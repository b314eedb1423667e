package dev.governance.core.integration;

import dev.governance.core.IntegrationBusyException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Where {@link Integrations} keeps its integrations, their status history and their leases. Every
 * change is a read-modify-write done under the store's lock on what the store holds now, never on a
 * copy a process read earlier, so that processes sharing a store never lose each other's changes;
 * and who works on an integration is decided by a {@link Lease} in the store, never by process
 * memory.
 *
 * <p>Two implementations ship: {@link #directory(Path, Clock)}, the embedded default (a JSON file
 * changed under an operating-system file lock), and {@code PostgresStore} in
 * governance-store-postgres. A store takes its time from its own clock; implementations are
 * thread-safe.
 *
 * @since 0.1
 */
public interface RegistryStore {

  /**
   * Lists the integrations in the order they were added.
   *
   * @return the integrations, as stored now
   */
  List<Integration> list();

  /**
   * Finds an integration.
   *
   * @param id its id
   * @return the integration as stored now, or empty
   */
  Optional<Integration> find(String id);

  /**
   * Adds an integration under the lock, after {@code check} accepted the integrations stored.
   *
   * @param value the integration
   * @param check sees every stored integration and throws to refuse (nothing is stored then)
   * @return the integration stored
   */
  Integration insert(Integration value, Consumer<Collection<Integration>> check);

  /**
   * Changes an integration under the lock: reads it as stored, applies the change and stores the
   * result. A change of its status is appended to its {@linkplain #history history}.
   *
   * @param id the integration
   * @param change from the stored value to the new one; may throw to refuse
   * @return the value before and after
   * @throws dev.governance.core.NotFoundException if there is no such integration
   */
  Change update(String id, UnaryOperator<Integration> change);

  /**
   * Removes an integration, its history and its lease.
   *
   * @param id the integration
   * @return whether it was there
   */
  boolean remove(String id);

  /**
   * Returns the status history of an integration: every status it was given, oldest first.
   *
   * @param id the integration
   * @return the statuses; empty for an unknown integration
   */
  List<SyncStatus> history(String id);

  /**
   * Takes the lease of an integration, if no lease is in force on it (one whose holder stopped
   * renewing it has expired). A lease in force is never taken twice, not even by its owner.
   *
   * @param integrationId the integration
   * @param owner who takes it
   * @param purpose what for
   * @param duration how long it lasts unless renewed
   * @return the lease
   * @throws IntegrationBusyException if a lease is in force on it
   */
  Lease acquire(String integrationId, String owner, String purpose, Duration duration);

  /**
   * Extends a lease its owner still holds.
   *
   * @param lease the lease
   * @param duration how long from now it lasts
   * @return the renewed lease
   * @throws IntegrationBusyException if the lease expired and another owner took the integration
   */
  Lease renew(Lease lease, Duration duration);

  /**
   * Gives up a lease; nothing happens if it is no longer held by its owner.
   *
   * @param lease the lease
   */
  void release(Lease lease);

  /**
   * Returns the lease in force on an integration.
   *
   * @param integrationId the integration
   * @return the lease, or empty if none is in force
   */
  Optional<Lease> lease(String integrationId);

  /**
   * An integration before and after a change.
   *
   * @param before as it was stored
   * @param after as it is stored now
   */
  record Change(Integration before, Integration after) {}

  /**
   * Returns the checkpoints of one integration, where a full sync records its progress so that the
   * next one resumes after a crash or a kill. The registry clears them once the sync's snapshot is
   * saved and deletes them with the integration. The default keeps nothing, so syncs through a
   * store that does not override it never resume.
   *
   * @param integrationId the integration
   * @return its checkpoint store, thread-safe
   * @since 0.2
   */
  default dev.governance.core.spi.CheckpointStore checkpoints(String integrationId) {
    return dev.governance.core.spi.CheckpointStore.none();
  }

  /**
   * Returns the embedded default: {@code integrations.json} in a directory, with its leases in
   * {@code leases.json}, its status history under {@code history/} and each integration's sync
   * checkpoints under {@code checkpoints/<id>/}. Every change takes an
   * operating-system lock on {@code integrations.lock} ({@link java.nio.channels.FileChannel#lock()})
   * and re-reads the file first, so processes on one machine sharing the directory lose no change.
   *
   * @param directory the directory, created if missing
   * @param clock the clock for lease expiry
   * @return the store
   */
  static RegistryStore directory(Path directory, Clock clock) {
    return new DirectoryRegistryStore(directory, clock);
  }
}
