package dev.governance.testkit.faults;

import dev.governance.testkit.internal.JulFiles;
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
   * Sends everything logged through {@code java.util.logging} at its finest level to a file, and
   * reads that file: for connectors whose stack logs there (Jersey, the JDK's {@code HttpClient}
   * through its {@code System.Logger}s, anything on {@code java.util.logging} or bridged to it). The
   * root logger's level becomes {@code ALL} for the rest of the JVM; the handlers already installed
   * keep their own levels, so the console shows no more than before. Run the tests that use it in a
   * JVM of their own. Calling it again with the same file installs nothing more.
   *
   * @param file the file, appended to; its directory must exist
   * @return the log
   * @throws UncheckedIOException if the file cannot be opened
   */
  static CapturedLog javaUtilLogging(Path file) {
    Objects.requireNonNull(file, "file");
    JulFiles.install(file.toAbsolutePath().normalize());
    return file(file);
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
