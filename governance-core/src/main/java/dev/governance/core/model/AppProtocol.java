package dev.governance.core.model;

/**
 * How identities sign in to an {@link Application}, in terms every provider can fill. The
 * connector decides the category from the provider's sign-on mode, which {@link
 * Application#signOnMode()} keeps.
 *
 * @since 0.2
 */
public enum AppProtocol {
  /** SAML 1.1 or 2.0 federation. */
  SAML,
  /** OpenID Connect or an OAuth 2.0 client, including service applications. */
  OPENID_CONNECT,
  /** WS-Federation. */
  WS_FEDERATION,
  /** The provider stores and replays a password (form fill, browser plugin, HTTP basic). */
  PASSWORD_VAULT,
  /** A link to the application, without sign-on. */
  BOOKMARK,
  /** A sign-on the provider describes but that fits none of the other categories. */
  OTHER,
  /** The connector did not say, or the provider sent a mode it does not know. */
  UNKNOWN;

  /**
   * Maps a category's name as the snapshot JSON and the CSV write it, ignoring case.
   *
   * @param name the name, or {@code null}
   * @return the matching constant, or {@link #UNKNOWN} for {@code null} and unknown names
   */
  public static AppProtocol parse(@org.jspecify.annotations.Nullable String name) {
    return Enums.parse(AppProtocol.class, name, UNKNOWN);
  }
}
