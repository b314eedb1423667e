package dev.governance.core.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * How much of a collection a snapshot holds. "Zero users" ({@link Complete} with nothing in it)
 * and "not allowed to see users" ({@link Unavailable}) are never the same thing. A collection not
 * read in full also says why, as a {@link Cause}: the credentials' permissions, a failure (which
 * makes the sync that met it a failed one), or the connector's design or options.
 *
 * @since 0.1
 */
public sealed interface Coverage {

  /** Why a collection was not read in full. */
  enum Cause {
    /** The credentials may not read it, or not all of it; the preflight says what to grant. */
    PERMISSION,
    /**
     * A failure: errors, dropped connections, answers that could not be parsed, rate limits that
     * did not reset before the sync's deadline, or an input of this collection lost so. A sync
     * that meets one has failed, even when it kept what it read.
     */
    FAULT,
    /**
     * The connector reads less by design or by its options (e.g. the MFA factors of admins
     * only), or the provider does not expose all of it.
     */
    BY_DESIGN,
    /** Not recorded: the snapshot was written before causes were. */
    UNKNOWN
  }

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
   * @param cause why, as a kind
   * @return the coverage
   */
  static Coverage partial(String reason, Cause cause) {
    return new Partial(reason, cause);
  }

  /**
   * Returns the coverage of a collection that could not be read because of a failure.
   *
   * @param reason what failed
   * @return the coverage, with cause {@link Cause#FAULT}
   */
  static Coverage failed(String reason) {
    return new Unavailable(reason, Set.of(), Cause.FAULT);
  }

  /**
   * Returns the coverage of a collection the credentials may not read.
   *
   * @param reason why
   * @param missingPermissions the scopes or permissions that would allow it
   * @return the coverage, with cause {@link Cause#PERMISSION}
   */
  static Coverage refused(String reason, Set<String> missingPermissions) {
    return new Unavailable(reason, missingPermissions, Cause.PERMISSION);
  }

  /**
   * Returns the coverage of a collection that could not be read.
   *
   * @param reason why
   * @param missingPermissions the scopes or permissions that would allow it
   * @param cause why, as a kind
   * @return the coverage
   */
  static Coverage unavailable(String reason, Set<String> missingPermissions, Cause cause) {
    return new Unavailable(reason, missingPermissions, cause);
  }

  /**
   * Tells whether items of the collection were lost to a failure ({@link Cause#FAULT}), as opposed
   * to permissions or design.
   *
   * @return {@code true} for a partial or unavailable coverage caused by a fault
   */
  default boolean lostToFault() {
    return (this instanceof Partial p && p.cause() == Cause.FAULT)
        || (this instanceof Unavailable u && u.cause() == Cause.FAULT);
  }

  /**
   * Returns the collections of a coverage map that were lost to failures.
   *
   * @param coverage collection to coverage, e.g. a snapshot's
   * @return those whose coverage is {@linkplain #lostToFault() lost to a fault}, in collection
   *     order; empty when none was
   */
  static Map<InventoryCollection, Coverage> lostToFaults(Map<InventoryCollection, Coverage> coverage) {
    EnumMap<InventoryCollection, Coverage> lost = new EnumMap<>(InventoryCollection.class);
    coverage.forEach((c, v) -> {
      if (v.lostToFault()) {
        lost.put(c, v);
      }
    });
    return Collections.unmodifiableMap(lost);
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
   * @param cause why, as a kind
   */
  record Partial(String reason, Cause cause) implements Coverage {
    /** Validates the components. */
    public Partial {
      Checks.id(reason, "reason");
      java.util.Objects.requireNonNull(cause, "cause");
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
   * @param cause why, as a kind
   */
  record Unavailable(String reason, Set<String> missingPermissions, Cause cause) implements Coverage {
    /** Validates and copies the components. */
    public Unavailable {
      Checks.id(reason, "reason");
      missingPermissions = Set.copyOf(missingPermissions);
      java.util.Objects.requireNonNull(cause, "cause");
    }

    @Override
    public String label() {
      return "unavailable";
    }
  }
}
