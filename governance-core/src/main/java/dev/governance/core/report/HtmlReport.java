package dev.governance.core.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the self-contained HTML report: one page with inline style and script, which fetches
 * nothing. It shows a summary (counts, access level, findings by severity), coverage per
 * collection, the findings with their evidence and remediation, and an access explorer (pick an
 * application or role to see who reaches it and through what; pick an identity to see what it
 * reaches).
 *
 * <p>The page's data is the JSON report ({@link JsonReport}), gzipped and Base64-encoded inside a
 * {@code <script type="application/gzip">} element: Base64 has no {@code <}, {@code >} or {@code
 * &}, so no text from the tenant can close the element, and the page of a 100,000-identity tenant
 * stays a few megabytes. The browser inflates it with its own {@code DecompressionStream}, nothing
 * fetched. The script renders findings grouped by rule (summary and worst few first, the full list
 * paged on demand), draws its charts as inline SVG from the same data, and renders every value as
 * text ({@code textContent}), never as markup. The only value placed into the markup on the server side, the
 * tenant in the page title, is HTML-escaped. A link to {@code report.html#application=<id>},
 * {@code #role=<id>} or {@code #identity=<id>} opens the access explorer there.
 *
 * @since 0.1
 */
public final class HtmlReport {

  private static final String TEMPLATE = "report-template.html";
  private static final String DATA_MARK = "/*REPORT_DATA*/";
  private static final String TITLE_MARK = "<!--TENANT-->";

  private final JsonReport json;

  /**
   * Creates a writer.
   *
   * @param options how much effective access the page lists
   */
  public HtmlReport(ReportOptions options) {
    this.json = new JsonReport(options);
  }

  /**
   * Writes the page.
   *
   * @param data what to report
   * @param out where to write (UTF-8 expected); not closed
   * @throws IOException if writing fails
   */
  public void write(ReportData data, Writer out) throws IOException {
    ByteArrayOutputStream embedded = new ByteArrayOutputStream(1 << 16);
    try (GZIPOutputStream gzip = new GZIPOutputStream(embedded, 1 << 16)) {
      JsonGenerator g = new JsonFactory().createGenerator(gzip, JsonEncoding.UTF8);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.write(g, data);
      g.flush();
    }
    writePage(data, embedded.toByteArray(), out);
  }

  /**
   * Writes the page around the JSON report already written and gzipped.
   *
   * @param gzippedJson the JSON report, gzipped
   */
  void writePage(ReportData data, byte[] gzippedJson, Writer out) throws IOException {
    String template = template();
    int data0 = template.indexOf(DATA_MARK);
    out.write(template.substring(0, data0)
        .replace(TITLE_MARK, escapeHtml(data.snapshot().info().tenant())));
    Base64.Encoder base64 = Base64.getEncoder();
    int chunk = 3 * 16_384;
    for (int off = 0; off < gzippedJson.length; off += chunk) {
      byte[] encoded = base64.encode(java.util.Arrays.copyOfRange(gzippedJson, off,
          Math.min(gzippedJson.length, off + chunk)));
      out.write(new String(encoded, StandardCharsets.US_ASCII));
    }
    out.write(template.substring(data0 + DATA_MARK.length()));
    out.flush();
  }

  /**
   * Escapes text for HTML element content and attribute values.
   *
   * @param text the text
   * @return the text with {@code & < > " '} replaced by character references
   */
  public static String escapeHtml(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static String template() {
    try (InputStream in = HtmlReport.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("the HTML report template " + TEMPLATE + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
