package dev.governance.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.InvalidConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
          """)
  void refusesWithAMessageThatSaysWhatToPasteInstead(String text, String problem, String advice) {
    assertThatThrownBy(() -> OktaOrg.parse(text))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining(problem)
        .hasMessageContaining(advice)
        .satisfies(
            e -> assertThat(((InvalidConfigurationException) e).setting()).isEqualTo("orgUrl"));
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
