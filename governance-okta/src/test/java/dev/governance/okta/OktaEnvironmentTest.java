package dev.governance.okta;

import dev.governance.core.Secret;
import dev.governance.okta.catalog.OktaScope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.InvalidConfigurationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OktaEnvironmentTest {

  private static final String TOKEN = "00aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789-_xy";
  private static final Path KEYS = Path.of("src/test/resources/keys").toAbsolutePath();

  @TempDir Path home;

  @Test
  void readsAnApiTokenFromEnvironmentVariables() {
    OktaEnvironment.Settings settings =
        OktaEnvironment.of(
                Map.of("OKTA_CLIENT_ORGURL", "https://acme.okta.com/", "OKTA_CLIENT_TOKEN", TOKEN),
                home)
            .read();

    assertThat(settings.org().baseUrl()).isEqualTo("https://acme.okta.com");
    assertThat(settings.credentials()).isEqualTo(OktaCredentials.apiToken(Secret.of(TOKEN)));
    assertThat(settings.sources())
        .containsEntry("orgUrl", "OKTA_CLIENT_ORGURL")
        .containsEntry("token", "OKTA_CLIENT_TOKEN");
    assertThat(settings.toString()).doesNotContain(TOKEN);
  }

  @Test
  void readsAServiceAppFromOktaYamlWithAKeyFilePath() throws Exception {
    writeYaml(
        """
        okta:
          client:
            orgUrl: https://acme-admin.oktapreview.com/admin/dashboard
            authorizationMode: PrivateKey
            clientId: 0oa1b2c3d4e5f6g7h8i9
            kid: kid-1
            scopes:
              - okta.users.read
              - okta.groups.read
            privateKey: %s
        """
            .formatted(KEYS.resolve("rsa-pkcs1.pem")));

    OktaEnvironment.Settings settings = OktaEnvironment.of(Map.of(), home).read();

    assertThat(settings.org().baseUrl()).isEqualTo("https://acme.oktapreview.com");
    OktaCredentials.ServiceApp app = (OktaCredentials.ServiceApp) settings.credentials();
    assertThat(app.clientId()).isEqualTo("0oa1b2c3d4e5f6g7h8i9");
    assertThat(app.keyId()).contains("kid-1");
    assertThat(app.scopes()).containsExactlyInAnyOrder(OktaScope.USERS_READ, OktaScope.GROUPS_READ);
    assertThat(app.privateKey().algorithm()).isEqualTo("RSA");
    assertThat(settings.sources().get("clientId")).contains("okta.yaml");
  }

  @Test
  void environmentVariablesWinOverOktaYamlAndPemTextIsAccepted() throws Exception {
    writeYaml(
        """
        okta:
          client:
            orgUrl: https://other.okta.com
            token: %s
        """
            .formatted(TOKEN));
    String pem = Files.readString(KEYS.resolve("ec-p256-sec1.pem"));

    OktaEnvironment.Settings settings =
        OktaEnvironment.of(
                Map.of(
                    "OKTA_CLIENT_ORGURL", "acme",
                    "OKTA_CLIENT_AUTHORIZATIONMODE", "PrivateKey",
                    "OKTA_CLIENT_CLIENTID", "0oa1",
                    "OKTA_CLIENT_SCOPES", "okta.users.read,okta.factors.read okta.apps.read",
                    "OKTA_CLIENT_PRIVATEKEY", pem),
                home)
            .read();

    assertThat(settings.org().baseUrl()).isEqualTo("https://acme.okta.com");
    OktaCredentials.ServiceApp app = (OktaCredentials.ServiceApp) settings.credentials();
    assertThat(app.privateKey().algorithm()).isEqualTo("EC");
    assertThat(app.scopes()).containsExactlyInAnyOrder(OktaScope.USERS_READ, OktaScope.APPS_READ);
    assertThat(settings.toString())
        .doesNotContain(pem.lines().skip(1).findFirst().orElseThrow())
        .contains("EC 256 bits");
  }

  @Test
  void missingSettingsNameBothPlacesToSetThem() {
    assertThatThrownBy(() -> OktaEnvironment.of(Map.of(), home).read())
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("OKTA_CLIENT_ORGURL")
        .hasMessageContaining("okta.client.orgUrl in " + home.resolve(".okta/okta.yaml"));
    assertThatThrownBy(() -> OktaEnvironment.of(Map.of("OKTA_CLIENT_ORGURL", "acme"), home).read())
        .hasMessageContaining("OKTA_CLIENT_TOKEN")
        .hasMessageContaining("OKTA_CLIENT_AUTHORIZATIONMODE=PrivateKey");
  }

  @Test
  void wrongValuesSayWhereTheyCameFromWithoutShowingSecrets() {
    assertThatThrownBy(
            () ->
                OktaEnvironment.of(
                        Map.of(
                            "OKTA_CLIENT_ORGURL",
                            "http://acme.okta.com",
                            "OKTA_CLIENT_TOKEN",
                            TOKEN),
                        home)
                    .read())
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageStartingWith("OKTA_CLIENT_ORGURL: ")
        .hasMessageContaining("https://acme.okta.com");
    String badToken = "not a token " + TOKEN;
    assertThatThrownBy(
            () ->
                OktaEnvironment.of(
                        Map.of("OKTA_CLIENT_ORGURL", "acme", "OKTA_CLIENT_TOKEN", badToken), home)
                    .read())
        .hasMessageStartingWith("OKTA_CLIENT_TOKEN: ")
        .message()
        .doesNotContain(TOKEN);
    assertThatThrownBy(
            () ->
                OktaEnvironment.of(
                        Map.of(
                            "OKTA_CLIENT_ORGURL", "acme", "OKTA_CLIENT_AUTHORIZATIONMODE", "NONE"),
                        home)
                    .read())
        .hasMessageContaining("Set it to SSWS (an API token) or PrivateKey (a service app)");
  }

  @Test
  void loopbackNeedsAnExplicitParserEvenFromTheEnvironment() {
    Map<String, String> env =
        Map.of(
            "OKTA_CLIENT_ORGURL",
            "http://127.0.0.1:8080",
            "OKTA_CLIENT_TOKEN",
            TOKEN,
            "OKTA_TESTING_DISABLEHTTPSCHECK",
            "true");

    assertThatThrownBy(() -> OktaEnvironment.of(env, home).read())
        .hasMessageContaining("allowLoopbackForTesting");
    assertThat(
            OktaEnvironment.of(env, home)
                .withOrgParser(OktaOrg.parser().allowLoopbackForTesting())
                .read()
                .org()
                .baseUrl())
        .isEqualTo("http://127.0.0.1:8080");
  }

  @Test
  void brokenYamlIsReportedWithItsLineButNotItsContent() throws Exception {
    writeYaml("okta:\n  client:\n    token: " + TOKEN + "\n   bad: [\n");

    assertThatThrownBy(() -> OktaEnvironment.of(Map.of(), home).read())
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("is not valid YAML")
        .message()
        .doesNotContain(TOKEN);
  }

  private void writeYaml(String yaml) throws Exception {
    Path dir = Files.createDirectories(home.resolve(".okta"));
    Files.writeString(dir.resolve("okta.yaml"), yaml, StandardCharsets.UTF_8);
  }
}
