package dev.governance.okta;

import dev.governance.core.InvalidConfigurationException;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * An Okta org's address, parsed from what people paste and normalised to the form the Okta SDK
 * needs: {@code https://acme.okta.com}, with no trailing slash and no path.
 *
 * <p>{@link #parse(String)} accepts a subdomain ({@code acme}), a domain ({@code acme.okta.com},
 * {@code acme.oktapreview.com}, {@code acme.okta-emea.com}), an https URL with or without a
 * trailing slash, and an Admin Console URL ({@code https://acme-admin.okta.com/admin/dashboard},
 * from which {@code -admin} and the path are dropped). Everything else is refused with an {@link
 * InvalidConfigurationException} whose message says what to paste instead. Custom domains and
 * loopback addresses (for a fake tenant in tests) are accepted only when the caller allows them
 * explicitly through {@link #parser()}:
 *
 * <pre>{@code
 * OktaOrg org = OktaOrg.parse("https://acme-admin.okta.com/admin/dashboard");
 * org.baseUrl();                                   // "https://acme.okta.com"
 * OktaOrg custom = OktaOrg.parser().allowCustomDomain("login.acme.com").parse("login.acme.com");
 * OktaOrg fake = OktaOrg.parser().allowLoopbackForTesting().parse("http://127.0.0.1:8080");
 * }</pre>
 *
 * <p>Instances are immutable; two orgs are equal when their base URLs are equal.
 *
 * @since 0.1
 */
public final class OktaOrg {

  /** The name of the input in error messages. */
  static final String SETTING = "orgUrl";

  /** Which kind of address an org has. */
  public enum Kind {
    /** A production org on {@code okta.com}. */
    OKTA("okta.com"),
    /** A preview (sandbox) org on {@code oktapreview.com}. */
    OKTA_PREVIEW("oktapreview.com"),
    /** An org in the EMEA cell, on {@code okta-emea.com}. */
    OKTA_EMEA("okta-emea.com"),
    /** A custom domain that the caller allowed by name. */
    CUSTOM_DOMAIN(null),
    /** A loopback address, allowed for tests against a fake tenant only. */
    LOOPBACK(null);

    private final @Nullable String domain;

    Kind(@Nullable String domain) {
      this.domain = domain;
    }

    /**
     * Returns the Okta domain that orgs of this kind live under.
     *
     * @return e.g. {@code okta.com}; empty for custom domains and loopback addresses
     */
    public Optional<String> oktaDomain() {
      return Optional.ofNullable(domain);
    }
  }

  private final String scheme;
  private final String host;
  private final int port;
  private final Kind kind;

  OktaOrg(String scheme, String host, int port, Kind kind) {
    this.scheme = scheme;
    this.host = host;
    this.port = port;
    this.kind = kind;
  }

  /**
   * Parses what a user pasted as their Okta domain, accepting only Okta's own domains.
   *
   * @param text e.g. {@code acme}, {@code acme.okta.com} or {@code https://acme.okta.com/}
   * @return the org
   * @throws InvalidConfigurationException if the text is not an Okta org's address; the message
   *     says what to paste instead
   */
  public static OktaOrg parse(@Nullable String text) {
    return parser().parse(text);
  }

  /**
   * Returns a parser that accepts Okta's own domains only; allow more with its methods.
   *
   * @return the strict parser
   */
  public static Parser parser() {
    return new Parser(Set.of(), false);
  }

  /**
   * Returns the URL that API paths are appended to, with no trailing slash.
   *
   * @return e.g. {@code https://acme.okta.com} or {@code http://127.0.0.1:8080}
   */
  public String baseUrl() {
    String shownHost = host.contains(":") ? "[" + host + "]" : host;
    return scheme + "://" + shownHost + (port == -1 ? "" : ":" + port);
  }

  /**
   * Returns the base URL as a URI.
   *
   * @return the URI, with an empty path
   */
  public URI uri() {
    return URI.create(baseUrl());
  }

  /**
   * Returns the URL of the org authorization server's token endpoint, which OAuth service apps
   * call.
   *
   * @return e.g. {@code https://acme.okta.com/oauth2/v1/token}
   */
  public String tokenUrl() {
    return baseUrl() + "/oauth2/v1/token";
  }

  /**
   * Returns the host name, lower-case, without {@code -admin}.
   *
   * @return e.g. {@code acme.okta.com}
   */
  public String host() {
    return host;
  }

  /**
   * Returns the kind of address.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the org's subdomain on an Okta domain.
   *
   * @return e.g. {@code acme}; empty for custom domains and loopback addresses
   */
  public Optional<String> subdomain() {
    return kind.oktaDomain().map(domain -> host.substring(0, host.length() - domain.length() - 1));
  }

  /**
   * Tells whether requests go over plain http, which Okta never accepts: true only for a loopback
   * address that a test allowed. The Okta SDK then needs its https check disabled.
   *
   * @return {@code true} for {@code http://} loopback addresses
   */
  public boolean isPlainHttp() {
    return scheme.equals("http");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OktaOrg that && baseUrl().equals(that.baseUrl());
  }

  @Override
  public int hashCode() {
    return baseUrl().hashCode();
  }

  /**
   * Returns the base URL, without trailing slash.
   *
   * @return the same as {@link #baseUrl()}
   */
  @Override
  public String toString() {
    return baseUrl();
  }

  /**
   * Parses Okta domains, with the exceptions a caller allows by name. Immutable: each {@code
   * allow…} method returns a new parser.
   *
   * @since 0.1
   */
  public static final class Parser {

    private final Set<String> customDomains;
    private final boolean loopbackForTesting;

    private Parser(Set<String> customDomains, boolean loopbackForTesting) {
      this.customDomains = Set.copyOf(customDomains);
      this.loopbackForTesting = loopbackForTesting;
    }

    /**
     * Returns a parser that also accepts one custom domain, such as {@code login.acme.com}.
     *
     * @param hostName the custom domain's host name, without scheme or path
     * @return a new parser
     * @throws InvalidConfigurationException if {@code hostName} is not a plain host name
     */
    public Parser allowCustomDomain(@Nullable String hostName) {
      String normalised = OktaOrgText.customDomainName(hostName);
      Set<String> domains = new TreeSet<>(customDomains);
      domains.add(normalised);
      return new Parser(domains, loopbackForTesting);
    }

    /**
     * Returns a parser that also accepts loopback addresses ({@code localhost}, {@code 127.0.0.1},
     * {@code [::1]}) with any port, over http or https: the address of a fake tenant in tests.
     * Never use it for a real org.
     *
     * @return a new parser
     */
    public Parser allowLoopbackForTesting() {
      return new Parser(customDomains, true);
    }

    /**
     * Returns the custom domains this parser accepts.
     *
     * @return lower-case host names, possibly empty
     */
    public Set<String> customDomains() {
      return customDomains;
    }

    /**
     * Tells whether loopback addresses are accepted.
     *
     * @return {@code true} after {@link #allowLoopbackForTesting()}
     */
    public boolean allowsLoopbackForTesting() {
      return loopbackForTesting;
    }

    /**
     * Parses what a user pasted as their Okta domain.
     *
     * @param text the pasted text
     * @return the org
     * @throws InvalidConfigurationException if the text is not accepted; the message says what to
     *     paste instead
     */
    public OktaOrg parse(@Nullable String text) {
      return new OktaOrgText(customDomains, loopbackForTesting).parse(text);
    }

    @Override
    public String toString() {
      return "OktaOrg.Parser[customDomains="
          + customDomains
          + ", loopbackForTesting="
          + loopbackForTesting
          + "]";
    }
  }

  static String lower(String text) {
    return Objects.requireNonNull(text).toLowerCase(Locale.ROOT);
  }
}
