package dev.governance.okta.internal.sync;

import dev.governance.core.AuthenticationFailedException;
import dev.governance.core.CancelledException;
import dev.governance.core.ConnectorFailureException;
import dev.governance.core.GovernanceException;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.InventorySink;
import dev.governance.core.spi.ProgressEvent;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.okta.catalog.OktaBucket;
import dev.governance.okta.internal.client.OktaHttp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The state one sync shares between its stages: what to read, where it goes, the jobs running on
 * the lanes, how each collection's reads went, and progress.
 */
final class OktaSyncRun {

  final OktaHttp http;
  final SyncPlan plan;
  final InventorySink sink;
  final SyncContext context;
  final boolean factorsForEveryone;
  /** Whether an active group rule was read, set once every read is done. */
  boolean activeRules;
  final boolean preferShorterSync;
  final CoverageTracker coverage = new CoverageTracker();
  final Map<String, GovernanceException> surveyFailures = new ConcurrentHashMap<>();
  final List<String> revisions = Collections.synchronizedList(new ArrayList<>());

  private final Lanes lanes;
  private final Duration window;
  private final Map<InventoryCollection, Set<String>> required;
  private final Map<InventoryCollection, AtomicLong> items = new EnumMap<>(InventoryCollection.class);
  private final List<Future<?>> running = Collections.synchronizedList(new ArrayList<>());
  private final Map<OktaBucket, Integer> predicted = Collections.synchronizedMap(new EnumMap<>(OktaBucket.class));
  private final Map<String, Integer> callsBefore;

  OktaSyncRun(OktaHttp http, Lanes lanes, SyncPlan plan, InventorySink sink, SyncContext context,
      boolean factorsForEveryone, boolean preferShorterSync, Duration window,
      Map<InventoryCollection, Set<String>> required) {
    this.http = http;
    this.lanes = lanes;
    this.plan = plan;
    this.sink = sink;
    this.context = context;
    this.factorsForEveryone = factorsForEveryone;
    this.preferShorterSync = preferShorterSync;
    this.window = window;
    this.required = required;
    this.callsBefore = http.callsPerBucket();
    for (InventoryCollection c : InventoryCollection.values()) {
      items.put(c, new AtomicLong());
    }
  }

  /** Sets the calls the whole sync is expected to make, per bucket, for progress estimates. */
  void expect(Map<OktaBucket, Integer> calls) {
    predicted.clear();
    predicted.putAll(calls);
  }

  /** Submits a job to its bucket's lane; its failure is recorded against the collection. */
  void submit(OktaBucket bucket, InventoryCollection collection, Runnable job) {
    context.cancellation().throwIfCancelled("the Okta sync");
    running.add(lanes.lane(bucket).submit(() -> {
      if (context.cancellation().isCancelled()) {
        return;
      }
      try {
        job.run();
        coverage.succeeded(collection);
      } catch (AuthenticationFailedException | CancelledException e) {
        throw e;
      } catch (GovernanceException e) {
        coverage.failed(collection, e, required(collection));
      }
    }));
  }

  /**
   * Submits a survey read. Its failure is also kept by name, because later collections depend on it
   * even when its own collection was not asked for.
   */
  void submitSurvey(String name, OktaBucket bucket, InventoryCollection collection, Runnable job) {
    submit(bucket, collection, () -> {
      try {
        job.run();
      } catch (AuthenticationFailedException | CancelledException e) {
        throw e;
      } catch (GovernanceException e) {
        surveyFailures.put(name, e);
        throw e;
      }
    });
  }

  /** Waits for every submitted job, including jobs submitted meanwhile. */
  void await() {
    while (true) {
      Future<?> next;
      synchronized (running) {
        if (running.isEmpty()) {
          break;
        }
        next = running.remove(0);
      }
      try {
        next.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        cancelAll();
        throw new CancelledException("the Okta sync was interrupted");
      } catch (ExecutionException e) {
        cancelAll();
        if (e.getCause() instanceof GovernanceException g) {
          throw g;
        }
        throw new ConnectorFailureException("the Okta sync failed: " + e.getCause(), false, e.getCause());
      }
    }
    context.cancellation().throwIfCancelled("the Okta sync");
  }

  private void cancelAll() {
    synchronized (running) {
      running.forEach(f -> f.cancel(true));
      running.clear();
    }
  }

  /** Counts items read and tells the listener. */
  void progress(InventoryCollection collection, int count) {
    // The constructor gives every collection a counter.
    long so = Objects.requireNonNull(items.get(collection), "items").addAndGet(count);
    long planned;
    synchronized (predicted) {
      planned = predicted.values().stream().mapToLong(Integer::longValue).sum();
    }
    context.progress().onProgress(new ProgressEvent(collection, so, callsSoFar(), planned, remaining()));
  }

  /**
   * Returns the calls this sync has made so far, per bucket pattern: the connector's client may
   * have made others before it (a preflight, an earlier sync).
   *
   * @return calls since the sync started
   */
  Map<String, Integer> callsSoFar() {
    return since(callsBefore, http.callsPerBucket());
  }

  /** The calls per bucket made between two counts of a client. */
  static Map<String, Integer> since(Map<String, Integer> before, Map<String, Integer> now) {
    Map<String, Integer> delta = new java.util.LinkedHashMap<>();
    now.forEach((bucket, n) -> {
      int d = n - before.getOrDefault(bucket, 0);
      if (d > 0) {
        delta.put(bucket, d);
      }
    });
    return delta;
  }

  long items(InventoryCollection collection) {
    return Objects.requireNonNull(items.get(collection), "items").get();
  }

  private Duration remaining() {
    Map<String, Integer> done = callsSoFar();
    double windows = 0;
    synchronized (predicted) {
      for (Map.Entry<OktaBucket, Integer> e : predicted.entrySet()) {
        int left = e.getValue() - done.getOrDefault(e.getKey().pattern(), 0);
        if (left > 0) {
          windows = Math.max(windows, left / (double) http.allowedPerWindow(e.getKey()));
        }
      }
    }
    return Duration.ofMillis((long) (windows * window.toMillis()));
  }

  boolean any(InventoryCollection... collections) {
    for (InventoryCollection c : collections) {
      if (plan.includes(c)) {
        return true;
      }
    }
    return false;
  }

  Set<String> required(InventoryCollection c) {
    return required.getOrDefault(c, Set.of());
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
