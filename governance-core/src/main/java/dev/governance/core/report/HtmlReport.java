package dev.governance.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Writes the self-contained HTML report: one page with inline style and script, which fetches
 * nothing. It shows a summary (counts, access level, findings by severity), coverage per
 * collection, the findings with their evidence and remediation, and an access explorer (pick an
 * application or role to see who reaches it and through what; pick an identity to see what it
 * reaches).
 *
 * <p>The page's data is the JSON report ({@link JsonReport}) inside a {@code <script
 * type="application/json">} element, streamed with every {@code <}, {@code >}, {@code &}, U+2028
 * and U+2029 written as a JSON unicode escape (a backslash, {@code u} and four hex digits), so no
 * text from the tenant can close the element. The script renders every value as text ({@code
 * textContent}), never as markup. The only value placed into the markup on the server side, the
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
    String template = template();
    int data0 = template.indexOf(DATA_MARK);
    String head = template.substring(0, data0)
        .replace(TITLE_MARK, escapeHtml(data.snapshot().info().tenant()));
    out.write(head);
    JsonGenerator g = new JsonFactory().createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setCharacterEscapes(new ScriptSafeEscapes());
    json.write(g, data);
    g.flush();
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

  /** JSON escapes that make the text safe inside an HTML script element. */
  private static final class ScriptSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    ScriptSafeEscapes() {
      ascii['<'] = ESCAPE_STANDARD;
      ascii['>'] = ESCAPE_STANDARD;
      ascii['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028) {
        return new SerializedString("\\u2028");
      }
      if (ch == 0x2029) {
        return new SerializedString("\\u2029");
      }
      return null;
    }
  }
}
