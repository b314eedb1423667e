package dev.governance.okta;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.internal.Quoted;
import dev.governance.okta.OktaOrg.Kind;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The parsing rules behind {@link OktaOrg.Parser}: one pass over the pasted text, with a message
 * for each way it can be wrong. Messages quote the host and the path, never user info, a query or a
 * fragment, which could hold a secret pasted by mistake, and quote them through {@link Quoted}:
 * escaped and shortened, so that no terminal escape or pasted megabyte is echoed back raw.
 */
final class OktaOrgText {

  private static final String EXAMPLE = "e.g. acme.okta.com";
  private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
  private static final Pattern SCHEME_TYPO = Pattern.compile("(?i)https?:(?!\\d)");
  /** The longest host name DNS allows (RFC 1035). */
  private static final int MAX_HOST = 253;
  private static final Pattern DIGITS = Pattern.compile("\\d{1,5}");
  /** A scheme without {@code //}, such as {@code javascript:} or {@code data:}; not a host:port. */
  private static final Pattern BARE_SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+-]*):(?![0-9/])");
  private static final String USE_HTTPS =
      "Okta is reached over https only. Use https://your-org.okta.com, e.g. https://acme.okta.com,"
          + " or just acme.okta.com.";
  private static final List<Kind> OKTA_KINDS =
      List.of(Kind.OKTA, Kind.OKTA_PREVIEW, Kind.OKTA_EMEA);

  /** Subdomains of Okta's domains that are Okta's own sites, never an org. */
  private static final Set<String> RESERVED =
      Set.of("www", "developer", "help", "support", "login", "status", "trust", "admin");

  private final Set<String> customDomains;
  private final boolean loopbackForTesting;

  OktaOrgText(Set<String> customDomains, boolean loopbackForTesting) {
    this.customDomains = customDomains;
    this.loopbackForTesting = loopbackForTesting;
  }

  OktaOrg parse(@Nullable String text) {
    if (text == null || text.isBlank()) {
      throw refuse(
          "The Okta domain is empty. Paste your org's domain, "
              + EXAMPLE
              + ", as shown under your name in the Admin Console's top-right menu.");
    }
    String input = text.strip();
    if (input.contains("{") || input.contains("}")) {
      throw refuse(
          "The Okta domain is still the placeholder {yourOktaDomain}. Replace it with your org's"
              + " domain, "
              + EXAMPLE
              + ".");
    }
    if (input.chars().anyMatch(Character::isWhitespace)) {
      throw refuse(
          "The Okta domain contains spaces. Paste the domain alone, " + EXAMPLE + ", on one line.");
    }
    checkCharacters(input, "The Okta domain");
    if (SCHEME_TYPO.matcher(input).lookingAt() && !input.contains("://")) {
      throw refuse(
          "The Okta domain's scheme is malformed (it needs '://'). Paste https://acme.okta.com or"
              + " just acme.okta.com.");
    }
    Matcher bare = BARE_SCHEME.matcher(input);
    if (bare.lookingAt() && !input.contains("://")
        && !OktaOrg.lower(bare.group(1)).equals("localhost")) {
      throw unsupportedScheme(bare.group(1));
    }
    String scheme = "https";
    boolean schemeGiven = false;
    String rest = input;
    int schemeEnd = input.indexOf("://");
    if (schemeEnd >= 0) {
      scheme = OktaOrg.lower(input.substring(0, schemeEnd));
      schemeGiven = true;
      rest = input.substring(schemeEnd + 3);
      if (!scheme.equals("https") && !scheme.equals("http")) {
        throw unsupportedScheme(input.substring(0, schemeEnd));
      }
    }
    int authorityEnd = firstOf(rest, "/?#");
    String authority = rest.substring(0, authorityEnd);
    String tail = rest.substring(authorityEnd);
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      throw refuse(
          "The Okta domain contains a user name or password before '@'. Paste only the domain, "
              + EXAMPLE
              + "; credentials go into OktaCredentials, never into the address.");
    }
    HostPort hostPort = hostAndPort(authority);
    String host = hostPort.host();
    Kind kind;
    if (isLoopback(host)) {
      if (!loopbackForTesting) {
        throw refuse(
            Quoted.quote(host)
                + " is a loopback address, which is only for testing against a fake tenant."
                + " Paste your org's domain, "
                + EXAMPLE
                + ", or, in a test, parse with OktaOrg.parser().allowLoopbackForTesting().");
      }
      kind = Kind.LOOPBACK;
      host = host.equals("localhost.") ? "localhost" : host;
    } else if (host.startsWith("[") || IPV4.matcher(host).matches()) {
      throw refuse(
          Quoted.quote(host)
              + " is an IP address, but Okta orgs are reached by name. Paste your org's domain, "
              + EXAMPLE
              + ".");
    } else {
      if (!schemeGiven && hostPort.port() == -1 && !host.contains(".")) {
        host = host + ".okta.com";
      }
      host = checkName(host);
      if (!host.contains(".")) {
        throw refuse(
            Quoted.quote(host)
                + " is not a full domain name. If it is your org's subdomain, paste https://"
                + host
                + ".okta.com, or just "
                + host
                + ".");
      }
      if (!customDomains.contains(host)) {
        host = withoutAdmin(host);
      }
      kind = classify(host);
    }
    String suggestion = "https://" + (kind == Kind.LOOPBACK ? authority : host);
    if (scheme.equals("http") && kind != Kind.LOOPBACK) {
      throw refuse(
          "The Okta domain uses http, but Okta accepts https only. Paste " + suggestion + ".");
    }
    int port = hostPort.port();
    if (kind != Kind.LOOPBACK) {
      if (port != -1 && port != 443) {
        throw refuse(
            "The Okta domain has port "
                + port
                + ", but Okta orgs answer on the https port only. Paste "
                + suggestion
                + ".");
      }
      port = -1;
    }
    checkTail(tail, input, suggestion);
    return new OktaOrg(
        scheme, host.startsWith("[") ? host.substring(1, host.length() - 1) : host, port, kind);
  }

  static String customDomainName(@Nullable String hostName) {
    if (hostName == null || hostName.isBlank()) {
      throw refuse(
          "The custom domain is empty. Give its host name, e.g. login.acme.com, without https://.");
    }
    checkCharacters(hostName.strip(), "The custom domain");
    String host = OktaOrg.lower(hostName.strip());
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    if (firstOf(host, ":/?#@") < host.length() || !host.contains(".")) {
      throw refuse(
          "The custom domain must be a plain host name such as login.acme.com: no scheme, port or"
              + " path, at least two labels.");
    }
    if (IPV4.matcher(host).matches()) {
      throw refuse("A custom domain is a name such as login.acme.com, not an IP address.");
    }
    for (Kind kind : OKTA_KINDS) {
      String domain = kind.oktaDomain().orElseThrow();
      if (host.equals(domain) || host.endsWith("." + domain)) {
        throw refuse(
            Quoted.quote(host)
                + " is an Okta domain, which is always accepted; allow only custom domains by"
                + " name.");
      }
    }
    return checkName(host);
  }

  private void checkTail(String tail, String input, String suggestion) {
    int query = tail.indexOf('?');
    int fragment = tail.indexOf('#');
    if (query >= 0 || fragment >= 0) {
      throw refuse(
          "The Okta domain has a "
              + (query >= 0 && (fragment < 0 || query < fragment)
                  ? "query ('?…')"
                  : "fragment ('#…')")
              + ". Paste only the domain: "
              + suggestion
              + ".");
    }
    String path = tail;
    if (path.isEmpty() || path.equals("/")) {
      return;
    }
    boolean adminConsole = OktaOrg.lower(input).contains("-admin.");
    if (adminConsole && (path.equals("/admin") || path.startsWith("/admin/"))) {
      return;
    }
    throw refuse(
        "The Okta domain has a path ("
            + Quoted.quote(path)
            + "). Paste only the domain, without a path: "
            + suggestion
            + ".");
  }

  private Kind classify(String host) {
    if (host.endsWith(".com.com")) {
      throw refuse(
          Quoted.quote(host)
              + " ends with .com.com, which looks like a typo. Paste your org's domain, "
              + EXAMPLE
              + ".");
    }
    for (Kind kind : OKTA_KINDS) {
      String domain = kind.oktaDomain().orElseThrow();
      if (host.equals(domain)) {
        throw refuse(
            Quoted.quote(host)
                + " is Okta's own domain, not an org. Paste your org's domain, "
                + EXAMPLE
                + ".");
      }
      if (host.endsWith("." + domain)) {
        String subdomain = host.substring(0, host.length() - domain.length() - 1);
        if (subdomain.contains(".")) {
          throw refuse(
              Quoted.quote(host)
                  + " has more than one label before "
                  + domain
                  + ". An org's domain has exactly one, "
                  + EXAMPLE
                  + ".");
        }
        if (RESERVED.contains(subdomain)) {
          throw refuse(
              Quoted.quote(host)
                  + " is one of Okta's own sites, not an org. Paste your org's domain, "
                  + EXAMPLE
                  + ".");
        }
        return kind;
      }
    }
    if (customDomains.contains(host)) {
      return Kind.CUSTOM_DOMAIN;
    }
    throw refuse(
        Quoted.quote(host)
            + " is not an Okta domain (*.okta.com, *.oktapreview.com, *.okta-emea.com). Paste your"
            + " org's Okta domain, "
            + EXAMPLE
            + ". If it is your org's custom domain, allow it by name: OktaOrg.parser()"
            + ".allowCustomDomain(\""
            + host
            + "\").");
  }

  private static String withoutAdmin(String host) {
    int dot = host.indexOf('.');
    String first = host.substring(0, dot);
    if (first.endsWith("-admin") && first.length() > "-admin".length()) {
      return first.substring(0, first.length() - "-admin".length()) + host.substring(dot);
    }
    return host;
  }

  private static String checkName(String hostName) {
    String host = hostName.endsWith(".") ? hostName.substring(0, hostName.length() - 1) : hostName;
    if (host.isEmpty()) {
      throw refuse("The Okta domain has no host name. Paste your org's domain, " + EXAMPLE + ".");
    }
    if (host.length() > MAX_HOST) {
      throw refuse("The Okta domain's host name is " + host.length() + " characters long, but a"
          + " host name has at most " + MAX_HOST + ". Paste your org's domain, " + EXAMPLE + ".");
    }
    for (String label : host.split("\\.", -1)) {
      if (!LABEL.matcher(label).matches()) {
        throw refuse(
            "The Okta domain is not a valid host name: each part between dots must be letters,"
                + " digits or inner hyphens (non-ASCII names are not supported). Paste your org's"
                + " domain, "
                + EXAMPLE
                + ".");
      }
    }
    return host;
  }

  private static HostPort hostAndPort(String authority) {
    String lower = OktaOrg.lower(authority);
    String host = lower;
    String port = null;
    if (lower.startsWith("[")) {
      int close = lower.indexOf(']');
      if (close < 0) {
        throw refuse(
            "The Okta domain has an unclosed '['. Paste your org's domain, " + EXAMPLE + ".");
      }
      host = lower.substring(0, close + 1);
      String after = lower.substring(close + 1);
      if (after.startsWith(":")) {
        port = after.substring(1);
      } else if (!after.isEmpty()) {
        throw refuse("The Okta domain is not a valid address. Paste your org's domain, " + EXAMPLE);
      }
    } else {
      int colon = lower.indexOf(':');
      if (colon >= 0) {
        host = lower.substring(0, colon);
        port = lower.substring(colon + 1);
      }
    }
    if (port == null) {
      return new HostPort(host, -1);
    }
    if (!DIGITS.matcher(port).matches()
        || Integer.parseInt(port) == 0
        || Integer.parseInt(port) > 65535) {
      throw refuse(
          "The Okta domain has an invalid port. Paste your org's domain without a port, "
              + EXAMPLE
              + ".");
    }
    return new HostPort(host, Integer.parseInt(port));
  }

  private static boolean isLoopback(String host) {
    return host.equals("localhost")
        || host.equals("localhost.")
        || host.equals("[::1]")
        || host.equals("[0:0:0:0:0:0:0:1]")
        || (IPV4.matcher(host).matches() && host.startsWith("127."));
  }

  private static int firstOf(String text, String characters) {
    for (int i = 0; i < text.length(); i++) {
      if (characters.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return text.length();
  }

  /**
   * Refuses control characters (terminal escapes, backspaces) and non-ASCII characters, which
   * would otherwise be folded: {@code toLowerCase} turns the Kelvin sign U+212A into {@code k}, so
   * {@code acme.o\u212Ata.com} would silently become another text than the one pasted.
   */
  private static void checkCharacters(String input, String what) {
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (c < 0x20 || c == 0x7F) {
        throw refuse(String.format(
            "%s contains the control character U+%04X at position %d (a terminal"
                + " escape, a backspace or a line break, never part of a domain). Paste the domain"
                + " alone, %s, typed or copied as plain text.",
            what, (int) c, i + 1, EXAMPLE));
      }
      if (c > 0x7E) {
        int code = input.codePointAt(i);
        throw refuse(String.format(
            "%s contains the non-ASCII character %s (U+%04X) at position %d: Okta"
                + " domains are plain ASCII letters, digits, hyphens and dots, and look-alike"
                + " characters are not folded. Type your org's domain again, %s.",
            what, Quoted.quote(new String(Character.toChars(code))), code, i + 1, EXAMPLE));
      }
    }
  }

  private static InvalidConfigurationException unsupportedScheme(String scheme) {
    return refuse("The Okta domain has the unsupported scheme " + Quoted.quote(OktaOrg.lower(scheme))
        + ". " + USE_HTTPS);
  }

  private static InvalidConfigurationException refuse(String message) {
    return new InvalidConfigurationException(OktaOrg.SETTING, message);
  }

  private record HostPort(String host, int port) {}
}
