package dev.governance.store.postgres.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The bytes of one snapshot as rows of {@code governance_snapshot_chunks}: written a chunk at a
 * time as they are produced, read a chunk at a time through a cursor, so no more than one chunk of
 * a snapshot is ever held.
 */
final class ChunkStreams {

  /** The size of a chunk: large enough for few rows, small enough to hold one. */
  static final int CHUNK = 1 << 20;

  private ChunkStreams() {}

  /** Buffers one chunk and inserts it when full; counts the bytes. */
  static final class Out extends OutputStream {
    private final PreparedStatement insert;
    private final long snapshotPk;
    private final byte[] buffer = new byte[CHUNK];
    private int filled;
    private int seq;
    private long total;

    Out(Connection c, long snapshotPk) throws SQLException {
      this.insert = c.prepareStatement(
          "INSERT INTO governance_snapshot_chunks (snapshot_pk, seq, data) VALUES (?, ?, ?)");
      this.snapshotPk = snapshotPk;
    }

    @Override
    public void write(int b) throws IOException {
      if (filled == CHUNK) {
        flushChunk();
      }
      buffer[filled++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      while (len > 0) {
        if (filled == CHUNK) {
          flushChunk();
        }
        int n = Math.min(len, CHUNK - filled);
        System.arraycopy(b, off, buffer, filled, n);
        filled += n;
        off += n;
        len -= n;
      }
    }

    private void flushChunk() throws IOException {
      if (filled == 0) {
        return;
      }
      try {
        insert.setLong(1, snapshotPk);
        insert.setInt(2, seq++);
        byte[] data = filled == CHUNK ? buffer : java.util.Arrays.copyOf(buffer, filled);
        insert.setBytes(3, data);
        insert.executeUpdate();
      } catch (SQLException e) {
        throw new IOException(e.getMessage(), e);
      }
      total += filled;
      filled = 0;
    }

    long total() {
      return total;
    }

    @Override
    public void close() throws IOException {
      flushChunk();
      try {
        insert.close();
      } catch (SQLException e) {
        throw new IOException(e.getMessage(), e);
      }
    }
  }

  /** Reads the chunks in order through a cursor (the connection must not auto-commit). */
  static final class In extends InputStream {
    private final PreparedStatement select;
    private final ResultSet rows;
    private byte[] chunk = new byte[0];
    private int pos;

    In(Connection c, long snapshotPk) throws SQLException {
      this.select = c.prepareStatement(
          "SELECT data FROM governance_snapshot_chunks WHERE snapshot_pk = ? ORDER BY seq");
      select.setFetchSize(1);
      select.setLong(1, snapshotPk);
      this.rows = select.executeQuery();
    }

    private boolean ensure() throws IOException {
      while (pos == chunk.length) {
        try {
          if (!rows.next()) {
            return false;
          }
          chunk = rows.getBytes(1);
          pos = 0;
        } catch (SQLException e) {
          throw new IOException(e.getMessage(), e);
        }
      }
      return true;
    }

    @Override
    public int read() throws IOException {
      if (!ensure()) {
        return -1;
      }
      return chunk[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (!ensure()) {
        return -1;
      }
      int n = Math.min(len, chunk.length - pos);
      System.arraycopy(chunk, pos, b, off, n);
      pos += n;
      return n;
    }

    @Override
    public void close() throws IOException {
      try {
        rows.close();
        select.close();
      } catch (SQLException e) {
        throw new IOException(e.getMessage(), e);
      }
    }
  }
}
