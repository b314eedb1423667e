package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.governance.testkit.okta.FakeOktaTenant;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The integration commands with --store on a real PostgreSQL instead of --home. */
class IntegrationsOnPostgresCommandTest {

  @TempDir Path dir;

  @Test
  void addSyncScanAndListWorkOnAPostgresStoreWithThePasswordInAFile() throws Exception {
    try (EmbeddedPostgres server = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(90)).start();
        FakeOktaTenant tenant = FakeOktaTenant.start()) {
      String url = server.getJdbcUrl("postgres", "postgres");
      Path token = Files.writeString(dir.resolve("token"), tenant.apiToken());
      Path password = Files.writeString(dir.resolve("db-password"), "unused by the embedded server\n");
      String[] store = {"--store", url, "--store-user", "postgres", "--store-password-file", password.toString()};

      Run add = Run.of(concat(new String[] {"integrations", "add", "--id", "fake", "--org", tenant.orgUrl(),
          "--allow-loopback", "--token-file", token.toString(), "--owner", "alice@example.com"}, store));
      Run sync = Run.of(concat(new String[] {"integrations", "sync", "fake", "--no-progress", "--actor", "cron"}, store));
      Run scan = Run.of(concat(new String[] {"scan", "--org", tenant.orgUrl(), "--allow-loopback", "--token-file",
          token.toString(), "--save", "fake", "--out", dir.resolve("r").toString(), "--no-progress"}, store));
      Run list = Run.of(concat(new String[] {"integrations", "list", "--json"}, store));
      Run both = Run.of("integrations", "list", "--home", dir.toString(), "--store", url);

      assertThat(add.exitCode()).as(add.err()).isZero();
      assertThat(sync.exitCode()).as(sync.err()).isZero();
      assertThat(scan.exitCode()).as(scan.err()).isZero();
      assertThat(scan.out()).contains("Snapshot saved as fake/000002-");
      JsonNode fake = new ObjectMapper().readTree(list.out()).path("integrations").get(0);
      assertThat(fake.path("status").asText()).isEqualTo("SUCCESS");
      assertThat(fake.path("firstConnected").path("by").asText()).isEqualTo("cron");
      assertThat(fake.path("lastSync").path("snapshotId").asText()).startsWith("000002-");
      assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(both.err()).contains("--home DIR or --store URL, not both");
      assertThat(Files.exists(dir.resolve("integrations.json"))).isFalse();
    }
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
