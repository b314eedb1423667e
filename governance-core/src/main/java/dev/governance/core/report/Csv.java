package dev.governance.core.report;

import java.io.IOException;
import java.io.Writer;
import org.jspecify.annotations.Nullable;

/**
 * Writes CSV rows as RFC 4180 says: fields separated by commas, rows ended by CRLF, a field quoted
 * when it holds a comma, a double quote, a CR or an LF, and a double quote inside a quoted field
 * doubled. A field that a spreadsheet would take for a formula (starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a CR) is prefixed with a single quote, so that a name read from a
 * tenant can never run as a formula where the file is opened. A field that starts with a single
 * quote gets one too, so that a reader drops exactly one leading single quote and reads every value
 * back as it was.
 */
final class Csv {
  private final Writer out;

  Csv(Writer out) {
    this.out = out;
  }

  void row(@Nullable String... fields) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(fields[i]));
    }
    out.write("\r\n");
  }

  static String field(@Nullable String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String v = value;
    char first = v.charAt(0);
    if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
        || first == '\'') {
      v = "'" + v;
    }
    boolean quote = false;
    for (int i = 0; i < v.length() && !quote; i++) {
      char c = v.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }
}
