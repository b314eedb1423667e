package dev.governance.testkit.okta;

/**
 * Okta's application sign-on modes, as the fake tenant writes them in an app's {@code signOnMode}
 * field, with the app {@code name} Okta gives custom apps of each mode. The neutral category the
 * connector maps them to is {@link dev.governance.core.model.AppProtocol}.
 *
 * @since 0.1
 */
public enum OktaSignOnMode {
  /** Secure web authentication. */
  AUTO_LOGIN("template_swa"),
  /** Basic authentication. */
  BASIC_AUTH("template_basic_auth"),
  /** A bookmark. */
  BOOKMARK("bookmark"),
  /** SWA through the browser plugin. */
  BROWSER_PLUGIN("template_swa3field"),
  /** OpenID Connect or OAuth 2.0 client. */
  OPENID_CONNECT("oidc_client"),
  /** SAML 1.1. */
  SAML_1_1("template_saml_1_1"),
  /** SAML 2.0. */
  SAML_2_0("saml_2_0_app"),
  /** SWA via POST. */
  SECURE_PASSWORD_STORE("template_sps"),
  /** WS-Federation. */
  WS_FEDERATION("template_wsfed");

  private final String appName;

  OktaSignOnMode(String appName) {
    this.appName = appName;
  }

  /**
   * The app {@code name} for a custom app of this mode.
   *
   * @return the name
   */
  public String appName() {
    return appName;
  }
}
