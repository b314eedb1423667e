package dev.governance.core.integration;

import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.store.SnapshotStore;
import dev.governance.core.store.StoredSnapshot;
import dev.governance.core.store.UnreadableSnapshot;
import java.util.List;
import java.util.Optional;

/**
 * The registry's store as one sync sees it: a save first renews the sync's lease, and is refused
 * if the lease was lost, so a sync that another holder took over never saves beside it.
 */
final class LeasedStore implements SnapshotStore {

  private final SnapshotStore delegate;
  private final Leases.Held held;

  LeasedStore(SnapshotStore delegate, Leases.Held held) {
    this.delegate = delegate;
    this.held = held;
  }

  @Override
  public StoredSnapshot save(String integrationId, Snapshot snapshot) {
    held.check();
    return delegate.save(integrationId, snapshot);
  }

  @Override
  public List<StoredSnapshot> list(String integrationId) {
    return delegate.list(integrationId);
  }

  @Override
  public Snapshot load(String integrationId, String snapshotId) {
    return delegate.load(integrationId, snapshotId);
  }

  @Override
  public Optional<Snapshot> loadLatest(String integrationId, Latest which) {
    return delegate.loadLatest(integrationId, which);
  }

  @Override
  public List<UnreadableSnapshot> unreadable(String integrationId) {
    return delegate.unreadable(integrationId);
  }

  @Override
  public int retainLatest(String integrationId, int keep) {
    return delegate.retainLatest(integrationId, keep);
  }

  @Override
  public int deleteAll(String integrationId) {
    return delegate.deleteAll(integrationId);
  }
}
