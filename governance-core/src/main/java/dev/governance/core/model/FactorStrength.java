package dev.governance.core.model;

/**
 * What kind of proof an {@link AuthFactor} gives, from strongest to weakest, in terms every
 * provider can fill. The connector decides the class from the provider's factor type, which {@link
 * AuthFactor#rawType()} keeps.
 *
 * @since 0.2
 */
public enum FactorStrength {
  /** Bound to the site's origin, so a phishing page cannot relay it: FIDO2/WebAuthn, U2F. */
  PHISHING_RESISTANT,
  /** A key held by an enrolled device and checked by the provider (e.g. a device-bound verifier). */
  DEVICE_BOUND,
  /** An approval pushed to an enrolled app. */
  PUSH,
  /** A one-time code from an app or a hardware token (TOTP, HOTP). */
  OTP,
  /** A code sent over another channel: text message, voice call or email. */
  OUT_OF_BAND,
  /** Something the user knows, such as a security question. */
  KNOWLEDGE,
  /** The connector did not say, or the provider sent a factor type it does not know. */
  UNKNOWN;

  /**
   * Maps a category's name as the snapshot JSON and the CSV write it, ignoring case.
   *
   * @param name the name, or {@code null}
   * @return the matching constant, or {@link #UNKNOWN} for {@code null} and unknown names
   */
  public static FactorStrength parse(@org.jspecify.annotations.Nullable String name) {
    return Enums.parse(FactorStrength.class, name, UNKNOWN);
  }
}
