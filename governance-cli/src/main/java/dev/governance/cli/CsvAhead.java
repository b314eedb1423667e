package dev.governance.cli;

import dev.governance.core.StorageFailureException;
import dev.governance.core.internal.Futures;
import dev.governance.core.report.Reports;
import dev.governance.core.snapshot.Snapshot;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The CSV files of a scan, which need only the snapshot: written on a thread of their own as soon as
 * the snapshot is built, so that they are written while the rules run, into a directory of their
 * own inside the report directory, and moved into place only when the scan writes its other
 * reports. A scan that fails before then leaves the report directory as it was.
 */
final class CsvAhead implements AutoCloseable {

  private final Reports reports;
  private final Path out;
  private @Nullable Snapshot snapshot;
  private @Nullable Path staging;
  private @Nullable Thread thread;
  private @Nullable CompletableFuture<List<Reports.Written>> written;
  private boolean committed;

  CsvAhead(Reports reports, Path out) {
    this.reports = reports;
    this.out = out;
  }

  /** Starts writing the CSV files of a snapshot. */
  void start(Snapshot built) {
    Path dir;
    try {
      Files.createDirectories(out);
      dir = Files.createTempDirectory(out, ".governance-csv-");
    } catch (IOException e) {
      throw new StorageFailureException(out, "Cannot create the report directory " + out + " ("
          + e.getMessage() + "); choose a directory you can write to.", e);
    }
    CompletableFuture<List<Reports.Written>> files = new CompletableFuture<>();
    Thread writer = new Thread(() -> {
      try {
        files.complete(reports.writeCsv(built, dir));
      } catch (Throwable e) {
        files.completeExceptionally(e);
      }
    }, "governance-csv-report");
    writer.setDaemon(true);
    snapshot = built;
    staging = dir;
    written = files;
    thread = writer;
    writer.start();
  }

  /**
   * Waits for the files of this snapshot and moves them into the report directory, replacing those
   * of the same names; writes them now if they were not started from this snapshot.
   *
   * @return the files in the report directory, with the time each took to write
   */
  List<Reports.Written> commit(Snapshot reported) {
    CompletableFuture<List<Reports.Written>> files = written;
    Path dir = staging;
    if (files == null || dir == null || snapshot != reported) {
      return reports.writeCsv(reported, out);
    }
    List<Reports.Written> placed = new ArrayList<>();
    for (Reports.Written w : Futures.join(files, "the CSV reports")) {
      Path target = out.resolve(w.file().getFileName().toString());
      move(w.file(), target);
      placed.add(new Reports.Written(target, w.took()));
    }
    committed = true;
    return placed;
  }

  /** Stops files not moved into place and removes them. */
  @Override
  public void close() {
    Thread writer = thread;
    if (!committed && writer != null) {
      writer.interrupt();
      try {
        writer.join(30_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    Path dir = staging;
    if (dir != null) {
      deleteQuietly(dir);
    }
  }

  private static void move(Path from, Path to) {
    try {
      try {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new StorageFailureException(to, "Cannot write the report file " + to + " (" + e.getMessage()
          + "); check the disk and the directory's permissions.", e);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A staging directory left behind holds nothing the report directory needs.
    }
  }
}
