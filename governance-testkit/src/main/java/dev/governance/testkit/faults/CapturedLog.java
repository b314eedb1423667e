package dev.governance.testkit.faults;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a {@link FaultMatrix} reads what was logged during each sync, to search it for secrets.
 * Log at the finest level there (TRACE, the HTTP client's header and wire loggers included): a
 * secret logged only at TRACE is still logged.
 *
 * @since 0.1
 */
public interface CapturedLog {

  /**
   * Marks the current end of the log.
   *
   * @return the mark
   */
  long mark();

  /**
   * Returns what was logged since a mark.
   *
   * @param mark from {@link #mark()}
   * @return the text, empty if nothing was logged
   */
  String since(long mark);

  /**
   * Reads a log file that the logging backend appends to, e.g. slf4j-simple's {@code
   * org.slf4j.simpleLogger.logFile}.
   *
   * @param file the file; it need not exist yet
   * @return the log
   */
  static CapturedLog file(Path file) {
    Objects.requireNonNull(file, "file");
    return new CapturedLog() {
      @Override
      public long mark() {
        try {
          return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read the size of the log " + file, e);
        }
      }

      @Override
      public String since(long mark) {
        if (!Files.exists(file)) {
          return "";
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
          long length = in.length();
          if (length <= mark) {
            return "";
          }
          byte[] bytes = new byte[Math.toIntExact(length - mark)];
          in.seek(mark);
          in.readFully(bytes);
          return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read the log " + file, e);
        }
      }

      @Override
      public String toString() {
        return "log file " + file;
      }
    };
  }

  /**
   * Returns a log that holds nothing, for connectors that log nothing: secrets are then searched
   * for in messages, statuses and coverage reasons only, and the report says no log was read.
   *
   * @return the empty log
   */
  static CapturedLog none() {
    return new CapturedLog() {
      @Override
      public long mark() {
        return 0;
      }

      @Override
      public String since(long mark) {
        return "";
      }

      @Override
      public String toString() {
        return "no log";
      }
    };
  }
}
