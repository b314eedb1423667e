package dev.governance.core.store;

import dev.governance.core.StorageFailureException;
import dev.governance.core.snapshot.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;

/**
 * The snapshot file format of {@code docs/store.md}, for stores other than {@link
 * FileSnapshotStore}: write a snapshot to a stream and read one back, one item at a time, never
 * holding the JSON text of the whole snapshot. Compression is the caller's (wrap the streams in
 * gzip).
 *
 * @since 0.1
 */
public final class SnapshotFiles {

  private SnapshotFiles() {}

  /**
   * Writes a snapshot in the current format version. Does not close the stream.
   *
   * @param out where to write
   * @param snapshotId the id the store gives it
   * @param integrationId its integration
   * @param savedAt when the store saved it
   * @param snapshot the snapshot
   * @throws UncheckedIOException if the stream fails
   */
  public static void write(OutputStream out, String snapshotId, String integrationId,
      Instant savedAt, Snapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    SnapshotFileFormat.Header header = new SnapshotFileFormat.Header(snapshotId, integrationId,
        savedAt, snapshot.info(), snapshot.counts(), snapshot.coverage());
    try {
      new SnapshotFileFormat().write(new NonClosing(out), header, snapshot);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a whole snapshot of any format version this release reads, and checks its counts.
   *
   * @param in the uncompressed content
   * @param where what to name in an error, e.g. the store and the snapshot id
   * @return the snapshot
   * @throws StorageFailureException if the content is damaged, cut short or of a newer version
   */
  public static Snapshot read(InputStream in, String where) {
    try {
      return new SnapshotFileFormat().read(in);
    } catch (IOException | RuntimeException e) {
      throw new StorageFailureException(where, "The snapshot " + where + " cannot be read: "
          + e.getMessage() + ". The other snapshots are unaffected", e);
    }
  }

  /**
   * Writes what a store knows of a saved snapshot without loading it (its header: ids, info, counts
   * and coverage) as a document of the snapshot format whose arrays are left empty. Read it back
   * with {@link #readHeader}.
   *
   * @param out where to write; not closed
   * @param stored the saved snapshot
   */
  public static void writeHeader(OutputStream out, StoredSnapshot stored) {
    SnapshotFileFormat.Header header = new SnapshotFileFormat.Header(stored.id(),
        stored.integrationId(), stored.savedAt(), stored.info(), stored.counts(), stored.coverage());
    Snapshot empty = Snapshot.builder(stored.info().tenant(), stored.info().connectorId()).build();
    try {
      new SnapshotFileFormat().write(new NonClosing(out), header, empty);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the header of a snapshot document: of a whole snapshot, or of what {@link #writeHeader}
   * wrote.
   *
   * @param in the uncompressed content
   * @param sizeBytes the snapshot's size in the store
   * @param where what to name in an error
   * @return what the store knows of the snapshot
   * @throws StorageFailureException if the content is not a snapshot header of a known version
   */
  public static StoredSnapshot readHeader(InputStream in, long sizeBytes, String where) {
    try {
      SnapshotFileFormat.Header h = new SnapshotFileFormat().readHeader(in);
      return new StoredSnapshot(h.snapshotId(), h.integrationId(), h.savedAt(), h.info(), h.counts(),
          h.coverage(), sizeBytes);
    } catch (IOException | RuntimeException e) {
      throw new StorageFailureException(where, "The header of snapshot " + where
          + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
