package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.testkit.okta.FakeOktaTenant;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandErrorsTest {

  @Test
  void scanWithoutAnOrgIsAUsageErrorInOneLineThatSaysWhatToDo() {
    Run run = Run.of("scan", "--no-progress");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().strip()).doesNotContain("\n").startsWith("error: ").contains("--org").contains("--demo");
  }

  @Test
  void aLoopbackOrgWithoutAllowLoopbackPointsToTheOption() {
    Run run = Run.of("check", "--org", "http://127.0.0.1:8089", "--token-env", "GOVERNANCE_NO_SUCH_VARIABLE");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--allow-loopback");
  }

  @Test
  void anOrgThatIsNoLoopbackAddressGetsNoLoopbackAdvice() {
    Run run = Run.of("check", "--org", "https://acme.example.org", "--token-env", "GOVERNANCE_NO_SUCH_VARIABLE");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).doesNotContain("--allow-loopback");
  }

  @Test
  void aPlainHttpLoopbackScimUrlPointsToTheCommandsOptionNotTheSettingName(@TempDir Path dir) throws Exception {
    Path token = Files.writeString(dir.resolve("token"), "scim-token");
    Run run = Run.of("check", "--connector", "scim", "--url", "http://127.0.0.1:9/scim/v2",
        "--token-file", token.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--url").contains("add --allow-loopback");
  }

  @Test
  void aPlainHttpScimUrlElsewhereGetsNoLoopbackAdvice(@TempDir Path dir) throws Exception {
    Path token = Files.writeString(dir.resolve("token"), "scim-token");
    Run run = Run.of("check", "--connector", "scim", "--url", "http://scim.example.org/scim/v2",
        "--token-file", token.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("must use https").doesNotContain("--allow-loopback");
  }

  @Test
  void aBadOptionValueIsOneLineNotTheWholeUsage() {
    Run run = Run.of("scan", "--demo", "--fail-on", "bogus");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().strip()).doesNotContain("\n").contains("--fail-on").contains("governance scan --help");
  }

  @Test
  void anUnknownCommandIsAUsageErrorThatNamesItAndPointsToTheHelp() {
    Run run = Run.of("fake-ldap");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip()).doesNotContain("\n")
        .startsWith("error: Unknown command 'fake-ldap'")
        .endsWith("run 'governance --help' for the commands.");
  }

  @Test
  void anUnknownCommandWithHelpIsStillAUsageErrorNotTheHelp() {
    Run run = Run.of("fake-ldap", "--help");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).doesNotContain("Usage:");
    assertThat(run.err().strip()).doesNotContain("\n")
        .startsWith("error: Unknown command 'fake-ldap'")
        .contains("'governance --help'");
  }

  @Test
  void anUnknownCommandSuggestsTheCommandThatWasProbablyMeant() {
    Run run = Run.of("scna", "--demo");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("Unknown command 'scna'").contains("did you mean 'scan'");
  }

  @Test
  void anUnknownOptionOnAKnownCommandIsAUsageErrorNamingTheOptionAndTheCommand() {
    Run run = Run.of("scan", "--demo", "--bogus");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip()).doesNotContain("\n")
        .isEqualTo("error: Unknown option '--bogus' for 'governance scan'; run 'governance scan --help' for its options.");
  }

  @Test
  void anUnknownOptionWithHelpIsStillAUsageError() {
    Run run = Run.of("check", "--bogus", "--help");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).doesNotContain("Usage:");
    assertThat(run.err()).contains("Unknown option '--bogus' for 'governance check'");
  }

  @Test
  void anUnknownOptionOfANestedCommandNamesTheNestedCommand() {
    Run run = Run.of("integrations", "list", "--bogus");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("Unknown option '--bogus' for 'governance integrations list'")
        .contains("run 'governance integrations list --help'");
  }

  @Test
  void aMissingOptionValueIsAUsageErrorNamingTheOption() {
    Run run = Run.of("scan", "--org");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().strip()).doesNotContain("\n").startsWith("error: ")
        .contains("'--org'").contains("see 'governance scan --help'");
  }

  @Test
  void helpOfAKnownCommandStillPrintsItsUsageAndSucceeds() {
    Run run = Run.of("scan", "--help");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).startsWith("Usage: governance scan");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void anUnsetTokenVariableIsAUsageErrorNamingIt() {
    Run run = Run.of("check", "--org", "https://acme.okta.com", "--token-env", "GOVERNANCE_TEST_UNSET_VARIABLE");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("'GOVERNANCE_TEST_UNSET_VARIABLE' is not set");
  }

  @Test
  void aHugeOrgWithTerminalEscapesIsRefusedInOneShortLineWithoutTheEscapes() {
    String org = "https://acme.okta.com/\u001B]0;pwned\u0007\u001B[2J" + "x".repeat(50_000);

    Run run = Run.of("check", "--org", org, "--token-env", "GOVERNANCE_TEST_UNSET_VARIABLE");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().strip()).doesNotContain("\n").contains("control character U+001B")
        .doesNotContainPattern("\\p{Cntrl}").hasSizeLessThan(600);
  }

  @Test
  void aJavascriptOrgIsRefusedAsAnUnsupportedScheme() {
    Run run = Run.of("check", "--org", "javascript:alert(1)", "--token-env", "GOVERNANCE_TEST_UNSET_VARIABLE");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("unsupported scheme 'javascript'").contains("https://your-org.okta.com")
        .doesNotContain("invalid port");
  }

  @Test
  void aTokenVariableNameWithEscapesIsQuotedEscaped() {
    Run run = Run.of("check", "--org", "https://acme.okta.com", "--token-env", "NO_SUCH\u001B[2J");

    assertThat(run.err().strip()).contains("'NO_SUCH\\u001B[2J' is not set").doesNotContainPattern("\\p{Cntrl}");
  }

  @Test
  void twoKindsOfCredentialsAreRefused(@TempDir Path dir) throws Exception {
    Path token = Files.writeString(dir.resolve("token"), "00abc");
    Run run = Run.of("check", "--org", "https://acme.okta.com", "--token-file", token.toString(),
        "--token-env", "HOME");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("one kind of credentials");
  }

  @Test
  void aRefusedTokenExitsWithThreeAndNeverPrintsTheToken(@TempDir Path dir) throws Exception {
    try (FakeOktaTenant tenant = FakeOktaTenant.start()) {
      Path token = Files.writeString(dir.resolve("token"), "00wrong-token-value-1234567890");
      Run run = Run.of("scan", "--org", tenant.orgUrl(), "--allow-loopback", "--token-file",
          token.toString(), "--out", dir.resolve("out").toString(), "--no-progress");

      assertThat(run.exitCode()).isEqualTo(ExitCodes.AUTHENTICATION);
      assertThat(run.err().strip()).startsWith("error: ").doesNotContain("\n");
      assertThat(run.err() + run.out()).doesNotContain("00wrong-token-value-1234567890");
    }
  }

  @Test
  void aScanThatLosesACollectionToAFailureWritesItsReportsAndExitsWithFive(@TempDir Path dir) throws Exception {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().fault(dev.governance.testkit.okta.FaultRule.always(
        "/api/v1/api-tokens", new dev.governance.testkit.okta.Fault.ServerError(503))).start()) {
      Path token = Files.writeString(dir.resolve("token"), tenant.apiToken());
      Run run = Run.of("scan", "--org", tenant.orgUrl(), "--allow-loopback", "--token-file",
          token.toString(), "--out", dir.resolve("out").toString(), "--no-progress");

      assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FAILURE);
      assertThat(run.err()).contains("lost API_TOKENS (unavailable) to failures");
      assertThat(dir.resolve("out/report.json")).exists();
    }
  }

  @Test
  void oktaEnvReadsTheOrgAndTokenFromOktaYaml(@TempDir Path home) throws Exception {
    org.assertj.core.api.Assumptions.assumeThat(System.getenv("OKTA_CLIENT_ORGURL"))
        .as("the process environment wins over okta.yaml").isNull();
    String userHome = System.getProperty("user.home");
    try (FakeOktaTenant tenant = FakeOktaTenant.start()) {
      Files.createDirectories(home.resolve(".okta"));
      Files.writeString(home.resolve(".okta/okta.yaml"), """
          okta:
            client:
              orgUrl: %s
              token: %s
          """.formatted(tenant.orgUrl(), tenant.apiToken()));
      System.setProperty("user.home", home.toString());
      Run run = Run.of("check", "--okta-env", "--allow-loopback");

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).contains("Access level:");
      assertThat(run.err() + run.out()).doesNotContain(tenant.apiToken());
    } finally {
      System.setProperty("user.home", userHome);
    }
  }

  @Test
  void oktaEnvWithAnOrgIsRefused() {
    Run run = Run.of("check", "--okta-env", "--org", "https://acme.okta.com");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--okta-env");
  }

  @Test
  void checkOnTheDemoTenantReportsTheAccessLevel() {
    Run run = Run.of("check", "--demo");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Access level: LIFECYCLE");
  }

  @Test
  void checkPrintsJsonForScripts() throws Exception {
    Run run = Run.of("check", "--demo", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
    assertThat(json.path("accessLevel").asText()).isEqualTo("LIFECYCLE");
    assertThat(json.path("collections").path("IDENTITIES").asText()).isEqualTo("allowed");
  }
}
