package dev.governance.testkit.reference;

import dev.governance.core.model.Entity;
import dev.governance.core.model.Grant;
import dev.governance.core.model.InventoryCollection;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The inventory an {@link InMemoryConnector} serves, and the collections its pretend credentials
 * may not read.
 *
 * @param tenant the tenant's name, e.g. {@code memory://acme}
 * @param entities the entities
 * @param grants the grants
 * @param forbidden collections reported as unavailable, as if the credentials lacked a permission
 * @since 0.1
 */
public record InMemoryFixture(
    String tenant, List<Entity> entities, List<Grant> grants, Set<InventoryCollection> forbidden) {

  /** Validates and copies the components. */
  public InMemoryFixture {
    Objects.requireNonNull(tenant, "tenant");
    entities = List.copyOf(entities);
    grants = List.copyOf(grants);
    forbidden = forbidden.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(forbidden));
  }

  /**
   * Starts a builder.
   *
   * @param tenant the tenant's name
   * @return a new builder
   */
  public static Builder builder(String tenant) {
    return new Builder(tenant);
  }

  /** Builds an {@link InMemoryFixture}. */
  public static final class Builder {
    private final String tenant;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Grant> grants = new ArrayList<>();
    private final Set<InventoryCollection> forbidden = EnumSet.noneOf(InventoryCollection.class);

    private Builder(String tenant) {
      this.tenant = Objects.requireNonNull(tenant, "tenant");
    }

    /**
     * Adds entities.
     *
     * @param values the entities
     * @return this builder
     */
    public Builder entities(Entity... values) {
      entities.addAll(List.of(values));
      return this;
    }

    /**
     * Adds grants.
     *
     * @param values the grants
     * @return this builder
     */
    public Builder grants(Grant... values) {
      grants.addAll(List.of(values));
      return this;
    }

    /**
     * Marks collections as unreadable.
     *
     * @param values the collections
     * @return this builder
     */
    public Builder forbid(InventoryCollection... values) {
      forbidden.addAll(List.of(values));
      return this;
    }

    /**
     * Builds the fixture.
     *
     * @return the fixture
     */
    public InMemoryFixture build() {
      return new InMemoryFixture(tenant, entities, grants, forbidden);
    }
  }
}
