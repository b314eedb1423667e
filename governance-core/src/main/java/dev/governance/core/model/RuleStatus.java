package dev.governance.core.model;

/**
 * The status of a {@link GroupRule}.
 *
 * @since 0.1
 */
public enum RuleStatus {
  /** Evaluated; adds members. */
  ACTIVE,
  /** Not evaluated. */
  INACTIVE,
  /** Cannot be evaluated. */
  INVALID,
  /** A value this version does not know; the provider's raw value is not kept. */
  UNKNOWN;

  /**
   * Maps a provider's value, ignoring case and treating {@code -}, {@code :} and spaces as
   * {@code _}.
   *
   * @param value the provider's value, or {@code null}
   * @return the matching constant, or {@link #UNKNOWN} for {@code null} and unknown values
   */
  public static RuleStatus parse(@org.jspecify.annotations.Nullable String value) {
    return Enums.parse(RuleStatus.class, value, UNKNOWN);
  }
}
