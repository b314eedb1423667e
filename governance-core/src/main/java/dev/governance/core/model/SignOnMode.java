package dev.governance.core.model;

/**
 * How users sign in to an {@link Application}.
 *
 * @since 0.1
 */
public enum SignOnMode {
  /** Secure web authentication (password vaulting). */
  AUTO_LOGIN,
  /** HTTP basic authentication. */
  BASIC_AUTH,
  /** A link, no sign-on. */
  BOOKMARK,
  /** Secure web authentication through a browser plugin. */
  BROWSER_PLUGIN,
  /** OpenID Connect or OAuth 2.0 client. */
  OPENID_CONNECT,
  /** SAML 1.1. */
  SAML_1_1,
  /** SAML 2.0. */
  SAML_2_0,
  /** Secure web authentication through a form post. */
  SECURE_PASSWORD_STORE,
  /** WS-Federation. */
  WS_FEDERATION,
  /** A value this version does not know; the provider's raw value is not kept. */
  UNKNOWN;

  /**
   * Maps a provider's value, ignoring case and treating {@code -}, {@code :} and spaces as
   * {@code _}.
   *
   * @param value the provider's value, or {@code null}
   * @return the matching constant, or {@link #UNKNOWN} for {@code null} and unknown values
   */
  public static SignOnMode parse(@org.jspecify.annotations.Nullable String value) {
    return Enums.parse(SignOnMode.class, value, UNKNOWN);
  }
}
