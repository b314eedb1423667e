package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review subcommands on snapshots of the embedded demo tenant. */
class ReviewCommandTest {

  @TempDir Path home;

  private void scan(int seed) {
    Run scan = Run.of("scan", "--demo", "--demo-seed", String.valueOf(seed), "--save", "demo", "--home",
        home.toString(), "--out", home.resolve("r" + seed).toString(), "--no-progress");
    assertThat(scan.exitCode()).as(scan.err()).isZero();
  }

  @Test
  void reviewsAreCreatedListedShownClosedAndTheNextOneHoldsOnlyNewAccess() throws Exception {
    scan(1);
    Run create = Run.of("review", "create", "--home", home.toString(), "--snapshot", "demo", "--id", "first",
        "--app", "Salesforce", "--reviewer", "named:ann@example.com");
    Run list = Run.of("review", "list", "--home", home.toString(), "--json");
    Run show = Run.of("review", "show", "first", "--home", home.toString());
    Run close = Run.of("review", "close", "first", "--home", home.toString());
    Run closeAgain = Run.of("review", "close", "first", "--home", home.toString());
    scan(1);
    Run next = Run.of("review", "create", "--home", home.toString(), "--snapshot", "demo", "--id", "second",
        "--app", "Salesforce", "--since-last", "--json");

    assertThat(create.exitCode()).as(create.err()).isZero();
    assertThat(create.out()).contains("Created review first");
    JsonNode listed = new ObjectMapper().readTree(list.out());
    assertThat(listed.get(0).path("id").asText()).isEqualTo("first");
    assertThat(listed.get(0).path("items").asInt()).isPositive();
    assertThat(show.out()).contains("-> application Salesforce").contains("via group Sales").contains("ann@example.com");
    assertThat(close.exitCode()).as(close.err()).isZero();
    assertThat(closeAgain.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(closeAgain.err()).contains("was closed already");
    assertThat(next.exitCode()).as(next.err()).isZero();
    JsonNode delta = new ObjectMapper().readTree(next.out());
    assertThat(delta.path("basedOn").asText()).isEqualTo("first");
    assertThat(delta.path("items")).isEmpty();
  }

  @Test
  void anItemWithoutAReviewerIsFlaggedAndAnUnknownScopeOrReviewerRuleIsAUsageError() throws Exception {
    scan(1);

    Run create = Run.of("review", "create", "--home", home.toString(), "--snapshot", "demo", "--privileged",
        "--reviewer", "manager:managerId", "--json");
    Run unknownApp = Run.of("review", "create", "--home", home.toString(), "--snapshot", "demo", "--app", "Nope");
    Run badRule = Run.of("review", "create", "--home", home.toString(), "--snapshot", "demo", "--reviewer", "boss");
    Run noSnapshot = Run.of("review", "create", "--home", home.toString(), "--snapshot", "other");
    Run missing = Run.of("review", "show", "nope", "--home", home.toString());

    assertThat(create.exitCode()).as(create.err()).isZero();
    JsonNode items = new ObjectMapper().readTree(create.out()).path("items");
    assertThat(items).isNotEmpty().allSatisfy(i -> assertThat(i.path("unassigned").asBoolean()).isTrue());
    assertThat(items.findValuesAsText("targetKind")).contains("ROLE", "SCOPE", "API_TOKEN");
    assertThat(unknownApp.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknownApp.err()).contains("no application with id or name 'Nope'");
    assertThat(badRule.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(noSnapshot.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
  }
}
