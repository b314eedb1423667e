package dev.governance.testkit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** The files that {@code CapturedLog.javaUtilLogging} sends the root logger's records to. */
public final class JulFiles {
  private static final Set<Path> INSTALLED = ConcurrentHashMap.newKeySet();

  private JulFiles() {}

  /**
   * Sends every record of the root logger to a file, once per file, and lowers the root logger's
   * level to {@code ALL}.
   *
   * @param file the absolute, normalized file
   * @throws UncheckedIOException if the file cannot be opened
   */
  public static void install(Path file) {
    if (!INSTALLED.add(file)) {
      return;
    }
    try {
      FileHandler handler = new FileHandler(file.toString(), true);
      handler.setFormatter(new SimpleFormatter());
      handler.setLevel(Level.ALL);
      Logger root = Logger.getLogger("");
      root.addHandler(handler);
      root.setLevel(Level.ALL);
    } catch (IOException e) {
      INSTALLED.remove(file);
      throw new UncheckedIOException("cannot open the log file " + file
          + " for java.util.logging; check that its directory exists and can be written", e);
    }
  }
}
