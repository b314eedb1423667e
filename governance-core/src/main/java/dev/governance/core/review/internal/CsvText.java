package dev.governance.core.review.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 CSV, written as the reports write it (a field a spreadsheet would take for a formula,
 * or one starting with a single quote, gets a leading single quote) and read back (exactly one
 * leading single quote dropped).
 */
public final class CsvText {
  private CsvText() {}

  /**
   * Writes one row, ended by CRLF.
   *
   * @param out where to write
   * @param fields the fields; {@code null} is empty
   * @throws IOException if writing fails
   */
  public static void row(Writer out, List<@Nullable String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(fields.get(i)));
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

  /**
   * Reads every row. A field that starts with a single quote loses it.
   *
   * @param in the text
   * @return the rows, each a list of fields
   * @throws IOException if reading fails or a quoted field is not closed
   */
  public static List<List<String>> read(Reader in) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int c;
    while ((c = in.read()) != -1) {
      char ch = (char) c;
      any = true;
      if (quoted) {
        if (ch == '"') {
          in.mark(1);
          int next = in.read();
          if (next == '"') {
            field.append('"');
          } else {
            quoted = false;
            if (next == -1) {
              break;
            }
            ch = (char) next;
            if (!separator(ch, row, field, rows)) {
              field.append(ch);
            }
          }
        } else {
          field.append(ch);
        }
      } else if (ch == '"' && field.length() == 0) {
        quoted = true;
      } else if (!separator(ch, row, field, rows)) {
        field.append(ch);
      }
      if (ch == '\n') {
        row = new ArrayList<>();
        any = false;
      }
    }
    if (quoted) {
      throw new IOException("a quoted field is not closed before the end of the file");
    }
    if (any || field.length() > 0 || !row.isEmpty()) {
      row.add(unquote(field.toString()));
      rows.add(row);
    }
    return rows;
  }

  private static boolean separator(char ch, List<String> row, StringBuilder field, List<List<String>> rows) {
    if (ch == ',') {
      row.add(unquote(field.toString()));
      field.setLength(0);
      return true;
    }
    if (ch == '\r') {
      return true;
    }
    if (ch == '\n') {
      row.add(unquote(field.toString()));
      field.setLength(0);
      rows.add(row);
      return true;
    }
    return false;
  }

  private static String unquote(String value) {
    return value.startsWith("'") ? value.substring(1) : value;
  }
}
