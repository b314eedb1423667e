package dev.governance.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.findings.Finding;
import dev.governance.core.testing.Chromium;
import dev.governance.core.testing.Chromium.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the HTML report in headless Chromium from a {@code file://} URL. Skipped, with the reason,
 * where no Chromium is installed.
 */
class ReportInChromiumTest {

  private static final Path OUT = Path.of("target", "chromium-report").toAbsolutePath();

  private static ReportData data;
  private static Path page;

  @BeforeAll
  static void writePage() throws IOException {
    data = ReportFixtures.sample();
    Files.createDirectories(OUT);
    new Reports(ReportOptions.defaults()).writeAll(data, OUT);
    page = OUT.resolve(Reports.HTML);
  }

  @Test
  void pageLoadsWithoutConsoleMessagesAndShowsEveryFinding() throws Exception {
    Path browser = Chromium.require();

    Run run = Chromium.run(browser, "--dump-dom", page.toUri().toString());

    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.console()).as("console messages").isEmpty();
    String dom = run.stdout();
    assertThat(dom).contains("data-rendered=\"true\"");
    assertThat(data.findings().findings()).isNotEmpty();
    for (Finding f : data.findings().findings()) {
      assertThat(dom).contains("data-finding=\"" + f.id() + "\"").contains(text(f.title()))
          .contains(text(f.evidence().text())).contains(text(f.remediation()));
    }
    assertThat(dom).contains("Super Administrator").contains("complete");
  }

  @Test
  void accessExplorerOpenedOnAnApplicationShowsWhoReachesItAndThroughWhat() throws Exception {
    Path browser = Chromium.require();

    Run run = Chromium.run(browser, "--dump-dom", page.toUri() + "#application=a1");

    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.console()).isEmpty();
    String explorer = run.stdout().substring(run.stdout().indexOf("id=\"access-result\""));
    assertThat(explorer).contains("2 identities reach application GitHub")
        .contains("alice@acme.com").contains("bob@acme.com")
        .contains("via group Engineering (added by rule Engineers)");
  }

  @Test
  void hostileNamesAreRenderedAsTextAndRunNoScript(@TempDir Path dir) throws Exception {
    Path browser = Chromium.require();
    new Reports(ReportOptions.defaults()).writeAll(ReportFixtures.hostile(), dir);

    Run run = Chromium.run(browser, "--dump-dom", dir.resolve(Reports.HTML).toUri() + "#application=a1");

    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.console()).isEmpty();
    String dom = run.stdout();
    assertThat(dom).contains("data-rendered=\"true\"")
        .contains(text(ReportFixtures.HOSTILE_LOGIN)).contains(text(ReportFixtures.HOSTILE_GROUP))
        .doesNotContain("<img").doesNotContain("<script>alert");
  }

  @Test
  void everyChartIsDrawnAndGrowthShowsWithABaseline(@TempDir Path dir) throws Exception {
    Path browser = Chromium.require();
    java.util.EnumMap<dev.governance.core.model.InventoryCollection, Integer> before =
        new java.util.EnumMap<>(dev.governance.core.model.InventoryCollection.class);
    data.snapshot().counts().forEach((c, n) -> before.put(c, Math.max(0, n - 2)));
    ReportData grown = data.withBaseline(new Baseline(data.snapshot().info(), before));
    new Reports(ReportOptions.defaults()).writeAll(grown, dir);

    Run plain = Chromium.run(browser, "--dump-dom", page.toUri().toString());
    Run withGrowth = Chromium.run(browser, "--dump-dom", dir.resolve(Reports.HTML).toUri().toString());

    for (Run r : List.of(plain, withGrowth)) {
      assertThat(r.exitCode()).as(r.stderr()).isZero();
      assertThat(r.console()).isEmpty();
      for (String chart : List.of("chart-findings", "chart-apps", "chart-roles")) {
        assertThat(r.stdout()).containsPattern("id=\"" + chart + "\" data-chart=\"rendered\"><h3>[^<]+</h3><svg");
      }
    }
    assertThat(plain.stdout()).contains("id=\"chart-growth\" data-chart=\"no-baseline\"");
    String growth = withGrowth.stdout().substring(withGrowth.stdout().indexOf("id=\"chart-growth\""));
    assertThat(growth).startsWith("id=\"chart-growth\" data-chart=\"rendered\"")
        .contains("identities (+2)");
  }

  /** Text as a serialized DOM writes it in element content. */
  private static String text(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Test
  void takesAScreenshotOfThePage() throws Exception {
    Path browser = Chromium.require();
    Path shot = OUT.resolve("report.png");
    Files.deleteIfExists(shot);

    Run run = Chromium.run(browser, "--hide-scrollbars", "--window-size=1280,1800",
        "--screenshot=" + shot, page.toUri().toString());

    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(shot).exists();
    byte[] png = Files.readAllBytes(shot);
    assertThat(png.length).isGreaterThan(10_000);
    assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }
}
