package dev.governance.bench;

import dev.governance.okta.catalog.OktaBucket;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncBenchmarkTest {

  @Test
  void writesJsonAndMarkdownForATinyTenant(@TempDir Path out) throws Exception {
    SyncBenchmark.main(new String[] {
        "--shape", "demo", "--runs", "1", "--warmup", "0", "--tenant", "in-process",
        "--out", out.toString()});

    Path json = out.resolve("sync-demo.json");
    Path md = out.resolve("sync-demo.md");
    assertThat(json).exists();
    assertThat(md).exists();

    JsonNode root = new ObjectMapper().readTree(json.toFile());
    JsonNode calls = root.get("calls");
    assertThat(calls.get("predictedEqualsActual").asBoolean()).isTrue();
    assertThat(calls.get("oursPredicted")).isEqualTo(calls.get("oursActual"));
    assertThat(calls.get("oursActual")).isEqualTo(calls.get("oursJournal"));
    assertThat(calls.get("oursTotal").asLong()).isPositive();
    assertThat(calls.get("baselineTotal").asLong()).isPositive();
    assertThat(calls.get("formulaTotal").asLong()).isPositive();
    assertThat(root.at("/unthrottled/ours/wallMsMedian").isNumber()).isTrue();
    assertThat(root.at("/unthrottled/baseline/wallMsMedian").isNumber()).isTrue();

    assertThat(Files.readString(md))
        .contains("| Bucket | This SDK, predicted | This SDK, actual")
        .contains("| **Total** |")
        .contains("predicted = actual: true");
  }
}
