package dev.governance.okta;

import dev.governance.core.Secret;
import dev.governance.okta.catalog.OktaScope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.spi.AccessLevel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OktaCredentialsTest {

  private static final String TOKEN = "00aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789-_xy";
  private static final Path KEYS = Path.of("src/test/resources/keys");

  @Test
  void secretToStringIsMaskedAndRevealReturnsTheValue() {
    Secret secret = Secret.of(TOKEN);

    assertThat(secret).hasToString("****");
    assertThat(String.valueOf(secret)).doesNotContain(TOKEN);
    assertThat(secret.reveal()).isEqualTo(TOKEN);
    assertThat(secret.length()).isEqualTo(TOKEN.length());
    assertThat(secret).isEqualTo(Secret.of(TOKEN)).isNotEqualTo(Secret.of(TOKEN + "z"));
  }

  @Test
  void secretRedactsItselfFromQuotedText() {
    Secret secret = Secret.of(TOKEN);

    assertThat(secret.redact("Authorization: SSWS " + TOKEN + " was refused"))
        .isEqualTo("Authorization: SSWS **** was refused");
    assertThat(secret.redact(null)).isNull();
  }

  @Test
  void secretRefusesAnEmptyValue() {
    assertThatThrownBy(() -> Secret.of("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void apiTokenToStringShowsNoSecret() {
    OktaCredentials credentials = OktaCredentials.apiToken(Secret.of(TOKEN));

    assertThat(credentials.toString()).isEqualTo("ApiToken[token=****]").doesNotContain(TOKEN);
    assertThat(credentials.authorizationMode()).isEqualTo("SSWS");
  }

  @Test
  void apiTokenDropsAnSswsPrefixPastedFromAHeader() {
    OktaCredentials.ApiToken credentials = OktaCredentials.apiToken(Secret.of("SSWS " + TOKEN));

    assertThat(credentials.token().reveal()).isEqualTo(TOKEN);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "00abc def ghi jkl mno pqr stu",
        "\"00aBcDeFgHiJkLmNoPqRsTuVwXyZ\"",
        "short-token",
        "00aBcDeFgHiJkLmNoPqRsTuVwXyZ;drop",
      })
  void apiTokenRefusesValuesThatCannotBeTokensWithoutEchoingThem(String value) {
    assertThatThrownBy(() -> OktaCredentials.apiToken(Secret.of(value)))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("Paste the value shown once")
        .message()
        .doesNotContain(value)
        .doesNotContain(value.substring(0, 8));
  }

  @Test
  void apiTokenRefusesAnOAuthAccessTokenAndSaysWhatToUseInstead() {
    String accessToken = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIwb2EifQ.c2lnbmF0dXJl";

    assertThatThrownBy(() -> OktaCredentials.apiToken(Secret.of(accessToken)))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("OAuth access token")
        .hasMessageContaining("OktaCredentials.serviceApp()")
        .message()
        .doesNotContain(accessToken);
  }

  @Test
  void serviceAppToStringShowsClientIdKeyIdAndScopesButNotTheKey() throws Exception {
    OktaPrivateKey key = OktaPrivateKey.fromFile(KEYS.resolve("rsa-pkcs8.pem"));
    String pem = java.nio.file.Files.readString(KEYS.resolve("rsa-pkcs8.pem"));

    OktaCredentials.ServiceApp app =
        OktaCredentials.serviceApp()
            .clientId("0oa1b2c3d4e5f6g7h8i9")
            .privateKey(key)
            .keyId("kid-1")
            .scopes(OktaPermissions.scopesFor(AccessLevel.READ_ONLY))
            .build();

    assertThat(app.toString())
        .contains("0oa1b2c3d4e5f6g7h8i9", "kid-1", "okta.users.read", "RSA 2048 bits", "****")
        .doesNotContain(pem.lines().skip(1).findFirst().orElseThrow())
        .doesNotContain("BEGIN");
    assertThat(app.authorizationMode()).isEqualTo("PrivateKey");
    assertThat(app.scopeParameter())
        .isEqualTo("okta.users.read okta.groups.read okta.apps.read okta.roles.read");
  }

  @Test
  void serviceAppRequestsFactorScopeNamesAsTheUserScopesOktaReallyHas() {
    OktaCredentials.ServiceApp app =
        OktaCredentials.serviceApp()
            .clientId("0oa1")
            .privateKey(OktaPrivateKey.fromFile(KEYS.resolve("ec-p256-pkcs8.pem")))
            .scopeNames(List.of("okta.factors.read", "okta.groups.read"))
            .build();

    assertThat(app.scopes()).containsExactlyInAnyOrder(OktaScope.USERS_READ, OktaScope.GROUPS_READ);
    assertThat(app.keyId()).isEmpty();
  }

  @Test
  void serviceAppRefusesScopesThisSdkDoesNotUseAndListsTheOnesItDoes() {
    assertThatThrownBy(
            () -> OktaCredentials.serviceApp().scopeNames(List.of("okta.userTypes.read")))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("'okta.userTypes.read'")
        .hasMessageContaining("okta.users.read, okta.users.manage");
  }

  @Test
  void serviceAppBuildSaysWhichSettingIsMissing() {
    assertThatThrownBy(() -> OktaCredentials.serviceApp().build())
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("client id");
    assertThatThrownBy(() -> OktaCredentials.serviceApp().clientId("0oa1").build())
        .hasMessageContaining("No private key");
    assertThatThrownBy(
            () ->
                OktaCredentials.serviceApp()
                    .clientId("0oa1")
                    .privateKey(OktaPrivateKey.fromFile(KEYS.resolve("rsa-pkcs8.pem")))
                    .build())
        .hasMessageContaining("No scope");
    assertThatThrownBy(() -> OktaCredentials.serviceApp().clientId("0oa 1"))
        .hasMessageContaining("General tab");
    assertThatThrownBy(() -> OktaCredentials.serviceApp().keyId(" ")).hasMessageContaining("KID");
  }
}
