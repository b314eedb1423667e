package dev.governance.core.model;

/**
 * Who consented to a {@link Grant.ScopeGrant}.
 *
 * @since 0.1
 */
public enum ConsentSource {
  /** An administrator granted the scope. */
  ADMIN,
  /** A user consented. */
  END_USER,
  /** A value this version does not know; the provider's raw value is not kept. */
  UNKNOWN;

  /**
   * Maps a provider's value, ignoring case and treating {@code -}, {@code :} and spaces as
   * {@code _}.
   *
   * @param value the provider's value, or {@code null}
   * @return the matching constant, or {@link #UNKNOWN} for {@code null} and unknown values
   */
  public static ConsentSource parse(@org.jspecify.annotations.Nullable String value) {
    return Enums.parse(ConsentSource.class, value, UNKNOWN);
  }
}
