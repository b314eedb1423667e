package dev.governance.core.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs headless Chromium on a page, for the tests that load the HTML reports in a browser (core's
 * reports, the CLI's scan report). Where no Chromium is installed, a test that asks for it is
 * skipped with the reason.
 */
public final class Chromium {
  private static final List<String> NAMES =
      List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

  private Chromium() {}

  /**
   * What a Chromium run printed.
   *
   * @param exitCode the browser's exit code
   * @param stdout what it wrote to standard output, e.g. the DOM of {@code --dump-dom}
   * @param stderr its log, console messages among it
   */
  public record Run(int exitCode, String stdout, String stderr) {
    /** The page's console messages, as the browser logged them. */
    public List<String> console() {
      return stderr.lines().filter(l -> l.contains(":CONSOLE")).toList();
    }
  }

  /**
   * Finds Chromium: {@code $CHROMIUM}, or a Chromium or Chrome on {@code PATH}.
   *
   * @return the browser's executable
   * @throws org.opentest4j.TestAbortedException (skipping the test) if there is none
   */
  public static Path require() {
    String explicit = System.getenv("CHROMIUM");
    Optional<Path> browser = explicit != null && Files.isExecutable(Path.of(explicit))
        ? Optional.of(Path.of(explicit))
        : Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .flatMap(dir -> NAMES.stream().map(n -> Path.of(dir, n)))
            .filter(Files::isExecutable)
            .findFirst();
    Assumptions.assumeTrue(browser.isPresent(), "Chromium is not installed (looked for " + NAMES
        + " on PATH and $CHROMIUM); install Debian's chromium package to run this test");
    return browser.orElseThrow();
  }

  /**
   * Runs the browser headless, with a fresh profile and no network of its own, until the page is
   * idle.
   *
   * @param browser the executable {@link #require()} found
   * @param args what to do, e.g. {@code --dump-dom} and the page's URL
   * @return what it printed
   * @throws IOException if the browser cannot be started
   * @throws InterruptedException if interrupted while it runs
   */
  public static Run run(Path browser, String... args) throws IOException, InterruptedException {
    Path userData = Files.createTempDirectory("chromium-profile");
    List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--user-data-dir=" + userData, "--enable-logging=stderr", "--v=0",
        // The page inflates its data asynchronously; this makes Chromium wait until it is idle.
        "--virtual-time-budget=120000"));
    command.addAll(List.of(args));
    Path stdout = Files.createTempFile("chromium", ".out");
    Path stderr = Files.createTempFile("chromium", ".err");
    Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile()).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("Chromium did not finish within 180 seconds: " + command);
    }
    return new Run(p.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }
}
