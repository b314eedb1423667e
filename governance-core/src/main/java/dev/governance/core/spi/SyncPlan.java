package dev.governance.core.spi;

import dev.governance.core.model.InventoryCollection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What a sync should read: the collections, and options a connector documents (for Okta, e.g.
 * {@code factors=everyone} to read every user's factors, one call per user).
 *
 * @param collections the collections to read
 * @param options connector-specific options
 * @since 0.1
 */
public record SyncPlan(Set<InventoryCollection> collections, Map<String, String> options) {

  /** Copies the components and refuses an empty plan. */
  public SyncPlan {
    if (collections.isEmpty()) {
      throw new IllegalArgumentException("a sync plan needs at least one collection");
    }
    collections = Set.copyOf(collections);
    options = Map.copyOf(options);
  }

  /**
   * Returns a plan that reads every collection with default options.
   *
   * @return the plan
   */
  public static SyncPlan everything() {
    return new SyncPlan(EnumSet.allOf(InventoryCollection.class), Map.of());
  }

  /**
   * Returns a plan that reads some collections with default options.
   *
   * @param first a collection
   * @param more more collections
   * @return the plan
   */
  public static SyncPlan of(InventoryCollection first, InventoryCollection... more) {
    return new SyncPlan(EnumSet.of(first, more), Map.of());
  }

  /**
   * Returns a copy with one more option.
   *
   * @param name the option's name
   * @param value its value
   * @return the copy
   */
  public SyncPlan withOption(String name, String value) {
    Map<String, String> copy = new java.util.HashMap<>(options);
    copy.put(name, value);
    return new SyncPlan(collections, copy);
  }

  /**
   * Tells whether the plan reads a collection.
   *
   * @param collection the collection
   * @return {@code true} if it does
   */
  public boolean includes(InventoryCollection collection) {
    return collections.contains(collection);
  }
}
