package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.governance.core.spi.ConnectorSettings;
import dev.governance.okta.OktaConnectorProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code governance connectors} lists providers' settings; {@code --setting} reaches the connector. */
class ConnectorSettingsCommandsTest {

  private static final ConnectorSettings OKTA = new OktaConnectorProvider().settings();

  @Test
  void connectorsListsEachProviderWithItsSettingsTable() {
    Run run = Run.of("connectors");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("okta  (Okta)").contains("in-memory  (In-memory reference connector)")
        .contains("scim  (SCIM 2.0)")
        .contains("SETTING").contains("TYPE").contains("DEFAULT").contains("SECRET REF").contains("DESCRIPTION");
    assertThat(run.out().lines().filter(l -> l.matches("\\s+concurrency\\s+integer\\s+8\\s+no\\s+.*")))
        .hasSize(1);
    assertThat(run.out().lines().filter(l -> l.matches("\\s+tokenEnv\\s+string\\s+-\\s+yes\\s+.*API token"))).hasSize(1);
    assertThat(run.out().lines().filter(l -> l.matches("\\s+org \\(or tenant\\)\\s+string\\s+.*"))).hasSize(1);
  }

  @Test
  void connectorsOfOneProviderListsEveryOneOfItsSettingsAndNoOtherProvider() {
    Run run = Run.of("connectors", "okta");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("in-memory");
    // the header and one line per setting
    assertThat(run.out().lines().filter(l -> l.startsWith("  "))).hasSize(OKTA.settings().size() + 1);
    OKTA.settings().forEach(s -> assertThat(run.out()).contains("  " + s.name() + " "));
  }

  @Test
  void connectorsPrintsJsonForScripts() throws Exception {
    Run run = Run.of("connectors", "okta", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode okta = new ObjectMapper().readTree(run.out()).get(0);
    assertThat(okta.path("id").asText()).isEqualTo("okta");
    assertThat(okta.path("settings")).hasSize(OKTA.settings().size());
    JsonNode factors = okta.path("settings").findParents("name").stream()
        .filter(s -> s.path("name").asText().equals("factors")).findFirst().orElseThrow();
    assertThat(factors.path("default").asText()).isEqualTo("admins");
    assertThat(factors.path("type").asText()).isEqualTo("one of admins, everyone");
    JsonNode org = okta.path("settings").get(0);
    assertThat(org.path("aliases").get(0).asText()).isEqualTo("tenant");
    assertThat(org.has("default")).isFalse();
  }

  @Test
  void anUnknownProviderIsAUsageErrorThatListsTheKnownOnes() {
    Run run = Run.of("connectors", "okt\u001B[2J");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().strip()).contains("'okt\\u001B[2J'").contains("okta, scim, in-memory")
        .doesNotContainPattern("\\p{Cntrl}");
  }

  @Test
  void everySettingTheCommandLineSetsIsOneTheOktaProviderDescribes() {
    assertThat(OktaOptions.OPTION_OF_SETTING.keySet())
        .allSatisfy(name -> assertThat(OKTA.find(name)).as(name).isPresent());
  }

  @Test
  void aSettingReachesTheOktaConnector(@TempDir Path dir) throws Exception {
    Run admins = Run.of("scan", "--demo", "--no-progress", "--json", "--out", dir.resolve("a").toString());
    Run everyone = Run.of("scan", "--demo", "--no-progress", "--json", "--out", dir.resolve("e").toString(),
        "--setting", "factors=everyone");

    assertThat(admins.exitCode()).as(admins.err()).isZero();
    assertThat(everyone.exitCode()).as(everyone.err()).isZero();
    int adminCalls = new ObjectMapper().readTree(admins.out()).path("apiCalls").asInt();
    int everyoneCalls = new ObjectMapper().readTree(everyone.out()).path("apiCalls").asInt();
    assertThat(everyoneCalls).as("factors=everyone reads every user's factors").isGreaterThan(adminCalls);
  }

  @Test
  void aSettingOutOfRangeIsAUsageErrorInOneLineNamingItAndTheRange() {
    Run run = Run.of("check", "--demo", "--setting", "concurrency=100");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().strip()).doesNotContain("\n")
        .contains("'concurrency'").contains("'100'").contains("between 1 and 75");
  }

  @Test
  void severalBadSettingsAreReportedTogether() {
    Run run = Run.of("check", "--demo", "--setting", "concurency=4", "--setting", "readTimeout=soon");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("2 problems").contains("did you mean 'concurrency'?").contains("was 'soon'");
  }

  @Test
  void aSettingThatRepeatsAnOptionIsRefused() {
    Run run = Run.of("check", "--org", "https://acme.okta.com", "--token-env", "A", "--setting", "tokenEnv=B");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("repeats --token-env");
  }

  @Test
  void integrationsAddRefusesABadSettingAndStoresNothing(@TempDir Path home) {
    Run run = Run.of("integrations", "add", "--home", home.toString(), "--org", "https://acme.okta.com",
        "--token-env", "ACME_TOKEN", "--owner", "alice@example.com", "--setting", "factors=all");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("'factors' must be one of admins, everyone, was 'all'");
    assertThat(Files.exists(home.resolve("integrations.json"))).isFalse();
  }

  @Test
  void integrationsAddStoresTheSettingsGiven(@TempDir Path home) throws Exception {
    Run add = Run.of("integrations", "add", "--home", home.toString(), "--org", "https://acme.okta.com",
        "--token-env", "ACME_TOKEN", "--owner", "alice@example.com", "--setting", "factors=everyone");

    assertThat(add.exitCode()).as(add.err()).isZero();
    assertThat(Files.readString(home.resolve("integrations.json"))).contains("factors").contains("everyone");
  }

  @Test
  void integrationsAddWithTwoPlacesForTheSecretIsRefused(@TempDir Path home) {
    Run run = Run.of("integrations", "add", "--home", home.toString(), "--org", "https://acme.okta.com",
        "--token-env", "ACME_TOKEN", "--token-file", "token", "--owner", "alice@example.com");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("one place for the secret");
  }
}
