package dev.governance.imports.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads CSV records one at a time, as RFC 4180 says and as {@code CsvReport} writes them: fields
 * separated by commas, records ended by CRLF (or LF), fields quoted with {@code "} when they hold a
 * comma, a quote or a line break, quotes inside doubled. One leading single quote, which the writer
 * puts before a field a spreadsheet would run as a formula (and before one that starts with a
 * single quote), is dropped. A byte order mark at the start is skipped.
 *
 * <p>Holds one record at a time; the reader is buffered by the caller.
 */
final class CsvRecords {

  /** One record: the line it starts on (1-based) and its fields. */
  record Row(long line, List<String> fields) {}

  /** A record that cannot be read; the file cannot be read further. */
  static final class MalformedException extends Exception {
    private static final long serialVersionUID = 1L;
    final long line;

    MalformedException(long line, String message) {
      super(message);
      this.line = line;
    }
  }

  private final Reader in;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private long line = 1;
  private int pushedBack = -2;
  private boolean started;

  CsvRecords(Reader in) {
    this.in = in;
  }

  /** The next character, from a buffer of its own (a reader's {@code read()} locks per call). */
  private int read() throws IOException {
    if (pushedBack != -2) {
      int c = pushedBack;
      pushedBack = -2;
      return c;
    }
    if (position == limit) {
      int n = in.read(buffer, 0, buffer.length);
      if (n <= 0) {
        return -1;
      }
      position = 0;
      limit = n;
    }
    return buffer[position++];
  }

  /**
   * Reads the next record.
   *
   * @return the record, or {@code null} at the end of the input
   * @throws MalformedException if a quoted field is not closed, or text follows a closing quote
   */
  @Nullable Row next() throws IOException, MalformedException {
    int c = read();
    if (!started) {
      started = true;
      if (c == '\uFEFF') {
        c = read();
      }
    }
    if (c == -1) {
      return null;
    }
    long start = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    while (true) {
      if (quoted) {
        if (c == -1) {
          throw new MalformedException(start, "a quoted field that starts on this line is never "
              + "closed; close it with \" (and double every \" inside it)");
        }
        if (c == '"') {
          int n = read();
          if (n == '"') {
            field.append('"');
          } else {
            quoted = false;
            pushedBack = n;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append((char) c);
        }
      } else if (c == ',' ) {
        fields.add(unescape(field));
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\r' || c == '\n' || c == -1) {
        if (c == '\r') {
          int n = read();
          if (n != '\n') {
            pushedBack = n;
          }
        }
        if (c != -1) {
          line++;
        }
        fields.add(unescape(field));
        return new Row(start, fields);
      } else if (c == '"' && field.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (wasQuoted) {
        throw new MalformedException(start, "text follows the closing quote of field "
            + (fields.size() + 1) + "; quote the whole field and double every \" inside it");
      } else {
        field.append((char) c);
      }
      c = read();
    }
  }

  private static String unescape(StringBuilder field) {
    if (field.length() > 0 && field.charAt(0) == '\'') {
      return field.substring(1);
    }
    return field.toString();
  }

  /** The number of the line the next record starts on. */
  long line() {
    return line;
  }
}
