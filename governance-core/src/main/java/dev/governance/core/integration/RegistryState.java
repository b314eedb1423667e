package dev.governance.core.integration;

import dev.governance.core.ConflictException;
import dev.governance.core.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry's state: the integrations (stored on every change before they are visible), which
 * of them are busy, and the listeners to tell about status changes.
 */
final class RegistryState {

  private static final Logger LOG = LoggerFactory.getLogger(RegistryState.class);

  private final RegistryFile file;
  private final Duration excessive;
  private final List<IntegrationListener> listeners = new CopyOnWriteArrayList<>();
  private final Map<String, String> busy = new ConcurrentHashMap<>();
  private Map<String, Integration> integrations;

  RegistryState(RegistryFile file, Duration excessive, Clock clock, List<IntegrationListener> initial) {
    this.file = file;
    this.excessive = excessive;
    this.listeners.addAll(initial);
    Map<String, Integration> loaded = new LinkedHashMap<>();
    boolean interrupted = false;
    for (Integration i : file.read()) {
      if (i.status().state() == SyncStatus.State.IN_PROGRESS) {
        i = i.withStatus(new SyncStatus(SyncStatus.State.ERROR, clock.instant(),
            "the sync was interrupted because the process ended; sync again"));
        interrupted = true;
      }
      loaded.put(i.id(), i);
    }
    if (interrupted) {
      file.write(loaded.values());
    }
    this.integrations = loaded;
  }

  List<IntegrationListener> listeners() {
    return listeners;
  }

  synchronized List<Integration> list() {
    return integrations.values().stream().map(this::view).toList();
  }

  synchronized Optional<Integration> find(String id) {
    return Optional.ofNullable(integrations.get(id)).map(this::view);
  }

  Integration get(String id) {
    return find(id).orElseThrow(() -> notFound(id));
  }

  /** Adds an integration, or replaces one, under the lock; {@code check} may refuse. */
  synchronized Integration put(Integration value, java.util.function.Consumer<Map<String, Integration>> check) {
    check.accept(integrations);
    commit(value.id(), value);
    return view(value);
  }

  synchronized void remove(String id) {
    Map<String, Integration> next = new LinkedHashMap<>(integrations);
    next.remove(id);
    file.write(next.values());
    integrations = next;
  }

  /** Applies a change, stores it, and tells listeners if the status changed. */
  Integration update(String id, UnaryOperator<Integration> change) {
    Integration before;
    Integration after;
    synchronized (this) {
      before = integrations.get(id);
      if (before == null) {
        throw notFound(id);
      }
      after = change.apply(before);
      if (after.equals(before)) {
        return view(before);
      }
      commit(id, after);
    }
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

  /** Marks an integration busy, or refuses if it already is. */
  void begin(String id, String what) {
    String running = busy.putIfAbsent(id, what);
    if (running != null) {
      throw new ConflictException("Integration '" + id + "' is busy with " + running
          + "; wait for it to end before starting " + what);
    }
  }

  void end(String id) {
    busy.remove(id);
  }

  Duration excessive() {
    return excessive;
  }

  private void commit(String id, Integration value) {
    Map<String, Integration> next = new LinkedHashMap<>(integrations);
    next.put(id, value);
    file.write(next.values());
    integrations = next;
  }

  private Integration view(Integration i) {
    return i.withExcessive(excessive);
  }

  static NotFoundException notFound(String id) {
    return new NotFoundException("integration", String.valueOf(id), "No integration with id '" + id
        + "'; list() shows the ones registered", null);
  }
}
