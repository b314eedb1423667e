package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code governance scan} prints and writes beyond the demo's story: groups, timings, gzip. */
class ScanSummaryTest {

  @Test
  void theSummaryPrintsOneLinePerRuleAndTheWorstFewUnderAHighOne(@TempDir Path dir) {
    Run run = Run.of("scan", "--demo", "--out", dir.toString(), "--no-progress");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).contains("Findings: 1 critical, 4 high, 6 medium, 6 low, from 8 rules");
    assertThat(lines).contains("  HIGH     5 of 50 identities are suspended or deactivated and still reach "
        + "applications, or would on reactivation (deprovisioned-or-suspended-app-access, 5 findings)");
    assertThat(lines).contains("  MEDIUM   3 of 50 identities have not signed in for 90 days and keep "
        + "application access (dormant-identity-app-access, 3 findings)");
    assertThat(lines).filteredOn(l -> l.startsWith("      HIGH     Suspended ")).hasSize(2);
    assertThat(lines).contains("      and 2 more in the reports");
    assertThat(lines).noneMatch(l -> l.contains("grace.lamarr.7") && !l.startsWith("      "));
    assertThat(run.err()).doesNotContain("Time: ");
  }

  @Test
  void jsonSummaryListsTheGroups(@TempDir Path dir) throws Exception {
    Run run = Run.of("scan", "--demo", "--out", dir.toString(), "--no-progress", "--json");

    JsonNode groups = new ObjectMapper().readTree(run.out()).path("groups");
    assertThat(groups).hasSize(8);
    assertThat(groups.get(0).path("ruleId").asText()).isEqualTo("admin-without-mfa");
    assertThat(groups.get(0).path("severity").asText()).isEqualTo("CRITICAL");
    int total = 0;
    for (JsonNode g : groups) {
      total += g.path("findings").asInt();
    }
    assertThat(total).isEqualTo(17);
  }

  @Test
  void gzipWritesTheEntityAndRelationFilesGzippedAndTimingsSaysWhereTheTimeWent(@TempDir Path dir)
      throws Exception {
    Run run = Run.of("scan", "--demo", "--out", dir.toString(), "--no-progress", "--gzip", "--timings");

    assertThat(run.exitCode()).as(run.err()).isZero();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("coverage.csv", "entities.csv.gz", "relations.csv.gz", "report.html", "report.json");
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("entities.csv.gz")))) {
      String entities = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(entities).startsWith("kind,id,name,").contains("admin@example.com");
      assertThat(entities.lines().filter(l -> l.startsWith("IDENTITY,"))).hasSize(50);
    }
    String timings = run.err().lines().filter(l -> l.startsWith("Time: ")).findFirst().orElseThrow();
    assertThat(timings).containsPattern("sync \\d+\\.\\d\\d s \\(CPU \\d+\\.\\d\\d s\\)");
    assertThat(timings).containsPattern("start-up \\d+\\.\\d\\d s, connect .*, preflight .*, sync .*, "
        + "snapshot .*, findings .*, reports .*, report\\.json .*, entities\\.csv\\.gz .*, "
        + "relations\\.csv\\.gz .*, coverage\\.csv .*, report\\.html \\d+\\.\\d\\d s");
  }

  @Test
  void diffWithReportWritesTheLaterSnapshotsReportsWithTheGrowth(@TempDir Path home) throws Exception {
    String h = home.toString();
    assertThat(Run.of("scan", "--demo", "--save", "demo", "--home", h, "--out",
        home.resolve("r1").toString(), "--no-progress").exitCode()).isZero();
    assertThat(Run.of("scan", "--demo", "--demo-seed", "2", "--save", "demo", "--home", h, "--out",
        home.resolve("r2").toString(), "--no-progress").exitCode()).isZero();
    String first;
    try (Stream<Path> s = Files.list(home.resolve("snapshots/demo"))) {
      String n = s.sorted().findFirst().orElseThrow().getFileName().toString();
      first = n.substring(0, n.indexOf(".snapshot.json"));
    }
    Path out = home.resolve("growth");

    Run run = Run.of("diff", "--home", h, "demo/" + first, "demo/latest", "--report", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    JsonNode identities = report.path("growth").path("collections").path("IDENTITIES");
    assertThat(identities.path("before").asInt()).isEqualTo(50);
    assertThat(identities.path("after").asInt()).isEqualTo(50);
    assertThat(report.has("calls")).isFalse();
    assertThat(report.path("findings").path("groups").size()).isPositive();
    assertThat(out.resolve("report.html")).isNotEmptyFile();
  }
}
