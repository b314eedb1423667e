package dev.governance.testkit.conformance;

import dev.governance.core.model.Entity;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.InventoryCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the author seeded in the tenant the connector reads, for the kit to find in what the
 * connector delivers.
 *
 * <p>Entities are matched by kind and id, so a connector may add attributes the author did not
 * predict. Grants are matched by kind, subject, target and provenance, so assignment ids, creation
 * times and other details the provider chooses do not matter. By default the seeded inventory is a
 * lower bound: the tenant may hold more (a provider's built-in groups, its admin). {@link
 * Builder#exactly()} says it holds nothing else.
 *
 * <p>{@link Builder#spansPages(InventoryCollection...)} names collections seeded with more items
 * than one of the connector's pages: the streaming and cancellation checks watch them.
 *
 * @since 0.2
 */
public final class SeededInventory {

  private final Map<EntityKind, Set<String>> entities;
  private final List<Grant> grants;
  private final boolean exact;
  private final Set<InventoryCollection> spansPages;

  private SeededInventory(Builder b) {
    EnumMap<EntityKind, Set<String>> copy = new EnumMap<>(EntityKind.class);
    b.entities.forEach((k, ids) -> copy.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(ids))));
    this.entities = Collections.unmodifiableMap(copy);
    this.grants = List.copyOf(b.grants);
    this.exact = b.exact;
    this.spansPages = Collections.unmodifiableSet(EnumSet.copyOf(b.spansPages));
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the ids of the seeded entities, by kind.
   *
   * @return the ids
   */
  public Map<EntityKind, Set<String>> entities() {
    return entities;
  }

  /**
   * Returns the seeded grants.
   *
   * @return the grants
   */
  public List<Grant> grants() {
    return grants;
  }

  /**
   * Tells whether the tenant holds nothing but what was seeded.
   *
   * @return {@code true} if it does
   */
  public boolean exact() {
    return exact;
  }

  /**
   * Returns the collections seeded with more items than one page of the connector.
   *
   * @return the collections
   */
  public Set<InventoryCollection> spansPages() {
    return spansPages;
  }

  @Override
  public String toString() {
    int ids = entities.values().stream().mapToInt(Set::size).sum();
    return "SeededInventory[" + ids + " entities, " + grants.size() + " grants" + (exact ? ", exactly" : "")
        + (spansPages.isEmpty() ? "" : ", spanning pages: " + spansPages) + "]";
  }

  /** Builds a {@link SeededInventory}. */
  public static final class Builder {
    private final Map<EntityKind, Set<String>> entities = new EnumMap<>(EntityKind.class);
    private final List<Grant> grants = new ArrayList<>();
    private final Set<InventoryCollection> spansPages = EnumSet.noneOf(InventoryCollection.class);
    private boolean exact;

    private Builder() {}

    /**
     * Adds a seeded entity by kind and id.
     *
     * @param kind its kind
     * @param id its id, as the connector reports it
     * @return this builder
     */
    public Builder entity(EntityKind kind, String id) {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(id, "id");
      entities.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(id);
      return this;
    }

    /**
     * Adds seeded entities.
     *
     * @param values the entities
     * @return this builder
     */
    public Builder entities(Collection<? extends Entity> values) {
      values.forEach(e -> entity(e.kind(), e.id()));
      return this;
    }

    /**
     * Adds a seeded grant.
     *
     * @param value the grant
     * @return this builder
     */
    public Builder grant(Grant value) {
      grants.add(Objects.requireNonNull(value, "grant"));
      return this;
    }

    /**
     * Adds seeded grants.
     *
     * @param values the grants
     * @return this builder
     */
    public Builder grants(Collection<? extends Grant> values) {
      values.forEach(this::grant);
      return this;
    }

    /**
     * Says the tenant holds nothing but what was seeded: anything else delivered fails the check.
     *
     * @return this builder
     */
    public Builder exactly() {
      this.exact = true;
      return this;
    }

    /**
     * Names collections seeded with more items than one page of the connector, e.g. 450 users for
     * a connector that reads 200 a page.
     *
     * @param values the collections
     * @return this builder
     */
    public Builder spansPages(InventoryCollection... values) {
      spansPages.addAll(List.of(values));
      return this;
    }

    /**
     * Builds the seeded inventory.
     *
     * @return the seeded inventory
     */
    public SeededInventory build() {
      return new SeededInventory(this);
    }
  }
}
