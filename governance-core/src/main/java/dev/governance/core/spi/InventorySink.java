package dev.governance.core.spi;

import dev.governance.core.snapshot.SyncMode;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.Entity;
import dev.governance.core.model.Grant;
import dev.governance.core.model.InventoryCollection;

/**
 * Receives the inventory as a connector reads it, page by page. Nothing ever asks a connector for
 * "all users as a list": a connector hands each item over as it arrives and keeps no more than a
 * few pages itself.
 *
 * <p>A connector may read several collections at once, so calls can come from several threads:
 * implementations are thread-safe. A connector reports the {@link Coverage} of each collection it
 * was asked for once it knows it, and may report it again (the last report wins).
 *
 * @since 0.1
 */
public interface InventorySink {

  /**
   * Receives an entity. An entity with the same kind and id as an earlier one replaces it.
   *
   * @param entity the entity
   */
  void entity(Entity entity);

  /**
   * Receives a grant. Repeated grants are kept once.
   *
   * @param grant the grant
   */
  void grant(Grant grant);

  /**
   * Receives the coverage of a collection.
   *
   * @param collection the collection
   * @param coverage how much of it was read
   */
  void coverage(InventoryCollection collection, Coverage coverage);

  /**
   * Receives how the sync reads: in full, or as a delta from the snapshot of {@link
   * SyncContext#previous()}, with what it re-read in full and why. A connector that reads in full
   * need not call it; the last call wins.
   *
   * @param mode the mode
   */
  default void syncMode(SyncMode mode) {
    // A sink that does not record modes ignores them.
  }

  /**
   * Receives a page of entities.
   *
   * @param entities the entities
   */
  default void entities(Iterable<? extends Entity> entities) {
    for (Entity e : entities) {
      entity(e);
    }
  }

  /**
   * Receives a page of grants.
   *
   * @param grants the grants
   */
  default void grants(Iterable<? extends Grant> grants) {
    for (Grant g : grants) {
      grant(g);
    }
  }
}
