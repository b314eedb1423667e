package dev.governance.core.spi;

/**
 * What a set of credentials allows, from nothing to removing access. Levels are ordered: each one
 * includes what the levels before it allow.
 *
 * @since 0.1
 */
public enum AccessLevel {
  /** The credentials read nothing useful. */
  NONE,
  /** Some collections can be read, but not all that an access review needs. */
  PARTIAL,
  /** Every collection an access review needs can be read; nothing can be changed. */
  READ_ONLY,
  /** Everything can be read and access can be removed. */
  LIFECYCLE;

  /**
   * Tells whether this level allows at least what {@code other} allows.
   *
   * @param other the level to compare with
   * @return {@code true} if this level is {@code other} or higher
   */
  public boolean atLeast(AccessLevel other) {
    return compareTo(other) >= 0;
  }
}
