package dev.governance.testkit.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CapturedLogTest {

  @TempDir Path dir;

  private final Logger root = Logger.getLogger("");
  private final Level rootLevel = root.getLevel();

  /** Takes back what javaUtilLogging installed, so the other tests of this JVM log as before. */
  @AfterEach
  void restoreRootLogger() {
    for (Handler h : root.getHandlers()) {
      if (h instanceof FileHandler) {
        root.removeHandler(h);
        h.close();
      }
    }
    root.setLevel(rootLevel);
  }

  @Test
  void javaUtilLoggingReadsRecordsAtTheFinestLevelFromJulAndSystemLoggers() {
    CapturedLog log = CapturedLog.javaUtilLogging(dir.resolve("jul.log"));
    long mark = log.mark();

    Logger.getLogger("dev.governance.test.jul").finest("a finest record");
    System.getLogger("dev.governance.test.system").log(System.Logger.Level.TRACE, "a trace record");

    assertThat(log.since(mark)).contains("a finest record", "a trace record");
  }

  @Test
  void javaUtilLoggingTwiceWithOneFileWritesEachRecordOnce() {
    Path file = dir.resolve("jul.log");
    CapturedLog.javaUtilLogging(file);
    CapturedLog log = CapturedLog.javaUtilLogging(file);
    long mark = log.mark();

    Logger.getLogger("dev.governance.test.jul").fine("logged once");

    String logged = log.since(mark);
    assertThat(logged.indexOf("logged once")).isNotNegative().isEqualTo(logged.lastIndexOf("logged once"));
  }

  @Test
  void javaUtilLoggingIntoAMissingDirectorySaysWhatToCheck() {
    assertThatThrownBy(() -> CapturedLog.javaUtilLogging(dir.resolve("missing/jul.log")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("check that its directory exists");
  }
}
