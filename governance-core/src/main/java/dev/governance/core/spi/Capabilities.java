package dev.governance.core.spi;

import dev.governance.core.model.InventoryCollection;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a connector can do at best, whatever its credentials allow: the collections it can read and
 * the lifecycle actions it can apply. {@link Connector#check()} says what the credentials allow.
 *
 * @param collections the collections it can read
 * @param actions the actions it can apply; empty for a read-only connector
 * @since 0.1
 */
public record Capabilities(Set<InventoryCollection> collections, Set<LifecycleAction.Kind> actions) {

  /** Copies the sets. */
  public Capabilities {
    collections = Set.copyOf(collections);
    actions = Set.copyOf(actions);
  }

  /**
   * Returns the capabilities of a connector that reads everything and changes nothing.
   *
   * @return the capabilities
   */
  public static Capabilities readOnly() {
    return new Capabilities(EnumSet.allOf(InventoryCollection.class), Set.of());
  }

  /**
   * Tells whether the connector can read a collection.
   *
   * @param collection the collection
   * @return {@code true} if it can
   */
  public boolean reads(InventoryCollection collection) {
    return collections.contains(collection);
  }

  /**
   * Tells whether the connector can apply a kind of action.
   *
   * @param kind the kind
   * @return {@code true} if it can
   */
  public boolean applies(LifecycleAction.Kind kind) {
    return actions.contains(kind);
  }
}
