package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code governance scan --demo} tells the demo tenant's story, and only that story, as high risk. */
class ScanDemoTest {

  /** A risk the demo tenant plants: the rule that must find it, and its subject. */
  record Planted(String ruleId, String severity, Predicate<String> subject, String description) {
    boolean matches(JsonNode f) {
      return f.path("ruleId").asText().equals(ruleId) && subject.test(f.path("subject").path("displayName").asText());
    }
  }

  static Planted planted(String ruleId, String severity, String subject) {
    return new Planted(ruleId, severity, subject::equals, subject);
  }

  static Planted user(String ruleId, String severity, int n) {
    return new Planted(ruleId, severity, s -> s.endsWith("." + n + "@example.com"), "user " + n);
  }

  static final List<Planted> STORY = List.of(
      planted("admin-without-mfa", "CRITICAL", "admin@example.com"),
      planted("api-token-owned-by-super-admin", "HIGH", "Tenant bootstrap token"),
      planted("oauth-app-manage-scopes", "HIGH", "Automation Bot"),
      user("deprovisioned-or-suspended-app-access", "HIGH", 12),
      user("deprovisioned-or-suspended-app-access", "HIGH", 41),
      user("deprovisioned-or-suspended-app-access", "MEDIUM", 7),
      user("deprovisioned-or-suspended-app-access", "MEDIUM", 19),
      user("deprovisioned-or-suspended-app-access", "MEDIUM", 33),
      planted("api-token-unused-expiring", "LOW", "Okta sync (stale)"),
      planted("direct-assignment-bypasses-groups", "LOW", "Salesforce"),
      planted("direct-assignment-bypasses-groups", "LOW", "Payroll"));

  @ParameterizedTest
  @ValueSource(longs = {1, 7})
  void everyPlantedRiskIsFoundAndNothingElseIsHighOrCritical(long seed, @TempDir Path dir) throws Exception {
    Run run = Run.of("scan", "--demo", "--demo-seed", String.valueOf(seed), "--out", dir.toString(), "--no-progress");
    assertThat(run.exitCode()).as(run.err()).isZero();

    JsonNode findings = new ObjectMapper().readTree(dir.resolve("report.json").toFile()).path("findings").path("items");
    for (Planted p : STORY) {
      assertThat(findings).as("planted: %s %s", p.ruleId(), p.description())
          .anySatisfy(f -> {
            assertThat(p.matches(f)).isTrue();
            assertThat(f.path("severity").asText()).isEqualTo(p.severity());
          });
    }
    List<String> unexpected = new ArrayList<>();
    for (JsonNode f : findings) {
      String severity = f.path("severity").asText();
      if ((severity.equals("HIGH") || severity.equals("CRITICAL")) && STORY.stream().noneMatch(p -> p.matches(f))) {
        unexpected.add(severity + " " + f.path("id").asText() + " " + f.path("title").asText());
      }
    }
    assertThat(unexpected).as("high or critical findings outside the demo story").isEmpty();
    for (int n : new int[] {7, 19, 33}) {
      Planted deactivated = user("deprovisioned-or-suspended-app-access", "MEDIUM", n);
      assertThat(findings).filteredOn(deactivated::matches).singleElement().satisfies(f -> {
        assertThat(f.path("title").asText()).startsWith("Deactivated ")
            .endsWith(" on reactivation").contains("keeps group memberships that restore");
        assertThat(f.path("evidence").path("facts").path("groups").toString()).contains("Everyone");
      });
    }
  }

  @Test
  void theReadmeCommandPrintsASummaryAndWritesTheFourReports(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report");
    Run run = Run.of("scan", "--demo", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Access level: LIFECYCLE")
        .contains("Counts: 50 identities, 12 groups")
        .contains("Findings: 1 critical, 4 high, ")
        .contains("CRITICAL Super admin admin@example.com has no active MFA factor");
    for (String file : List.of("report.json", "entities.csv", "relations.csv", "coverage.csv", "report.html")) {
      assertThat(out.resolve(file)).isNotEmptyFile();
    }
    assertThat(Files.readAllLines(out.resolve("entities.csv"))).hasSizeGreaterThan(50);
    assertThat(run.err()).contains("calls").doesNotContain(" INFO ");
  }

  @Test
  void failOnHighExitsWithOneAndJsonSummaryIsMachineReadable(@TempDir Path dir) throws Exception {
    Run run = Run.of("scan", "--demo", "--out", dir.toString(), "--no-progress", "--json", "--fail-on", "high");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    JsonNode summary = new ObjectMapper().readTree(run.out());
    assertThat(summary.path("accessLevel").asText()).isEqualTo("LIFECYCLE");
    assertThat(summary.path("counts").path("IDENTITIES").asInt()).isEqualTo(50);
    assertThat(summary.path("findings").path("CRITICAL").asInt()).isEqualTo(1);
    assertThat(summary.path("reports")).hasSize(5);
  }
}
