package dev.governance.core.model;

import java.util.Set;

/**
 * How much of a collection a snapshot holds. "Zero users" ({@link Complete} with nothing in it)
 * and "not allowed to see users" ({@link Unavailable}) are never the same thing.
 *
 * @since 0.1
 */
public sealed interface Coverage {

  /**
   * Returns the coverage of a collection read in full.
   *
   * @return the shared instance
   */
  static Coverage complete() {
    return Complete.INSTANCE;
  }

  /**
   * Returns the coverage of a collection that was not asked for.
   *
   * @return the shared instance
   */
  static Coverage notRequested() {
    return NotRequested.INSTANCE;
  }

  /**
   * Returns the coverage of a collection read in part.
   *
   * @param reason what is missing and why
   * @return the coverage
   */
  static Coverage partial(String reason) {
    return new Partial(reason);
  }

  /**
   * Returns the coverage of a collection that could not be read.
   *
   * @param reason why
   * @param missingPermissions the scopes or permissions that would allow it
   * @return the coverage
   */
  static Coverage unavailable(String reason, Set<String> missingPermissions) {
    return new Unavailable(reason, missingPermissions);
  }

  /**
   * Tells whether every item of the collection is in the snapshot.
   *
   * @return {@code true} for {@link Complete}
   */
  default boolean isComplete() {
    return this instanceof Complete;
  }

  /**
   * Returns a short label for reports: {@code complete}, {@code partial}, {@code unavailable} or
   * {@code not requested}.
   *
   * @return the label
   */
  String label();

  /** Every item was read. */
  enum Complete implements Coverage {
    /** The one instance. */
    INSTANCE;

    @Override
    public String label() {
      return "complete";
    }
  }

  /** The collection was not asked for. */
  enum NotRequested implements Coverage {
    /** The one instance. */
    INSTANCE;

    @Override
    public String label() {
      return "not requested";
    }
  }

  /**
   * Some items were read, others not.
   *
   * @param reason what is missing and why
   */
  record Partial(String reason) implements Coverage {
    /** Validates the reason. */
    public Partial {
      Checks.id(reason, "reason");
    }

    @Override
    public String label() {
      return "partial";
    }
  }

  /**
   * Nothing could be read.
   *
   * @param reason why
   * @param missingPermissions the scopes or permissions that would allow it, possibly empty
   */
  record Unavailable(String reason, Set<String> missingPermissions) implements Coverage {
    /** Validates and copies the components. */
    public Unavailable {
      Checks.id(reason, "reason");
      missingPermissions = Set.copyOf(missingPermissions);
    }

    @Override
    public String label() {
      return "unavailable";
    }
  }
}
