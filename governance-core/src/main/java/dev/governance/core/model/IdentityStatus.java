package dev.governance.core.model;

/**
 * The lifecycle category of an {@link Identity}, in terms every provider can fill. The connector
 * decides the category from the provider's status, which {@link Identity#rawStatus()} keeps.
 *
 * @since 0.1
 */
public enum IdentityStatus {
  /** Can sign in and use its access (also while recovering or changing an expired password). */
  ACTIVE,
  /** Created or invited, not yet activated: cannot sign in yet, but may already hold access. */
  PENDING,
  /** Locked after failed sign-ins: cannot sign in until unlocked, and keeps its access. */
  LOCKED,
  /** Temporarily cannot sign in, and keeps its access. */
  SUSPENDED,
  /** Deactivated: cannot sign in; any access it still holds is a leftover. */
  DEACTIVATED,
  /** The connector did not say, or the provider sent a status it does not know. */
  UNKNOWN;

  /**
   * Tells whether an identity in this category holds usable access: it can sign in now or after
   * an unlock, without being re-activated.
   *
   * @return {@code true} for {@link #ACTIVE} and {@link #LOCKED}
   */
  public boolean holdsUsableAccess() {
    return this == ACTIVE || this == LOCKED;
  }

  /**
   * Maps a category's name as the snapshot JSON and the CSV write it, ignoring case.
   *
   * @param name the name, or {@code null}
   * @return the matching constant, or {@link #UNKNOWN} for {@code null} and unknown names
   */
  public static IdentityStatus parse(@org.jspecify.annotations.Nullable String name) {
    return Enums.parse(IdentityStatus.class, name, UNKNOWN);
  }
}
