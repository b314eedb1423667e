package dev.governance.core.model;

/**
 * The kinds of {@link Entity}, also used to say what a grant's subject or target is.
 *
 * @since 0.1
 */
public enum EntityKind {
  /** An {@link Identity}. */
  IDENTITY(InventoryCollection.IDENTITIES),
  /** A {@link Group}. */
  GROUP(InventoryCollection.GROUPS),
  /** An {@link Application}. */
  APPLICATION(InventoryCollection.APPLICATIONS),
  /** A {@link Role}. */
  ROLE(InventoryCollection.ROLES),
  /** An {@link ApiToken}. */
  API_TOKEN(InventoryCollection.API_TOKENS),
  /** An {@link AuthFactor}. */
  AUTH_FACTOR(InventoryCollection.AUTH_FACTORS),
  /** A {@link GroupRule}. */
  GROUP_RULE(InventoryCollection.GROUP_RULES);

  private final InventoryCollection collection;

  EntityKind(InventoryCollection collection) {
    this.collection = collection;
  }

  /**
   * Returns the collection that holds entities of this kind.
   *
   * @return the collection
   */
  public InventoryCollection collection() {
    return collection;
  }
}
