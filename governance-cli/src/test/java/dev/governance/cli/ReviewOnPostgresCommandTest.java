package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review commands and remediate with --store on a real PostgreSQL instead of --home. */
class ReviewOnPostgresCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void aReviewOfAStoredSnapshotIsCreatedExportedDecidedShownAndClosedInPostgres() throws Exception {
    try (EmbeddedPostgres server = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(90)).start()) {
      String url = server.getJdbcUrl("postgres", "postgres");
      Path password = Files.writeString(dir.resolve("db-password"), "unused by the embedded server\n");
      String[] store = {"--store", url, "--store-user", "postgres", "--store-password-file", password.toString()};
      Path home = dir.resolve("home");

      Run scan = run(store, "scan", "--demo", "--demo-seed", "1", "--save", "demo", "--out",
          dir.resolve("report").toString(), "--no-progress");
      assertThat(scan.exitCode()).as(scan.err()).isZero();
      Run create = run(store, "review", "create", "--snapshot", "demo", "--id", "pg-1", "--app", "Salesforce",
          "--reviewer", "named:ann@example.com", "--json");
      assertThat(create.exitCode()).as(create.err()).isZero();
      JsonNode created = JSON.readTree(create.out());
      String snapshotId = created.path("snapshotId").asText();
      List<String> items = new ArrayList<>();
      created.path("items").forEach(i -> items.add(i.path("id").asText()));
      assertThat(items).hasSizeGreaterThan(1);

      Path csv = dir.resolve("pg-1.csv");
      Run export = run(store, "review", "export", "pg-1", "--out", csv.toString());
      assertThat(export.exitCode()).as(export.err()).isZero();
      assertThat(Files.readString(csv)).contains(items.get(0)).contains(snapshotId);
      Path decisions = Files.writeString(dir.resolve("decisions.csv"), "item_id,decision,snapshot_id\r\n"
          + items.get(0) + ",revoke," + snapshotId + "\r\n" + items.get(1) + ",keep," + snapshotId + "\r\n");
      Run imported = run(store, "review", "import", "pg-1", "--file", decisions.toString(), "--actor",
          "ann@example.com");
      assertThat(imported.exitCode()).as(imported.err()).isZero();
      assertThat(imported.out()).contains("Recorded 2 decisions");

      Run show = run(store, "review", "show", "pg-1", "--json");
      assertThat(show.exitCode()).as(show.err()).isZero();
      JsonNode shown = JSON.readTree(show.out());
      assertThat(shown.path("items").get(0).path("decision").path("verdict").asText()).isEqualTo("REVOKE");
      assertThat(shown.path("items").get(1).path("decision").path("decidedBy").asText())
          .isEqualTo("ann@example.com");

      Run close = run(store, "review", "close", "pg-1", "--actor", "cat@example.com");
      Run again = run(store, "review", "import", "pg-1", "--file", decisions.toString(), "--replace");
      Run list = run(store, "review", "list", "--json");
      Run remediate = run(store, "remediate", "--review", "pg-1", "--demo", "--json", "--no-progress",
          "--out", dir.resolve("pages").toString());
      Run onHome = Run.of("review", "list", "--json", "--home", home.toString());
      Run both = Run.of("review", "list", "--home", home.toString(), "--store", url);

      assertThat(close.exitCode()).as(close.err()).isZero();
      assertThat(close.out()).contains("Closed pg-1: 1 revoke");
      assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(again.err()).contains("is closed");
      JsonNode listed = JSON.readTree(list.out());
      assertThat(listed.get(0).path("id").asText()).isEqualTo("pg-1");
      assertThat(listed.get(0).path("status").asText()).isEqualTo("CLOSED");
      assertThat(remediate.exitCode()).as(remediate.err()).isZero();
      assertThat(Files.list(dir.resolve("pages"))).isNotEmpty();
      assertThat(JSON.readTree(onHome.out())).isEmpty();
      assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(both.err()).contains("--home DIR or --store URL, not both");
      assertThat(Files.exists(home.resolve("reviews").resolve("pg-1.review.json"))).isFalse();
    }
  }

  private static Run run(String[] store, String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.addAll(Arrays.asList(store));
    return Run.of(all.toArray(String[]::new));
  }
}
