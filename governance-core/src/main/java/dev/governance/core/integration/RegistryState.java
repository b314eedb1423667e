package dev.governance.core.integration;

import dev.governance.core.IntegrationBusyException;
import dev.governance.core.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry's state as this process sees it: every read and change goes to the {@link
 * RegistryStore} (no copy is kept in memory), the busy marks are leases there, and the listeners
 * hear about status changes this process made.
 */
final class RegistryState {

  private static final Logger LOG = LoggerFactory.getLogger(RegistryState.class);
  static final String INTERRUPTED = "the sync was interrupted because the process that ran it ended"
      + " (its lease expired); sync again";

  private final RegistryStore store;
  private final Duration excessive;
  private final Clock clock;
  private final Leases leases;
  private final List<IntegrationListener> listeners;
  private final Leases.@Nullable Held fence;

  /** The same state, whose every change first proves that a lease is still held. */
  private RegistryState(RegistryState base, Leases.Held fence) {
    this.store = base.store;
    this.excessive = base.excessive;
    this.clock = base.clock;
    this.leases = base.leases;
    this.listeners = base.listeners;
    this.fence = fence;
  }

  RegistryState(RegistryStore store, Duration excessive, Clock clock, Leases leases,
      List<IntegrationListener> initial) {
    this.store = store;
    this.excessive = excessive;
    this.clock = clock;
    this.leases = leases;
    this.listeners = new CopyOnWriteArrayList<>(initial);
    this.fence = null;
    for (Integration i : store.list()) {
      if (i.status().state() == SyncStatus.State.IN_PROGRESS) {
        try {
          Leases.Held held = leases.hold(i.id(), "recovering an interrupted sync");
          try {
            recoverInterrupted(i.id());
          } finally {
            held.close();
          }
        } catch (IntegrationBusyException running) {
          // Another process syncs it now: its status is right.
        }
      }
    }
  }

  /**
   * Returns this state for the holder of a lease: each change renews the lease first, under the
   * store's lock, and is refused if the lease was lost, so a holder another one replaced never
   * overwrites the status the new holder records.
   */
  RegistryState fenced(Leases.Held held) {
    return new RegistryState(this, held);
  }

  List<IntegrationListener> listeners() {
    return listeners;
  }

  RegistryStore store() {
    return store;
  }

  List<Integration> list() {
    return store.list().stream().map(this::view).toList();
  }

  Optional<Integration> find(String id) {
    return store.find(id).map(this::view);
  }

  Integration get(String id) {
    return find(id).orElseThrow(() -> notFound(id));
  }

  /** Adds an integration under the store's lock; {@code check} may refuse. */
  Integration put(Integration value, Consumer<Collection<Integration>> check) {
    return view(store.insert(value, check));
  }

  void remove(String id) {
    store.remove(id);
  }

  /** Applies a change, stores it, and tells listeners if the status changed. */
  Integration update(String id, UnaryOperator<Integration> change) {
    Leases.Held f = fence;
    RegistryStore.Change c = store.update(id, f == null ? change : i -> {
      f.check();
      return change.apply(i);
    });
    Integration before = c.before();
    Integration after = c.after();
    if (!before.status().equals(after.status())) {
      StatusChange event = new StatusChange(view(after), before.status());
      for (IntegrationListener l : listeners) {
        try {
          l.statusChanged(event);
        } catch (RuntimeException e) {
          LOG.warn("an integration listener failed on {}", event, e);
        }
      }
    }
    return view(after);
  }

  /**
   * Takes the integration's lease, or refuses if another holder has it. A status left at {@code
   * IN_PROGRESS} by a holder whose lease expired is recorded as interrupted first.
   */
  Leases.Held begin(String id, String what) {
    Leases.Held held = leases.hold(id, what);
    try {
      recoverInterrupted(id);
    } catch (NotFoundException e) {
      held.close();
      throw e;
    }
    return held;
  }

  private void recoverInterrupted(String id) {
    update(id, i -> i.status().state() == SyncStatus.State.IN_PROGRESS
        ? i.withStatus(new SyncStatus(SyncStatus.State.ERROR, clock.instant(), INTERRUPTED))
        : i);
  }

  Duration excessive() {
    return excessive;
  }

  private Integration view(Integration i) {
    return i.withExcessive(excessive);
  }

  static NotFoundException notFound(String id) {
    return new NotFoundException("integration", String.valueOf(id), "No integration with id '" + id
        + "'; list() shows the ones registered", null);
  }
}
