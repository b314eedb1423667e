package dev.governance.core.store;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.NotFoundException;
import dev.governance.core.StorageFailureException;
import dev.governance.core.internal.AtomicFiles;
import dev.governance.core.model.Coverage;
import dev.governance.core.snapshot.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded {@link SnapshotStore}: one directory, no server. Each integration has a
 * subdirectory; each snapshot is one gzip-compressed JSON file named after its id.
 *
 * <p>Saving writes the whole file beside its final name, forces it to disk and then renames it in
 * one atomic step, so a reader sees a snapshot completely or not at all, and a crash in the middle
 * leaves the earlier snapshots as they were. Temporary files a crash left behind are never listed
 * or loaded, and are deleted when the store is opened. Snapshot ids are {@code
 * <sequence>-<saved at, UTC>}, e.g. {@code 000042-20261123T101500123Z}: they sort in the order of
 * saving even when the clock stands still or goes back.
 *
 * <p>A file torn under its final name (a disk that lost writes, a copy gone wrong) is left out of
 * {@link #list}, reported by {@link #unreadable}, passed over by {@link #loadLatest(String)} and never
 * deleted but by {@link #deleteAll}.
 *
 * <p>Thread-safe. One process at a time may use a directory.
 *
 * <pre>{@code
 * SnapshotStore store = FileSnapshotStore.builder(Path.of("/var/lib/governance/snapshots"))
 *     .retainLatest(30)
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
public final class FileSnapshotStore implements SnapshotStore {

  private static final Logger LOG = LoggerFactory.getLogger(FileSnapshotStore.class);
  private static final Pattern INTEGRATION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
  private static final Pattern FILE = Pattern.compile("(\\d{6,}-\\d{8}T\\d{9}Z)\\.snapshot\\.json(\\.gz)?");
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

  /** How long after its last write a temporary file counts as a crash's leftover. */
  static final java.time.Duration UNFINISHED_AGE = java.time.Duration.ofMinutes(10);

  private final Path root;
  private final Clock clock;
  private final int retainLatest;
  private final boolean compress;
  private final SnapshotFileFormat format = new SnapshotFileFormat();
  private final SnapshotFileCheck check = new SnapshotFileCheck(format);
  private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

  private FileSnapshotStore(Builder b) {
    this.root = b.root;
    this.clock = b.clock;
    this.retainLatest = b.retainLatest;
    this.compress = b.compress;
    try {
      Files.createDirectories(root);
      try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, Files::isDirectory)) {
        for (Path dir : dirs) {
          // A temporary file written in the last minutes may be another process's save under way.
          int n = AtomicFiles.deleteTemporaryFiles(dir, clock.instant().minus(UNFINISHED_AGE));
          if (n > 0) {
            LOG.info("deleted {} unfinished snapshot file(s) in {}", n, dir);
          }
        }
      }
    } catch (IOException e) {
      throw new StorageFailureException(root, "Cannot open the snapshot directory " + root
          + ": " + e.getMessage() + ". Check that it exists and is writable", e);
    }
  }

  /**
   * Starts a builder for a store in a directory, created if missing.
   *
   * @param directory the directory
   * @return a new builder
   */
  public static Builder builder(Path directory) {
    return new Builder(directory);
  }

  /**
   * Returns the store's directory.
   *
   * @return the directory
   */
  public Path directory() {
    return root;
  }

  @Override
  public StoredSnapshot save(String integrationId, Snapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    Path dir = dir(integrationId);
    synchronized (lock(integrationId)) {
      try {
        Files.createDirectories(dir);
        List<Entry> existing = entries(dir);
        long sequence = existing.isEmpty() ? 1 : existing.get(0).sequence() + 1;
        Instant savedAt = clock.instant();
        String id = String.format("%06d-%s", sequence, STAMP.format(savedAt));
        Path file = dir.resolve(id + ".snapshot.json" + (compress ? ".gz" : ""));
        SnapshotFileFormat.Header header = new SnapshotFileFormat.Header(
            id, integrationId, savedAt, snapshot.info(), snapshot.counts(), snapshot.coverage());
        long size = AtomicFiles.write(file, out -> {
          if (compress) {
            GZIPOutputStream gzip = new FastGzip(out);
            format.write(gzip, header, snapshot);
            gzip.finish();
          } else {
            format.write(out, header, snapshot);
          }
        });
        StoredSnapshot stored = new StoredSnapshot(
            id, integrationId, savedAt, snapshot.info(), snapshot.counts(), snapshot.coverage(), size);
        if (retainLatest > 0) {
          retainLatest(integrationId, retainLatest);
        }
        return stored;
      } catch (IOException | RuntimeException e) {
        if (e instanceof InvalidConfigurationException ice) {
          throw ice;
        }
        throw new StorageFailureException(dir, "Could not save a snapshot of integration '"
            + integrationId + "' in " + dir + ": " + e.getMessage()
            + ". The snapshots saved before are unchanged", e);
      }
    }
  }

  @Override
  public List<StoredSnapshot> list(String integrationId) {
    List<StoredSnapshot> result = new ArrayList<>();
    for (Checked c : checkAll(integrationId)) {
      if (c.verdict() instanceof SnapshotFileCheck.Verdict.Good good) {
        SnapshotFileFormat.Header h = good.header();
        result.add(new StoredSnapshot(
            c.entry().id(), integrationId, h.savedAt(), h.info(), h.counts(), h.coverage(), good.size()));
      } else if (c.verdict() instanceof SnapshotFileCheck.Verdict.Bad bad) {
        LOG.warn("skipped the unreadable snapshot {}: {}", c.entry().file(), bad.reason());
      }
    }
    return result;
  }

  @Override
  public List<UnreadableSnapshot> unreadable(String integrationId) {
    List<UnreadableSnapshot> result = new ArrayList<>();
    for (Checked c : checkAll(integrationId)) {
      if (c.verdict() instanceof SnapshotFileCheck.Verdict.Bad bad) {
        result.add(new UnreadableSnapshot(
            c.entry().id(), integrationId, c.entry().file().toString(), bad.reason()));
      }
    }
    return result;
  }

  /** Every snapshot file of an integration with what a check found, newest first. */
  private List<Checked> checkAll(String integrationId) {
    Path dir = dir(integrationId);
    List<Checked> result = new ArrayList<>();
    try {
      for (Entry e : entries(dir)) {
        try {
          result.add(new Checked(e, check.check(e.file())));
        } catch (NoSuchFileException gone) {
          check.forget(e.file()); // deleted by retention or deleteAll while listing
        }
      }
    } catch (IOException e) {
      throw new StorageFailureException(dir, "Cannot list " + dir + ": " + e.getMessage(), e);
    }
    return result;
  }

  @Override
  public Snapshot load(String integrationId, String snapshotId) {
    Path dir = dir(integrationId);
    Objects.requireNonNull(snapshotId, "snapshotId");
    Path file = null;
    try {
      for (Entry e : entries(dir)) {
        if (e.id().equals(snapshotId)) {
          file = e.file();
        }
      }
    } catch (IOException e) {
      throw new StorageFailureException(dir, "Cannot list " + dir + ": " + e.getMessage(), e);
    }
    if (file == null) {
      throw new NotFoundException("snapshot", snapshotId, "Integration '" + integrationId
          + "' has no snapshot '" + snapshotId + "'; list(...) shows the ones it has", null);
    }
    try (InputStream in = SnapshotFileCheck.open(file)) {
      return format.read(in);
    } catch (NoSuchFileException e) {
      throw new NotFoundException("snapshot", snapshotId, "The snapshot '" + snapshotId
          + "' of integration '" + integrationId + "' was deleted while it was being opened", e);
    } catch (IOException | IllegalArgumentException e) {
      throw unreadable(file, e);
    }
  }

  @Override
  public Optional<Snapshot> loadLatest(String integrationId, Latest which) {
    Objects.requireNonNull(which, "which");
    for (Checked c : checkAll(integrationId)) {
      if (c.verdict() instanceof SnapshotFileCheck.Verdict.Bad bad) {
        LOG.warn("passed over the unreadable snapshot {} for an older one: {}", c.entry().file(),
            bad.reason());
        continue;
      }
      if (which == Latest.WHOLE && c.verdict() instanceof SnapshotFileCheck.Verdict.Good good
          && !Coverage.lostToFaults(good.header().coverage()).isEmpty()) {
        continue;
      }
      try {
        return Optional.of(load(integrationId, c.entry().id()));
      } catch (NotFoundException gone) {
        // deleted by retention or deleteAll meanwhile: the next older one
      }
    }
    return Optional.empty();
  }

  @Override
  public int retainLatest(String integrationId, int keep) {
    if (keep < 1) {
      throw new InvalidConfigurationException("keep", "keep at least 1 snapshot (got " + keep
          + "); use deleteAll to delete every snapshot");
    }
    Path dir = dir(integrationId);
    synchronized (lock(integrationId)) {
      try {
        // Unreadable files are never deleted here, nor counted as kept: they may be all that is
        // left of a snapshot, and only a person can tell.
        // Nor is the newest whole snapshot, however many newer ones lost collections to failures:
        // it is what diffs and findings compare against.
        List<Entry> readable = new ArrayList<>();
        Entry newestWhole = null;
        for (Checked c : checkAll(integrationId)) {
          if (c.verdict() instanceof SnapshotFileCheck.Verdict.Good good) {
            readable.add(c.entry());
            if (newestWhole == null
                && Coverage.lostToFaults(good.header().coverage()).isEmpty()) {
              newestWhole = c.entry();
            }
          }
        }
        int deleted = 0;
        for (Entry e : readable.subList(Math.min(keep, readable.size()), readable.size())) {
          if (e.equals(newestWhole)) {
            continue;
          }
          if (Files.deleteIfExists(e.file())) {
            deleted++;
          }
          check.forget(e.file());
        }
        return deleted;
      } catch (IOException e) {
        throw new StorageFailureException(dir, "Cannot delete old snapshots in " + dir + ": "
            + e.getMessage(), e);
      }
    }
  }

  @Override
  public int deleteAll(String integrationId) {
    Path dir = dir(integrationId);
    synchronized (lock(integrationId)) {
      try {
        int deleted = entries(dir).size();
        if (Files.isDirectory(dir)) {
          try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
              Files.deleteIfExists(f);
            }
          }
          Files.deleteIfExists(dir);
        }
        return deleted;
      } catch (IOException e) {
        throw new StorageFailureException(dir, "Cannot delete the snapshots in " + dir + ": "
            + e.getMessage(), e);
      }
    }
  }

  private Object lock(String integrationId) {
    return locks.computeIfAbsent(integrationId, k -> new Object());
  }

  private Path dir(String integrationId) {
    Objects.requireNonNull(integrationId, "integrationId");
    if (!INTEGRATION_ID.matcher(integrationId).matches() || integrationId.contains("..")) {
      throw new InvalidConfigurationException("integrationId", "The integration id '" + integrationId
          + "' cannot name a snapshot directory: use letters, digits, '.', '_' and '-', starting"
          + " with a letter or digit, at most 128 characters");
    }
    return root.resolve(integrationId);
  }

  private static StorageFailureException unreadable(Path file, Exception e) {
    String what = e instanceof SnapshotFileFormat.UnsupportedVersionException
        ? e.getMessage()
        : "it is damaged or not a snapshot file (" + e.getMessage() + ")";
    return new StorageFailureException(file, "Cannot read the snapshot " + file + ": " + what, e);
  }

  /**
   * Gzip at the fastest level: snapshot files repeat field names and ids so much that it compresses
   * them nearly as small as the default level does, in much less time (see {@code docs/store.md}).
   */
  private static final class FastGzip extends GZIPOutputStream {
    FastGzip(java.io.OutputStream out) throws IOException {
      super(out, 1 << 16);
      def.setLevel(java.util.zip.Deflater.BEST_SPEED);
    }
  }

  /** A snapshot file, newest first by sequence. */
  private record Entry(String id, long sequence, Path file) {}

  /** A snapshot file and what its check found. */
  private record Checked(Entry entry, SnapshotFileCheck.Verdict verdict) {}

  private static List<Entry> entries(Path dir) throws IOException {
    List<Entry> entries = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return entries;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        var m = FILE.matcher(f.getFileName().toString());
        if (m.matches()) {
          String id = m.group(1);
          entries.add(new Entry(id, Long.parseLong(id.substring(0, id.indexOf('-'))), f));
        }
      }
    }
    entries.sort(Comparator.comparingLong(Entry::sequence).reversed());
    return entries;
  }

  /** Builds a {@link FileSnapshotStore}. */
  public static final class Builder {
    private final Path root;
    private Clock clock = Clock.systemUTC();
    private int retainLatest;
    private boolean compress = true;

    private Builder(Path root) {
      this.root = Objects.requireNonNull(root, "directory");
    }

    /**
     * Sets the clock that stamps saved snapshots.
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Keeps only the newest snapshots of each integration, deleting older ones after each save.
     *
     * @param keep how many to keep, at least 1; {@code 0} (the default) keeps all
     * @return this builder
     */
    public Builder retainLatest(int keep) {
      if (keep < 0) {
        throw new InvalidConfigurationException("retainLatest",
            "retainLatest must be 0 (keep all) or more, not " + keep);
      }
      this.retainLatest = keep;
      return this;
    }

    /**
     * Turns gzip compression of new files on (the default) or off. Files of either kind are read.
     *
     * @param value whether to compress
     * @return this builder
     */
    public Builder compress(boolean value) {
      this.compress = value;
      return this;
    }

    /**
     * Opens the store, creating the directory and deleting temporary files a crash left behind.
     *
     * @return the store
     * @throws StorageFailureException if the directory cannot be created or read
     */
    public FileSnapshotStore build() {
      return new FileSnapshotStore(this);
    }
  }
}
