package dev.governance.testkit.conformance.internal;

import dev.governance.core.model.Coverage;
import dev.governance.core.model.Entity;
import dev.governance.core.model.Grant;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import dev.governance.core.spi.InventorySink;
import dev.governance.core.spi.ProgressEvent;
import dev.governance.core.spi.ProgressListener;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One sync as the kit saw it: everything the connector handed the sink and the progress listener,
 * each stamped with its place in one order, and the snapshot it builds. Thread-safe.
 */
public final class Recording implements InventorySink, ProgressListener {

  /** A progress event and its place in the order. */
  public record Progress(long seq, long itemsSoFar) {}

  private final AtomicLong clock = new AtomicLong();
  private final SnapshotBuilder builder;
  private final Map<InventoryCollection, List<Long>> items = new EnumMap<>(InventoryCollection.class);
  private final Map<InventoryCollection, List<Progress>> progress = new EnumMap<>(InventoryCollection.class);
  private final Map<InventoryCollection, Coverage> coverage = new EnumMap<>(InventoryCollection.class);
  private final List<Entity> entities = new ArrayList<>();
  private final List<Grant> grants = new ArrayList<>();
  private final Consumer<InventoryCollection> onItem;
  private @Nullable Snapshot snapshot;
  private @Nullable RuntimeException failure;

  Recording(String tenant, String connectorId, Consumer<InventoryCollection> onItem) {
    this.builder = Snapshot.builder(tenant, connectorId);
    this.onItem = onItem;
  }

  @Override
  public void entity(Entity entity) {
    synchronized (this) {
      items.computeIfAbsent(entity.kind().collection(), k -> new ArrayList<>()).add(clock.incrementAndGet());
      entities.add(entity);
      builder.entity(entity);
    }
    onItem.accept(entity.kind().collection());
  }

  @Override
  public void grant(Grant grant) {
    synchronized (this) {
      items.computeIfAbsent(grant.collection(), k -> new ArrayList<>()).add(clock.incrementAndGet());
      grants.add(grant);
      builder.grant(grant);
    }
    onItem.accept(grant.collection());
  }

  @Override
  public synchronized void coverage(InventoryCollection collection, Coverage value) {
    coverage.put(collection, value);
    builder.coverage(collection, value);
  }

  @Override
  public synchronized void onProgress(ProgressEvent event) {
    progress.computeIfAbsent(event.collection(), k -> new ArrayList<>())
        .add(new Progress(clock.incrementAndGet(), event.itemsSoFar()));
  }

  synchronized void failed(RuntimeException e) {
    this.failure = e;
  }

  /**
   * Returns what {@code collect} threw, if it threw.
   *
   * @return the exception
   */
  public synchronized Optional<RuntimeException> failure() {
    return Optional.ofNullable(failure);
  }

  /**
   * Returns the snapshot of what was delivered.
   *
   * @return the snapshot
   */
  public synchronized Snapshot snapshot() {
    if (snapshot == null) {
      snapshot = builder.build();
    }
    return snapshot;
  }

  /**
   * Returns the coverage reported per collection (the last report of each).
   *
   * @return the coverage
   */
  public synchronized Map<InventoryCollection, Coverage> coverage() {
    return Collections.unmodifiableMap(new EnumMap<>(coverage));
  }

  /**
   * Returns the places of the items of a collection, in order.
   *
   * @param c the collection
   * @return the places
   */
  public synchronized List<Long> items(InventoryCollection c) {
    return List.copyOf(items.getOrDefault(c, List.of()));
  }

  /**
   * Returns the progress events of a collection, in order.
   *
   * @param c the collection
   * @return the events
   */
  public synchronized List<Progress> progress(InventoryCollection c) {
    return List.copyOf(progress.getOrDefault(c, List.of()));
  }

  /**
   * Returns the entities in the order delivered, repeats included.
   *
   * @return the entities
   */
  public synchronized List<Entity> entities() {
    return List.copyOf(entities);
  }

  /**
   * Returns the grants in the order delivered, repeats included.
   *
   * @return the grants
   */
  public synchronized List<Grant> grants() {
    return List.copyOf(grants);
  }

  /**
   * Returns the current place in the order, for marks.
   *
   * @return the place
   */
  public long now() {
    return clock.get();
  }

  /**
   * Returns the largest number of items one progress event of a collection added: the largest page
   * seen.
   *
   * @param c the collection
   * @return the largest page, {@code 0} without progress
   */
  public synchronized long largestPage(InventoryCollection c) {
    long last = 0;
    long largest = 0;
    for (Progress p : progress.getOrDefault(c, List.of())) {
      largest = Math.max(largest, p.itemsSoFar() - last);
      last = Math.max(last, p.itemsSoFar());
    }
    return largest;
  }
}
