package dev.governance.core.model;

/**
 * The type of an {@link AuthFactor}.
 *
 * @since 0.1
 */
public enum FactorType {
  /** Voice call. */
  CALL,
  /** Email code. */
  EMAIL,
  /** Push notification to a verifier app. */
  PUSH,
  /** Security question. */
  QUESTION,
  /** Device-bound credential (Okta FastPass). */
  SIGNED_NONCE,
  /** Text message code. */
  SMS,
  /** Hardware or software token. */
  TOKEN,
  /** Hardware token. */
  TOKEN_HARDWARE,
  /** HMAC-based one-time password token. */
  TOKEN_HOTP,
  /** Time-based one-time password app. */
  TOKEN_SOFTWARE_TOTP,
  /** U2F security key. */
  U2F,
  /** Web factor (e.g. Duo). */
  WEB,
  /** WebAuthn security key or platform authenticator. */
  WEBAUTHN,
  /** A value this version does not know; the provider's raw value is not kept. */
  UNKNOWN;

  /**
   * Maps a provider's value, ignoring case and treating {@code -}, {@code :} and spaces as
   * {@code _}.
   *
   * @param value the provider's value, or {@code null}
   * @return the matching constant, or {@link #UNKNOWN} for {@code null} and unknown values
   */
  public static FactorType parse(@org.jspecify.annotations.Nullable String value) {
    return Enums.parse(FactorType.class, value, UNKNOWN);
  }
}
