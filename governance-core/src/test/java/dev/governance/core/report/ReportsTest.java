package dev.governance.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.governance.core.model.InventoryCollection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static JsonNode json(ReportData data, ReportOptions options) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new Reports(options).writeJson(data, out);
    return MAPPER.readTree(out.toByteArray());
  }

  @Test
  void jsonReportCarriesEveryFieldOfTheSchema() throws IOException {
    JsonNode r = json(ReportFixtures.sample(), ReportOptions.defaults());

    assertThat(r.path("schema").asText()).isEqualTo("dev.governance.report");
    assertThat(r.path("schemaVersion").asInt()).isEqualTo(JsonReport.SCHEMA_VERSION);
    assertThat(r.path("generatedAt").asText()).isEqualTo("2026-11-23T10:00:00Z");
    assertThat(r.path("tenant").path("tenant").asText()).isEqualTo("https://acme.example.com");
    assertThat(r.path("tenant").path("connectorId").asText()).isEqualTo("test");
    for (InventoryCollection c : InventoryCollection.values()) {
      assertThat(r.path("coverage").has(c.name())).as(c.name()).isTrue();
      assertThat(r.path("counts").has(c.name())).as(c.name()).isTrue();
    }
    assertThat(r.path("coverage").path("GROUP_RULES").path("state").asText()).isEqualTo("UNAVAILABLE");
    assertThat(r.path("counts").path("IDENTITIES").asInt()).isEqualTo(2);
    JsonNode calls = r.path("calls");
    assertThat(calls.path("total").asInt()).isEqualTo(3);
    assertThat(calls.path("predictedTotal").asInt()).isEqualTo(4);
    assertThat(calls.path("buckets").findValuesAsText("bucket"))
        .containsExactly("/api/v1/apps*", "/api/v1/groups", "/api/v1/users");
    assertThat(calls.path("buckets").get(0).path("actual").asInt()).isZero();
    assertThat(calls.path("buckets").get(0).path("predicted").asInt()).isEqualTo(1);
    JsonNode findings = r.path("findings");
    assertThat(findings.path("bySeverity").fieldNames()).toIterable()
        .containsExactly("CRITICAL", "HIGH", "MEDIUM", "LOW");
    assertThat(findings.path("items")).isNotEmpty();
    for (JsonNode f : findings.path("items")) {
      assertThat(f.path("id").asText()).startsWith(f.path("ruleId").asText() + ":");
      assertThat(f.path("severity").asText()).isIn("CRITICAL", "HIGH", "MEDIUM", "LOW");
      assertThat(f.path("subject").path("displayName").asText()).isNotBlank();
      assertThat(f.path("evidence").path("text").asText()).isNotBlank();
      assertThat(f.path("evidence").path("facts").isObject()).isTrue();
      assertThat(f.path("remediation").asText()).isNotBlank();
    }
    assertThat(findings.path("rules").findValuesAsText("status")).isNotEmpty();
    JsonNode github = r.path("effectiveAccess").path("applications").get(0);
    assertThat(github.path("name").asText()).isEqualTo("GitHub");
    assertThat(github.path("identityCount").asInt()).isEqualTo(2);
    assertThat(github.path("listed").asText()).isEqualTo("ALL");
    assertThat(github.path("groups").findValuesAsText("name")).containsExactly("Engineering");
    assertThat(github.path("identities").findValuesAsText("login"))
        .containsExactlyInAnyOrder("alice@acme.com", "bob@acme.com");
    assertThat(github.path("identities").findValuesAsText("description"))
        .contains("via group Engineering", "via group Engineering (added by rule Engineers)");
    assertThat(r.path("effectiveAccess").path("roles").findValuesAsText("name"))
        .contains("Super Administrator", "Helpdesk");
  }

  @Test
  void aboveTheDetailLimitOnlyDirectOrUnusualAccessIsListedAndTheRestCounted() throws IOException {
    JsonNode r = json(ReportFixtures.sample(), new ReportOptions(1));

    JsonNode github = r.path("effectiveAccess").path("applications").get(0);
    assertThat(github.path("identityCount").asInt()).isEqualTo(2);
    assertThat(github.path("listed").asText()).isEqualTo("UNUSUAL");
    assertThat(github.path("identities")).isEmpty();
    assertThat(github.path("omitted").asInt()).isEqualTo(2);
  }

  @Test
  void csvQuotesCommasQuotesAndNewlinesAndDefusesFormulas() throws IOException {
    ReportData data = ReportFixtures.hostile();
    StringWriter entities = new StringWriter();
    new CsvReport().writeEntities(data.snapshot(), entities);
    StringWriter relations = new StringWriter();
    new CsvReport().writeRelations(data.snapshot(), relations);

    assertThat(entities.toString()).startsWith(String.join(",", CsvReport.ENTITY_COLUMNS) + "\r\n");
    assertThat(entities.toString()).contains("IDENTITY,u1," + ReportFixtures.HOSTILE_LOGIN
        + ",\"Eve, \"\"admin\"\"\r\nof all\",\"'=HYPERLINK(\"\"http://x\"\")\",SUSPENDED,SUSPENDED"
        + ",".repeat(19) + "\r\n");
    assertThat(entities.toString()).contains("GROUP,g1," + ReportFixtures.HOSTILE_GROUP
        + ",,,,,NATIVE" + ",".repeat(10) + "\"Eve \"\"the, hacker\"\"\nsecond line\"" + ",".repeat(8) + "\r\n");
    assertThat(relations.toString()).isEqualTo(String.join(",", CsvReport.RELATION_COLUMNS) + "\r\n"
        + "MEMBERSHIP,IDENTITY,u1," + ReportFixtures.HOSTILE_LOGIN + ",GROUP,g1,"
        + ReportFixtures.HOSTILE_GROUP + ",DIRECT" + ",".repeat(11) + "\r\n"
        + "APP_ASSIGNMENT,GROUP,g1," + ReportFixtures.HOSTILE_GROUP + ",APPLICATION,a1,"
        + ReportFixtures.HOSTILE_APP + ",DIRECT" + ",".repeat(11) + "\r\n");
  }

  @Test
  void csvFieldsAreQuotedOnlyWhenRfc4180NeedsIt() {
    assertThat(Csv.field("plain")).isEqualTo("plain");
    assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
    assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(Csv.field("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
    assertThat(Csv.field("+1 555")).isEqualTo("'+1 555");
    assertThat(Csv.field("'quoted'")).isEqualTo("''quoted'");
    assertThat(Csv.field(null)).isEmpty();
  }

  @Test
  void htmlReportEscapesHostileNamesAndStillCarriesThemAsData() throws IOException {
    ReportData data = ReportFixtures.hostile();
    StringWriter out = new StringWriter();
    new HtmlReport(ReportOptions.defaults()).write(data, out);
    String html = out.toString();

    assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x")
        .doesNotContain("</SCRIPT").doesNotContain("\u2028").doesNotContain("<!--\"");
    assertThat(html.split("</script>", -1)).hasSize(3);
    assertThat(html).contains("<title>Access report: https://evil.example.com/&lt;/title&gt;"
        + "&lt;script&gt;alert(1)&lt;/script&gt;</title>");
    // The SVG namespace is a name, never fetched; nothing else may name a network address.
    assertThat(html.replace("\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http://")
        .doesNotContain("src=\"http");
    JsonNode embedded = MAPPER.readTree(embeddedData(html));
    assertThat(embedded.path("effectiveAccess").path("applications").get(0).path("identities")
        .get(0).path("login").asText()).isEqualTo(ReportFixtures.HOSTILE_LOGIN);
    assertThat(embedded.path("effectiveAccess").path("applications").get(0).path("name").asText())
        .isEqualTo(ReportFixtures.HOSTILE_APP);
  }

  @Test
  void writesTheFourFilesIntoTheDirectory(@TempDir Path dir) throws IOException {
    List<Path> files = new Reports(ReportOptions.defaults()).writeAll(ReportFixtures.sample(), dir.resolve("out"));

    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("report.json", "entities.csv", "relations.csv", "coverage.csv", "report.html");
    assertThat(Files.readAllLines(dir.resolve("out/coverage.csv")))
        .hasSize(1 + InventoryCollection.values().length)
        .startsWith(String.join(",", CsvReport.COVERAGE_COLUMNS));
    assertThat(Files.readAllLines(dir.resolve("out/entities.csv"))).hasSize(1 + 12);
    assertThat(Files.readAllLines(dir.resolve("out/relations.csv"))).hasSize(1 + 11);
    assertThat(MAPPER.readTree(dir.resolve("out/report.json").toFile()).path("schemaVersion").asInt()).isEqualTo(JsonReport.SCHEMA_VERSION);
  }

  @Test
  void jsonReportGroupsFindingsByRuleAndNamesTheWorstOfEach() throws IOException {
    ReportData data = ReportFixtures.sample();
    JsonNode findings = json(data, ReportOptions.defaults()).path("findings");

    JsonNode groups = findings.path("groups");
    assertThat(groups).hasSize(data.findings().groups().size()).isNotEmpty();
    int total = 0;
    java.util.Set<String> ids = new java.util.HashSet<>();
    findings.path("items").forEach(f -> ids.add(f.path("id").asText()));
    for (JsonNode g : groups) {
      assertThat(g.path("summary").asText()).isNotBlank();
      assertThat(g.path("bySeverity").size()).isEqualTo(4);
      assertThat(g.path("worst").size()).isBetween(1, JsonReport.WORST);
      g.path("worst").forEach(w -> assertThat(ids).contains(w.asText()));
      total += g.path("findingCount").asInt();
    }
    assertThat(total).isEqualTo(findings.path("items").size());
    assertThat(groups.get(0).path("severity").asText()).isEqualTo(data.findings().groups().get(0).severity().name());
  }

  @Test
  void theHtmlPageEmbedsExactlyTheJsonReport(@TempDir Path dir) throws IOException {
    new Reports(ReportOptions.defaults()).writeAll(ReportFixtures.sample(), dir);

    JsonNode embedded = MAPPER.readTree(embeddedData(Files.readString(dir.resolve(Reports.HTML))));
    assertThat(embedded).isEqualTo(MAPPER.readTree(dir.resolve(Reports.JSON).toFile()));
    StringWriter alone = new StringWriter();
    new HtmlReport(ReportOptions.defaults()).write(ReportFixtures.sample(), alone);
    assertThat(MAPPER.readTree(embeddedData(alone.toString()))).isEqualTo(embedded);
  }

  @Test
  void gzippedCsvFilesHoldTheSameBytesAsThePlainOnes(@TempDir Path dir) throws IOException {
    List<Path> plain = new Reports(ReportOptions.defaults()).writeAll(ReportFixtures.sample(), dir.resolve("plain"));
    List<Reports.Written> gz = new Reports(ReportOptions.defaults().withGzipCsv(true))
        .write(ReportFixtures.sample(), dir.resolve("gz"));

    assertThat(gz).extracting(w -> w.file().getFileName().toString())
        .containsExactly("report.json", "entities.csv.gz", "relations.csv.gz", "coverage.csv", "report.html");
    assertThat(gz).allSatisfy(w -> assertThat(w.took().isNegative()).isFalse());
    for (int i : new int[] {1, 2}) {
      try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(gz.get(i).file()))) {
        assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(plain.get(i)));
      }
    }
    assertThat(Files.readAllBytes(gz.get(3).file())).isEqualTo(Files.readAllBytes(plain.get(3)));
  }

  @Test
  void aBaselineAddsTheGrowthOfEveryCollection() throws IOException {
    ReportData data = ReportFixtures.sample();
    java.util.EnumMap<InventoryCollection, Integer> before = new java.util.EnumMap<>(InventoryCollection.class);
    data.snapshot().counts().forEach((c, n) -> before.put(c, Math.max(0, n - 1)));
    Baseline baseline = new Baseline(new dev.governance.core.snapshot.SnapshotInfo("https://acme.example.com", "test",
        java.time.Instant.parse("2026-11-01T00:00:00Z"), java.time.Instant.parse("2026-11-01T00:01:00Z")), before);

    JsonNode growth = json(data.withBaseline(baseline), ReportOptions.defaults()).path("growth");
    assertThat(json(data, ReportOptions.defaults()).has("growth")).isFalse();
    assertThat(growth.path("from").asText()).isEqualTo("2026-11-01T00:01:00Z");
    int identities = data.snapshot().counts().get(InventoryCollection.IDENTITIES);
    assertThat(growth.path("collections").path("IDENTITIES").path("after").asInt()).isEqualTo(identities);
    assertThat(growth.path("collections").path("IDENTITIES").path("before").asInt()).isEqualTo(identities - 1);
    assertThat(growth.path("collections").size()).isEqualTo(InventoryCollection.values().length);
  }

  /** The page's data: the JSON report, gzipped and Base64-encoded in the data element. */
  static byte[] embeddedData(String html) throws IOException {
    int start = html.indexOf("id=\"report-data\">") + "id=\"report-data\">".length();
    byte[] gz = java.util.Base64.getDecoder().decode(html.substring(start, html.indexOf("</script>", start)).trim());
    try (java.io.InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    }
  }
}
