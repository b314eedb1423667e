package dev.governance.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.internal.Quoted;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OktaOrgTest {

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          acme                                        | https://acme.okta.com       | OKTA
          ACME                                        | https://acme.okta.com       | OKTA
          '  acme  '                                  | https://acme.okta.com       | OKTA
          dev-123456                                  | https://dev-123456.okta.com | OKTA
          acme-admin                                  | https://acme.okta.com       | OKTA
          acme.okta.com                               | https://acme.okta.com       | OKTA
          acme.okta.com.                              | https://acme.okta.com       | OKTA
          Acme.Okta.Com                               | https://acme.okta.com       | OKTA
          acme.okta.com/                              | https://acme.okta.com       | OKTA
          acme.okta.com:443                           | https://acme.okta.com       | OKTA
          https://acme.okta.com                       | https://acme.okta.com       | OKTA
          https://acme.okta.com/                      | https://acme.okta.com       | OKTA
          HTTPS://ACME.OKTA.COM/                      | https://acme.okta.com       | OKTA
          https://acme.okta.com:443/                  | https://acme.okta.com       | OKTA
          https://acme-admin.okta.com                 | https://acme.okta.com       | OKTA
          https://acme-admin.okta.com/admin/dashboard | https://acme.okta.com       | OKTA
          https://acme-admin.okta.com/admin/users/    | https://acme.okta.com       | OKTA
          trial-1234567.okta.com                      | https://trial-1234567.okta.com | OKTA
          acme.oktapreview.com                        | https://acme.oktapreview.com | OKTA_PREVIEW
          https://acme-admin.oktapreview.com/admin/dashboard | https://acme.oktapreview.com | OKTA_PREVIEW
          acme.okta-emea.com                          | https://acme.okta-emea.com  | OKTA_EMEA
          https://acme-admin.okta-emea.com/           | https://acme.okta-emea.com  | OKTA_EMEA
          """)
  void acceptsWhatPeoplePasteAndNormalisesIt(String text, String baseUrl, OktaOrg.Kind kind) {
    OktaOrg org = OktaOrg.parse(text);

    assertThat(org.baseUrl()).isEqualTo(baseUrl).doesNotEndWith("/");
    assertThat(org.toString()).isEqualTo(baseUrl);
    assertThat(org.kind()).isEqualTo(kind);
    assertThat(org.isPlainHttp()).isFalse();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          http://acme.okta.com                  | https only                  | https://acme.okta.com
          ftp://acme.okta.com                   | https only                  | https://acme.okta.com
          https://admin:hunter2@acme.okta.com   | user name or password       | credentials go into OktaCredentials
          https://acme.okta.com/?token=abc      | query                       | https://acme.okta.com
          https://acme.okta.com/#/home          | fragment                    | https://acme.okta.com
          https://acme.okta.com/api/v1/users    | path ('/api/v1/users')      | https://acme.okta.com
          https://acme.okta.com/admin/dashboard | path ('/admin/dashboard')   | https://acme.okta.com
          https://acme.okta.com/app/UserHome    | path ('/app/UserHome')      | https://acme.okta.com
          https://acme.okta.com:8443            | port 8443                   | https://acme.okta.com
          10.0.0.5                              | IP address                  | acme.okta.com
          https://192.168.1.10/                 | IP address                  | acme.okta.com
          https://[2001:db8::1]/                | IP address                  | acme.okta.com
          http://127.0.0.1:8080                 | loopback address            | allowLoopbackForTesting()
          localhost:8080                        | loopback address            | allowLoopbackForTesting()
          https://[::1]:8443                    | loopback address            | allowLoopbackForTesting()
          https://login.acme.com                | not an Okta domain          | allowCustomDomain("login.acme.com")
          acme.example.org                      | not an Okta domain          | allowCustomDomain("acme.example.org")
          acme.okta.com.evil.net                | not an Okta domain          | acme.okta.com
          https://acme.auth0.com                | not an Okta domain          | acme.okta.com
          okta.com                              | Okta's own domain           | acme.okta.com
          https://www.okta.com                  | Okta's own sites            | acme.okta.com
          developer.okta.com                    | Okta's own sites            | acme.okta.com
          a.b.okta.com                          | more than one label         | acme.okta.com
          acme.okta.com.com                     | typo                        | acme.okta.com
          https://{yourOktaDomain}              | placeholder                 | acme.okta.com
          acme okta.com                         | spaces                      | acme.okta.com
          https://acme                          | not a full domain name      | https://acme.okta.com
          acme_corp.okta.com                    | not a valid host name       | acme.okta.com
          acmé.okta.com                         | non-ASCII                   | acme.okta.com
          -acme.okta.com                        | not a valid host name       | acme.okta.com
          acme.okta.com:99999                   | invalid port                | acme.okta.com
          https:/acme.okta.com                  | malformed                   | https://acme.okta.com
          https:acme.okta.com                   | malformed                   | https://acme.okta.com
          javascript:alert(1)                   | unsupported scheme 'javascript' | https://your-org.okta.com
          JavaScript:alert(document.cookie)     | unsupported scheme 'javascript' | https://your-org.okta.com
          data:text/html;base64,PHNjcmlwdD4=    | unsupported scheme 'data'   | https://your-org.okta.com
          vbscript:msgbox                       | unsupported scheme 'vbscript' | https://your-org.okta.com
          file:///etc/passwd                    | unsupported scheme 'file'   | https://your-org.okta.com
          ftp://acme.okta.com                   | unsupported scheme 'ftp'    | https://your-org.okta.com
          mailto:admin@acme.com                 | unsupported scheme 'mailto' | https://your-org.okta.com
          acme.okta.com:abc                     | invalid port                | acme.okta.com
          https://acme.okta.com:                | invalid port                | acme.okta.com
          """)
  void refusesWithAMessageThatSaysWhatToPasteInstead(String text, String problem, String advice) {
    assertThatThrownBy(() -> OktaOrg.parse(text))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining(problem)
        .hasMessageContaining(advice)
        .satisfies(
            e -> assertThat(((InvalidConfigurationException) e).setting()).isEqualTo("orgUrl"));
  }

  static Stream<Arguments> controlCharacters() {
    return Stream.of(
        Arguments.of("acme\u001B]0;pwned\u0007.okta.com", "U+001B at position 5"),
        Arguments.of("\u001B[2Jacme.okta.com", "U+001B at position 1"),
        Arguments.of("acme.okta.com\b\b\b", "U+0008 at position 14"),
        Arguments.of("https://acme.okta.com/\u001B[31mred", "U+001B at position 23"),
        Arguments.of("acme\u0000.okta.com", "U+0000 at position 5"),
        Arguments.of("acme\u007F.okta.com", "U+007F at position 5"));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("controlCharacters")
  void refusesControlCharactersAndNamesThemWithoutEchoingThem(String text, String where) {
    assertThatThrownBy(() -> OktaOrg.parse(text))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("control character " + where)
        .hasMessageContaining("e.g. acme.okta.com")
        .message()
        .doesNotContainPattern("\\p{Cntrl}");
  }

  static Stream<Arguments> nonAsciiHosts() {
    return Stream.of(
        // The Kelvin sign, which toLowerCase folds into an ASCII k.
        Arguments.of("acme.o\u212Ata.com", "U+212A", 7),
        Arguments.of("https://ACME.O\u212ATA.COM", "U+212A", 15),
        Arguments.of("\uFF41cme.okta.com", "U+FF41", 1),
        Arguments.of("acme.\u043Ekta.com", "U+043E", 6),
        Arguments.of("acme\u200B.okta.com", "U+200B", 5),
        Arguments.of("acme.okta.com\u202E", "U+202E", 14),
        Arguments.of("https://acme.okta.com/caf\u00E9", "U+00E9", 26));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("nonAsciiHosts")
  void refusesNonAsciiCharactersInsteadOfFoldingThem(String text, String code, int position) {
    assertThatThrownBy(() -> OktaOrg.parse(text))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("non-ASCII character")
        .hasMessageContaining("(" + code + ") at position " + position)
        .hasMessageContaining("e.g. acme.okta.com")
        .message()
        .doesNotContainPattern("[\\p{Cntrl}\\u202A-\\u202E\\u2066-\\u2069]");
  }

  @Test
  void neverFoldsAKelvinSignIntoAnOktaDomain() {
    assertThatThrownBy(() -> OktaOrg.parse("acme.o\u212Ata.com"))
        .isInstanceOf(InvalidConfigurationException.class);
    assertThatThrownBy(() -> OktaOrg.parser().allowCustomDomain("login.\u212Acme.com"))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("non-ASCII");
  }

  static Stream<String> hugeInputs() {
    String big = "x".repeat(50_000);
    return Stream.of(
        big,
        "https://acme.okta.com/" + big,
        "https://" + big + ".example.org",
        big + "://acme.okta.com",
        "acme." + "a.".repeat(25_000) + "example.org",
        "https://acme.okta.com/?" + big,
        "{" + big + "}");
  }

  @ParameterizedTest(name = "[{index}]")
  @MethodSource("hugeInputs")
  void neverEchoesAHugeInputWhole(String text) {
    assertThatThrownBy(() -> OktaOrg.parse(text))
        .isInstanceOf(InvalidConfigurationException.class)
        .message()
        .hasSizeLessThan(600)
        .doesNotContain("x".repeat(Quoted.MAX_SHOWN + 1));
  }

  @Test
  void quotesALongPathShortenedWithItsLength() {
    String path = "/" + "p".repeat(49_999);

    assertThatThrownBy(() -> OktaOrg.parse("https://acme.okta.com" + path))
        .hasMessageContaining("path ('/" + "p".repeat(Quoted.MAX_SHOWN - 1) + "… (50000 characters)')")
        .hasMessageContaining("https://acme.okta.com");
  }

  @Test
  void quotesAnUnsupportedSchemeEscapedAndShortened() {
    assertThatThrownBy(() -> OktaOrg.parse("x".repeat(500) + "://acme.okta.com"))
        .hasMessageContaining("unsupported scheme '" + "x".repeat(Quoted.MAX_SHOWN) + "… (500 characters)'");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t\n"})
  void refusesEmptyOrBlankInput(String text) {
    assertThatThrownBy(() -> OktaOrg.parse(text))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("empty")
        .hasMessageContaining("e.g. acme.okta.com");
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          http://127.0.0.1:8080         | http://127.0.0.1:8080
          http://127.0.0.1:8080/        | http://127.0.0.1:8080
          http://localhost:54321        | http://localhost:54321
          HTTP://LOCALHOST:54321/       | http://localhost:54321
          https://localhost:8443        | https://localhost:8443
          http://[::1]:9000             | http://[::1]:9000
          """)
  void acceptsLoopbackAddressesOnlyWhenAllowedForTesting(String text, String baseUrl) {
    OktaOrg org = OktaOrg.parser().allowLoopbackForTesting().parse(text);

    assertThat(org.baseUrl()).isEqualTo(baseUrl);
    assertThat(org.kind()).isEqualTo(OktaOrg.Kind.LOOPBACK);
    assertThat(org.isPlainHttp()).isEqualTo(baseUrl.startsWith("http:"));
    assertThat(org.uri().getPort()).isPositive();
  }

  @Test
  void loopbackAllowanceStillRefusesPathsAndHttpToRealHosts() {
    OktaOrg.Parser parser = OktaOrg.parser().allowLoopbackForTesting();

    assertThatThrownBy(() -> parser.parse("http://127.0.0.1:8080/api/v1/users"))
        .hasMessageContaining("path");
    assertThatThrownBy(() -> parser.parse("http://acme.okta.com"))
        .hasMessageContaining("https only");
  }

  @Test
  void acceptsCustomDomainsOnlyWhenAllowedByName() {
    OktaOrg.Parser parser = OktaOrg.parser().allowCustomDomain("Login.Acme.com");

    OktaOrg org = parser.parse("https://login.acme.com/");

    assertThat(org.baseUrl()).isEqualTo("https://login.acme.com");
    assertThat(org.kind()).isEqualTo(OktaOrg.Kind.CUSTOM_DOMAIN);
    assertThat(org.subdomain()).isEmpty();
    assertThat(parser.customDomains()).containsExactly("login.acme.com");
    assertThatThrownBy(() -> parser.parse("https://sso.acme.com"))
        .hasMessageContaining("allowCustomDomain(\"sso.acme.com\")");
    assertThat(parser.parse("acme").baseUrl()).isEqualTo("https://acme.okta.com");
    assertThat(
            OktaOrg.parser()
                .allowCustomDomain("sso-admin.acme.com")
                .parse("sso-admin.acme.com")
                .host())
        .isEqualTo("sso-admin.acme.com");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "https://login.acme.com", "login", "10.1.2.3", "acme.okta.com"})
  void refusesCustomDomainsThatAreNotPlainHostNames(String hostName) {
    assertThatThrownBy(() -> OktaOrg.parser().allowCustomDomain(hostName))
        .isInstanceOf(InvalidConfigurationException.class);
  }

  @Test
  void neverQuotesUserInfoQueriesOrFragmentsWhichMayHoldSecrets() {
    assertThatThrownBy(() -> OktaOrg.parse("https://admin:s3cr3t-pass@acme.okta.com"))
        .message()
        .doesNotContain("s3cr3t-pass")
        .doesNotContain("admin:");
    assertThatThrownBy(() -> OktaOrg.parse("https://acme.okta.com/?token=00abcdefSECRET"))
        .message()
        .doesNotContain("00abcdefSECRET");
    assertThatThrownBy(() -> OktaOrg.parse("https://acme.okta.com/#access_token=eyJSECRET"))
        .message()
        .doesNotContain("eyJSECRET");
  }

  @Test
  void exposesSubdomainTokenUrlAndValueEquality() {
    OktaOrg org = OktaOrg.parse("https://acme-admin.oktapreview.com/admin/dashboard");

    assertThat(org.subdomain()).contains("acme");
    assertThat(org.host()).isEqualTo("acme.oktapreview.com");
    assertThat(org.tokenUrl()).isEqualTo("https://acme.oktapreview.com/oauth2/v1/token");
    assertThat(org)
        .isEqualTo(OktaOrg.parse("acme.oktapreview.com"))
        .hasSameHashCodeAs(OktaOrg.parse("acme.oktapreview.com"))
        .isNotEqualTo(OktaOrg.parse("acme.okta.com"));
  }
}
