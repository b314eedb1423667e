package dev.governance.core.integration;

import dev.governance.core.snapshot.SyncMode;
import dev.governance.core.CancelledException;
import dev.governance.core.ConnectorFailureException;
import dev.governance.core.GovernanceException;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.CheckpointStore;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncResult;
import dev.governance.core.store.SnapshotStore;
import dev.governance.core.store.StoredSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Runs one sync of an integration: status to {@code IN_PROGRESS}, connector (with the integration's
 * checkpoints, so that an interrupted full sync resumes), snapshot, store, checkpoints cleared, then
 * status to {@code SUCCESS} or {@code ERROR}. The caller makes sure only one runs per integration.
 */
final class SyncRunner {

  private final RegistryState state;
  private final Connections connections;
  private final SnapshotStore store;
  private final Clock clock;
  private final int fullSyncEvery;

  SyncRunner(RegistryState state, Connections connections, SnapshotStore store, Clock clock, int fullSyncEvery) {
    this.fullSyncEvery = fullSyncEvery;
    this.state = state;
    this.connections = connections;
    this.clock = clock;
    this.store = store;
  }

  SyncReport run(String id, SyncRequest request) {
    return run(id, request, store, null);
  }

  /**
   * Runs a sync that saves into {@code target} (the registry's store, behind the check that the
   * lease is still held), through a connector the caller opened and closes, or else one opened here.
   */
  SyncReport run(String id, SyncRequest request, SnapshotStore target, @Nullable Connector given) {
    Instant start = clock.instant();
    Integration integration = state.update(id,
        i -> i.withStatus(new SyncStatus(SyncStatus.State.IN_PROGRESS, start, null)));
    StoredSnapshot stored;
    SyncResult result;
    try {
      Connector connector = given != null ? given : connections.open(integration, integration.credential());
      try {
        SnapshotBuilder builder = Snapshot.builder(connector.tenant(), connector.id())
            .clock(clock)
            .startedAt(start);
        SyncContext.Builder contextBuilder = SyncContext.builder();
        builder.syncMode(previous(id, request, connector.tenant(), contextBuilder));
        CheckpointStore checkpoints = state.store().checkpoints(id);
        SyncContext context = contextBuilder
            .checkpoints(checkpoints)
            .clock(clock)
            .progress(request.progress())
            .cancellation(request.cancellation())
            .build();
        result = connector.collect(request.plan(), builder, context);
        request.cancellation().throwIfCancelled("the sync of integration '" + id + "'");
        stored = target.save(id, builder.build());
        // The snapshot holds what they recorded; the next sync reads afresh.
        checkpoints.clearAll();
      } finally {
        if (given == null) {
          connector.close();
        }
      }
    } catch (RuntimeException | Error e) {
      Instant end = clock.instant();
      String reason = reason(e);
      SyncRun run = new SyncRun(start, elapsed(start, end), request.actor(), false, null, reason);
      try {
        state.update(id, i -> i.withSync(new SyncStatus(SyncStatus.State.ERROR, end, reason), run));
      } catch (RuntimeException recordFailure) {
        e.addSuppressed(recordFailure);
      }
      if (e instanceof GovernanceException || e instanceof Error) {
        throw e;
      }
      throw new ConnectorFailureException("The sync of integration '" + id + "' failed: " + reason,
          false, e);
    }
    Instant end = clock.instant();
    Map<InventoryCollection, Coverage> lost = stored.lostToFaults();
    String failure = lost.isEmpty() ? null : lossReason(lost, stored.id());
    SyncRun run = new SyncRun(start, elapsed(start, end), request.actor(), failure == null, stored.id(), failure);
    SyncStatus status = failure == null ? new SyncStatus(SyncStatus.State.SUCCESS, end, null)
        : new SyncStatus(SyncStatus.State.ERROR, end, failure);
    Integration done = state.update(id, i -> i.withSync(status, run).connected(start, request.actor()));
    return new SyncReport(done, stored, result);
  }

  /**
   * Chooses between a delta and a full read: a delta from the newest whole snapshot of the same
   * tenant, unless the request asks for a full read or {@code fullSyncEvery - 1} deltas followed the
   * last full one. Sets the previous snapshot on the context for a delta.
   *
   * @return the mode of a full read, with its reason when the registry chose it over a delta; a
   *     connector that reads a delta (or says why it could not) replaces it
   */
  private SyncMode previous(String id, SyncRequest request, String tenant, SyncContext.Builder context) {
    if (request.full()) {
      return SyncMode.full("requested");
    }
    int deltas = 0;
    for (StoredSnapshot s : store.list(id)) {
      if (!s.info().mode().isDelta()) {
        break;
      }
      deltas++;
    }
    if (deltas + 1 >= fullSyncEvery) {
      return SyncMode.full("one sync in " + fullSyncEvery + " reads in full");
    }
    for (StoredSnapshot s : store.list(id)) {
      if (s.whole()) {
        if (!s.info().tenant().equals(tenant)) {
          return SyncMode.full("the last whole snapshot is of another tenant");
        }
        context.previous(store.load(id, s.id()), s.id());
        return SyncMode.full();
      }
    }
    return SyncMode.full();
  }

  /** Says which collections a sync lost to failures and why, and what became of its snapshot. */
  static String lossReason(Map<InventoryCollection, Coverage> lost, String snapshotId) {
    StringBuilder b = new StringBuilder("the sync lost ").append(lost.size())
        .append(lost.size() == 1 ? " collection" : " collections").append(" to failures (");
    String sep = "";
    for (Map.Entry<InventoryCollection, Coverage> e : lost.entrySet()) {
      String reason = e.getValue() instanceof Coverage.Partial p ? p.reason()
          : e.getValue() instanceof Coverage.Unavailable u ? u.reason() : e.getValue().label();
      b.append(sep).append(e.getKey()).append(' ').append(e.getValue().label()).append(": ")
          .append(reason.length() <= 300 ? reason : reason.substring(0, 300) + "…");
      sep = "; ";
    }
    return b.append("); what it read is kept as snapshot ").append(snapshotId)
        .append(", which diffs and findings pass over for the last whole one; sync again").toString();
  }

  private static Duration elapsed(Instant start, Instant end) {
    Duration d = Duration.between(start, end);
    return d.isNegative() ? Duration.ZERO : d;
  }

  private static String reason(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof CancelledException) {
      return "cancelled: " + message;
    }
    if (e instanceof GovernanceException) {
      return message;
    }
    return e.getClass().getSimpleName() + ": " + message;
  }
}
