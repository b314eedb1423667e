package dev.governance.core.model;

/**
 * The status of an {@link AuthFactor}.
 *
 * @since 0.1
 */
public enum FactorStatus {
  /** Enrolled and usable. */
  ACTIVE,
  /** Disabled. */
  DISABLED,
  /** Enrolled. */
  ENROLLED,
  /** Expired. */
  EXPIRED,
  /** Inactive. */
  INACTIVE,
  /** Available but not set up. */
  NOT_SETUP,
  /** Enrolled, waiting for activation. */
  PENDING_ACTIVATION,
  /** A value this version does not know; the provider's raw value is not kept. */
  UNKNOWN;

  /**
   * Maps a provider's value, ignoring case and treating {@code -}, {@code :} and spaces as
   * {@code _}.
   *
   * @param value the provider's value, or {@code null}
   * @return the matching constant, or {@link #UNKNOWN} for {@code null} and unknown values
   */
  public static FactorStatus parse(@org.jspecify.annotations.Nullable String value) {
    return Enums.parse(FactorStatus.class, value, UNKNOWN);
  }
}
