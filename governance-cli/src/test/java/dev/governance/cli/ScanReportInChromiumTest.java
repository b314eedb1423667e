package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.governance.core.testing.Chromium;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.RateLimits;
import dev.governance.testkit.okta.TenantShape;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scans a generated tenant of each shape and opens the HTML report in headless Chromium: it must
 * render without a console message in under two seconds, draw every chart, group the findings by
 * rule, find identities in the access explorer quickly, and stay well under 10 MB. The figures of
 * each run are written to {@code target/chromium-report/<shape>.txt}. {@code large} runs with
 * {@code -Plong}.
 */
class ScanReportInChromiumTest {

  private static final Path FIGURES = Path.of("target", "chromium-report").toAbsolutePath();
  private static final long MAX_OPEN_MILLIS = 2_000;
  private static final long MAX_SIZE_BYTES = 10L * 1024 * 1024;
  private static final Pattern RENDER_MS = Pattern.compile("data-render-ms=\"(\\d+)\"");
  private static final Pattern SEARCH_MS = Pattern.compile("data-search-ms=\"(\\d+)\"");

  @Test
  void demoReportShowsEveryHighOrCriticalFindingOpenAtTheTop(@TempDir Path dir) throws Exception {
    Opened page = scanAndOpen(TenantShape.DEMO, dir);

    JsonNode items = page.report().path("findings").path("items");
    String findingsSection = page.dom().substring(page.dom().indexOf("id=\"finding-list\""));
    for (JsonNode f : items) {
      String severity = f.path("severity").asText();
      if (severity.equals("HIGH") || severity.equals("CRITICAL")) {
        assertThat(findingsSection).as(f.path("id").asText())
            .containsPattern("<details class=\"finding\" data-finding=\"" + Pattern.quote(f.path("id").asText())
                + "\" open=\"open\">");
      }
    }
    for (JsonNode g : page.report().path("findings").path("groups")) {
      assertThat(page.dom()).contains("data-group=\"" + g.path("ruleId").asText() + "\"");
    }
  }

  @Test
  void mediumReportOpensQuicklyAndGroupsWidespreadRules(@TempDir Path dir) throws Exception {
    Opened page = scanAndOpen(TenantShape.MEDIUM, dir);

    JsonNode widespread = null;
    for (JsonNode g : page.report().path("findings").path("groups")) {
      if (g.path("widespread").asBoolean()) {
        widespread = g;
        break;
      }
    }
    assertThat(widespread).as("a rule that fires for many identities").isNotNull();
    int rendered = count(page.dom(), "data-finding=\"" + widespread.path("ruleId").asText() + ":");
    assertThat(rendered).as("findings of a widespread group rendered before it is opened").isZero();
    assertThat(page.dom()).contains(html(widespread.path("summary").asText()));
  }

  @Test
  @Tag("long")
  void largeReportOpensQuicklyAndStaysSmall(@TempDir Path dir) throws Exception {
    Opened page = scanAndOpen(TenantShape.LARGE, dir);

    assertThat(page.report().path("counts").path("IDENTITIES").asInt()).isEqualTo(100_000);
  }

  /** The page as Chromium rendered it, with its JSON report and its figures. */
  record Opened(String dom, JsonNode report, long renderMillis, long searchMillis, long bytes) {}

  private static Opened scanAndOpen(TenantShape shape, Path dir) throws Exception {
    Path browser = Chromium.require();
    Path out = dir.resolve("report");
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(shape).seed(1)
        .rateLimits(RateLimits.disabled()).start()) {
      Path token = dir.resolve("token");
      Files.writeString(token, tenant.apiToken());
      Run scan = Run.of("scan", "--org", tenant.orgUrl(), "--allow-loopback", "--token-file",
          token.toString(), "--out", out.toString(), "--no-progress");
      assertThat(scan.exitCode()).as(scan.err()).isZero();
    }
    Path html = out.resolve("report.html");
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    String someLogin = "";
    for (JsonNode app : report.path("effectiveAccess").path("applications")) {
      if (app.path("identities").size() > 0) {
        someLogin = app.path("identities").get(0).path("login").asText();
        break;
      }
    }
    assertThat(someLogin).as("an identity listed in the access explorer").isNotEmpty();
    String query = someLogin.substring(0, someLogin.indexOf('@') > 0 ? someLogin.indexOf('@') : someLogin.length());

    Chromium.Run run = Chromium.run(browser, "--dump-dom", html.toUri() + "#search=" + query);

    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.console()).as("console messages").isEmpty();
    String dom = run.stdout();
    assertThat(dom).contains("data-rendered=\"true\"");
    for (String chart : new String[] {"chart-findings", "chart-apps", "chart-roles"}) {
      assertThat(dom).as(chart).containsPattern("id=\"" + chart + "\" data-chart=\"rendered\"");
    }
    assertThat(dom).containsPattern("id=\"chart-growth\" data-chart=\"no-baseline\"");
    assertThat(dom).contains("data-identity=\"").contains(html(someLogin));
    long renderMillis = figure(RENDER_MS, dom);
    long searchMillis = figure(SEARCH_MS, dom);
    long bytes = Files.size(html);
    Files.createDirectories(FIGURES);
    Files.writeString(FIGURES.resolve(shape.name().toLowerCase(Locale.ROOT) + ".txt"), String.format(
        Locale.ROOT, "shape=%s report.html=%d bytes (%.1f MB) opened in %d ms (page clock) search in %d ms "
            + "findings=%d groups=%d%n", shape, bytes, bytes / 1048576.0, renderMillis, searchMillis,
        report.path("findings").path("items").size(), report.path("findings").path("groups").size()),
        StandardCharsets.UTF_8);
    assertThat(renderMillis).as("opening time in ms").isLessThan(MAX_OPEN_MILLIS);
    assertThat(searchMillis).as("search time in ms").isLessThan(500);
    assertThat(bytes).as("report.html size").isLessThan(MAX_SIZE_BYTES);
    return new Opened(dom, report, renderMillis, searchMillis, bytes);
  }

  private static long figure(Pattern p, String dom) {
    Matcher m = p.matcher(dom);
    assertThat(m.find()).as(p.pattern()).isTrue();
    return Long.parseLong(m.group(1));
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  private static String html(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
