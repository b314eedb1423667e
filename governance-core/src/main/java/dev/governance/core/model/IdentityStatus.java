package dev.governance.core.model;

/**
 * The lifecycle status of an {@link Identity}.
 *
 * @since 0.1
 */
public enum IdentityStatus {
  /** Created but not activated. */
  STAGED,
  /** Activated, waiting for the user to set credentials. */
  PROVISIONED,
  /** Can sign in. */
  ACTIVE,
  /** In password recovery. */
  RECOVERY,
  /** Locked after failed sign-ins. */
  LOCKED_OUT,
  /** Must change the password at the next sign-in. */
  PASSWORD_EXPIRED,
  /** Temporarily cannot sign in; keeps assignments. */
  SUSPENDED,
  /** Deactivated; cannot sign in. */
  DEPROVISIONED,
  /** A value this version does not know; the provider's raw value is not kept. */
  UNKNOWN;

  /**
   * Maps a provider's value, ignoring case and treating {@code -}, {@code :} and spaces as
   * {@code _}.
   *
   * @param value the provider's value, or {@code null}
   * @return the matching constant, or {@link #UNKNOWN} for {@code null} and unknown values
   */
  public static IdentityStatus parse(@org.jspecify.annotations.Nullable String value) {
    return Enums.parse(IdentityStatus.class, value, UNKNOWN);
  }
}
