package dev.governance.core.findings;

import dev.governance.core.model.InventoryCollection;
import java.util.Objects;

/**
 * A collection a rule reads, and what the rule needs of its coverage.
 *
 * @param collection the collection
 * @param need what happens when the collection is not complete
 * @since 0.1
 */
public record RuleInput(InventoryCollection collection, Need need) {

  /** What a rule needs of a collection's coverage. */
  public enum Need {
    /**
     * Only a complete collection will do, because a missing item would make the rule report
     * something false (e.g. "this group is empty" when its members were not read). Otherwise the
     * rule is skipped.
     */
    COMPLETE,
    /**
     * The collection must have been read, at least in part. Partly read, the rule runs and its
     * outcome is partial (it may miss findings); not read at all, the rule is skipped.
     */
    READ,
    /**
     * The collection adds to what the rule finds. Not complete, the rule still runs and its outcome
     * is partial.
     */
    OPTIONAL
  }

  /** Validates the components. */
  public RuleInput {
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(need, "need");
  }

  /**
   * Declares a collection the rule needs in full.
   *
   * @param collection the collection
   * @return the input
   */
  public static RuleInput complete(InventoryCollection collection) {
    return new RuleInput(collection, Need.COMPLETE);
  }

  /**
   * Declares a collection the rule needs to have been read, at least in part.
   *
   * @param collection the collection
   * @return the input
   */
  public static RuleInput read(InventoryCollection collection) {
    return new RuleInput(collection, Need.READ);
  }

  /**
   * Declares a collection that adds to what the rule finds.
   *
   * @param collection the collection
   * @return the input
   */
  public static RuleInput optional(InventoryCollection collection) {
    return new RuleInput(collection, Need.OPTIONAL);
  }
}
