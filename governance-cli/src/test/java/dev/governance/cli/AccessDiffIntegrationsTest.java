package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.governance.testkit.okta.FakeOktaTenant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessDiffIntegrationsTest {

  @Test
  void accessOnTheDemoTenantShowsWhoReachesAnAppAndThroughWhat() {
    Run run = Run.of("access", "--demo", "--app", "Salesforce");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("identities reach Salesforce").contains("direct").contains("via group Sales");
  }

  @Test
  void accessPrintsJsonForScripts() throws Exception {
    Run run = Run.of("access", "--demo", "--user", "admin@example.com", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode accesses = new ObjectMapper().readTree(run.out());
    assertThat(accesses.findValuesAsText("target")).contains("Super Administrator", "Slack");
    assertThat(accesses.findValuesAsText("kind")).contains("DIRECT", "VIA_GROUP");
  }

  @Test
  void accessStillReadsTheSampleTenant() {
    Run run = Run.of("access", "--sample", "--user", "u-bob");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("reaches");
  }

  @Test
  void accessOfAnUnknownAppIsAUsageError() {
    Run run = Run.of("access", "--demo", "--app", "No Such App");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("No application with id or name 'No Such App'");
  }

  @Test
  void diffComparesTwoSavedScans(@TempDir Path home) throws Exception {
    String h = home.toString();
    assertThat(Run.of("scan", "--demo", "--demo-seed", "1", "--save", "demo", "--home", h, "--out",
        home.resolve("r1").toString(), "--no-progress").exitCode()).isZero();
    assertThat(Run.of("scan", "--demo", "--demo-seed", "2", "--save", "demo", "--home", h, "--out",
        home.resolve("r2").toString(), "--no-progress").exitCode()).isZero();
    List<Path> files;
    try (Stream<Path> s = Files.list(home.resolve("snapshots/demo"))) {
      files = s.sorted().toList();
    }

    Run byFile = Run.of("diff", files.get(0).toString(), files.get(1).toString());
    Run byId = Run.of("diff", "--home", h, "--json", "demo/" + name(files.get(0)), "demo/latest");

    assertThat(byFile.exitCode()).as(byFile.err()).isZero();
    assertThat(byFile.out()).contains("identities: ").contains("changed");
    assertThat(byId.exitCode()).as(byId.err()).isZero();
    assertThat(new ObjectMapper().readTree(byId.out()).path("entities").has("IDENTITY")).isTrue();
  }

  private static String name(Path file) {
    String n = file.getFileName().toString();
    return n.substring(0, n.indexOf(".snapshot.json"));
  }

  @Test
  void integrationsAreAddedListedEditedRotatedAndDeleted(@TempDir Path home) throws Exception {
    try (FakeOktaTenant tenant = FakeOktaTenant.start()) {
      String h = home.toString();
      Path token = Files.writeString(home.resolve("token"), tenant.apiToken());
      Path wrong = Files.writeString(home.resolve("wrong"), "00not-a-token-of-this-org");

      Run add = Run.of("integrations", "add", "--home", h, "--id", "fake", "--org", tenant.orgUrl(),
          "--allow-loopback", "--token-file", token.toString(), "--owner", "alice@example.com");
      Run edit = Run.of("integrations", "edit", "fake", "--home", h, "--owner", "bob@example.com",
          "--setting", "factors=everyone");
      Run badSetting = Run.of("integrations", "edit", "fake", "--home", h, "--setting", "factors=sometimes");
      Run settings = Run.of("integrations", "list", "--home", h, "--json");
      Run rotate = Run.of("integrations", "rotate", "fake", "--home", h, "--token-file",
          token.toString(), "--replace-working");
      Run refused = Run.of("integrations", "rotate", "fake", "--home", h, "--token-file", wrong.toString());
      Run list = Run.of("integrations", "list", "--home", h, "--json");
      Run delete = Run.of("integrations", "delete", "fake", "--home", h, "--confirm", tenant.orgUrl());
      Run after = Run.of("integrations", "list", "--home", h);

      assertThat(add.exitCode()).as(add.err()).isZero();
      assertThat(edit.exitCode()).as(edit.err()).isZero();
      assertThat(badSetting.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(badSetting.err()).contains("factors");
      JsonNode edited = new ObjectMapper().readTree(settings.out()).path("integrations").get(0).path("settings");
      assertThat(edited.path("factors").asText()).isEqualTo("everyone");
      assertThat(edited.path("allowLoopback").asText()).isEqualTo("true");
      assertThat(rotate.exitCode()).as(rotate.err()).isZero();
      assertThat(refused.exitCode()).isEqualTo(ExitCodes.AUTHENTICATION);
      JsonNode listed = new ObjectMapper().readTree(list.out()).path("integrations");
      assertThat(listed.get(0).path("primaryOwner").asText()).isEqualTo("bob@example.com");
      assertThat(listed.get(0).path("credential").asText()).contains("token");
      assertThat(Files.readString(home.resolve("integrations.json"))).doesNotContain(tenant.apiToken());
      assertThat(delete.exitCode()).as(delete.err()).isZero();
      assertThat(after.out()).contains("No integrations");
    }
  }
}
