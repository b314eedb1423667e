package dev.governance.core.integration;

import dev.governance.core.GovernanceException;
import dev.governance.core.IntegrationBusyException;
import dev.governance.core.InvalidConfigurationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Syncs the integrations that are due, on every node that runs one: a product starts a worker per
 * process, all on one shared store, and the leases in the store make sure each integration is
 * synced by one worker at a time. An integration is due when it was never synced or its last sync
 * ended at least {@link Builder#interval(Duration)} ago, and no lease is in force on it. Each
 * round syncs at most {@link Builder#parallelism(int)} integrations at once; statuses reach the
 * registry's {@link IntegrationListener}s as for any sync.
 *
 * <pre>{@code
 * try (IntegrationWorker worker = registry.worker()
 *     .parallelism(4)
 *     .interval(Duration.ofHours(6))
 *     .pollEvery(Duration.ofMinutes(1))
 *     .start()) {
 *   ...   // the process serves; the worker syncs in the background
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class IntegrationWorker implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(IntegrationWorker.class);

  private final Integrations registry;
  private final Clock clock;
  private final int parallelism;
  private final Duration interval;
  private final Duration pollEvery;
  private final Function<Integration, SyncRequest> request;
  private final ExecutorService syncs;
  private final ScheduledExecutorService scheduler;
  private @Nullable ScheduledFuture<?> loop;

  private IntegrationWorker(Builder b) {
    this.registry = b.registry;
    this.clock = b.clock;
    this.parallelism = b.parallelism;
    this.interval = b.interval;
    this.pollEvery = b.pollEvery;
    this.request = b.request;
    this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = Executors.defaultThreadFactory().newThread(r);
      t.setDaemon(true);
      t.setName("governance-worker");
      return t;
    });
    this.syncs = Executors.newFixedThreadPool(parallelism, r -> {
      Thread t = Executors.defaultThreadFactory().newThread(r);
      t.setDaemon(true);
      t.setName("governance-worker-sync");
      return t;
    });
  }

  /**
   * What one round did.
   *
   * @param synced the integrations this worker synced, successfully or not
   * @param failed of those, the ones whose sync threw, with the reason
   * @param busy the due integrations another holder took first
   */
  public record Round(List<String> synced, List<String> failed, List<String> busy) {
    /** Copies the lists. */
    public Round {
      synced = List.copyOf(synced);
      failed = List.copyOf(failed);
      busy = List.copyOf(busy);
    }
  }

  /**
   * Runs one round on the calling thread: finds the due integrations, syncs them (at most the
   * parallelism at once), and returns when all of its syncs ended.
   *
   * @return what the round did
   */
  public Round runOnce() {
    Instant now = clock.instant();
    List<Integration> due = new ArrayList<>();
    for (Integration i : registry.list()) {
      if (isDue(i, now) && registry.lease(i.id()).isEmpty()) {
        due.add(i);
      }
    }
    List<Future<@Nullable String>> futures = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Integration i : due) {
      ids.add(i.id());
      futures.add(syncs.submit(() -> syncOne(i)));
    }
    List<String> synced = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    List<String> busy = new ArrayList<>();
    for (int n = 0; n < futures.size(); n++) {
      String outcome;
      try {
        outcome = futures.get(n).get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (ExecutionException e) {
        outcome = String.valueOf(e.getCause());
      }
      if (outcome == null) {
        synced.add(ids.get(n));
      } else if (outcome.equals(BUSY)) {
        busy.add(ids.get(n));
      } else {
        synced.add(ids.get(n));
        failed.add(ids.get(n) + ": " + outcome);
      }
    }
    return new Round(synced, failed, busy);
  }

  private static final String BUSY = "\0busy";

  private @Nullable String syncOne(Integration due) {
    try {
      // Due is judged again under the lease: another worker may have synced it since the list.
      return registry.syncIf(due.id(), request.apply(due), now -> isDue(now, clock.instant()))
          .isPresent() ? null : BUSY;
    } catch (dev.governance.core.NotFoundException deleted) {
      return BUSY;
    } catch (IntegrationBusyException e) {
      return BUSY;
    } catch (GovernanceException e) {
      LOG.warn("the sync of integration '{}' failed: {}", due.id(), e.getMessage());
      return e.getMessage();
    } catch (RuntimeException e) {
      LOG.warn("the sync of integration '{}' failed", due.id(), e);
      return e.toString();
    }
  }

  private boolean isDue(Integration i, Instant now) {
    SyncRun last = i.lastSync();
    return last == null || !last.endedAt().plus(interval).isAfter(now);
  }

  /**
   * Starts running rounds in the background, one every {@code pollEvery} after the previous ended.
   *
   * @return this worker
   */
  public synchronized IntegrationWorker start() {
    if (loop == null) {
      loop = scheduler.scheduleWithFixedDelay(() -> {
        try {
          runOnce();
        } catch (RuntimeException e) {
          LOG.warn("a worker round failed; the next one runs in {}", pollEvery, e);
        }
      }, 0, pollEvery.toMillis(), TimeUnit.MILLISECONDS);
    }
    return this;
  }

  /** Stops the rounds and waits for the syncs running to end. */
  @Override
  public synchronized void close() {
    if (loop != null) {
      loop.cancel(false);
    }
    scheduler.shutdown();
    syncs.shutdown();
    try {
      syncs.awaitTermination(1, TimeUnit.HOURS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Builds an {@link IntegrationWorker}; start one with {@link Integrations#worker()}.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final Integrations registry;
    private final Clock clock;
    private int parallelism = 2;
    private Duration interval = Duration.ofHours(24);
    private Duration pollEvery = Duration.ofMinutes(1);
    private Function<Integration, SyncRequest> request = i -> SyncRequest.by("worker");

    Builder(Integrations registry, Clock clock) {
      this.registry = registry;
      this.clock = clock;
    }

    /**
     * Sets how many integrations this worker syncs at once; 2 by default.
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder parallelism(int value) {
      if (value < 1) {
        throw new InvalidConfigurationException("parallelism", "A worker syncs at least 1"
            + " integration at once; got " + value);
      }
      this.parallelism = value;
      return this;
    }

    /**
     * Sets how long after its last sync ended an integration is due again; a day by default.
     *
     * @param value zero or more
     * @return this builder
     */
    public Builder interval(Duration value) {
      if (value == null || value.isNegative()) {
        throw new InvalidConfigurationException("interval", "The sync interval must not be"
            + " negative; got " + value);
      }
      this.interval = value;
      return this;
    }

    /**
     * Sets how long a started worker waits between rounds; a minute by default.
     *
     * @param value a positive duration
     * @return this builder
     */
    public Builder pollEvery(Duration value) {
      if (value == null || value.isNegative() || value.isZero()) {
        throw new InvalidConfigurationException("pollEvery", "The poll period must be positive;"
            + " got " + value);
      }
      this.pollEvery = value;
      return this;
    }

    /**
     * Sets the request of each sync (actor, plan, progress); by default actor {@code worker} and
     * everything.
     *
     * @param value from the integration to the request
     * @return this builder
     */
    public Builder request(Function<Integration, SyncRequest> value) {
      this.request = Objects.requireNonNull(value, "request");
      return this;
    }

    /**
     * Builds the worker, not yet started: call {@link IntegrationWorker#runOnce()} or {@link
     * IntegrationWorker#start()}.
     *
     * @return the worker
     */
    public IntegrationWorker build() {
      return new IntegrationWorker(this);
    }
  }
}
