package dev.governance.store.postgres.internal;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.NotFoundException;
import dev.governance.core.model.Coverage;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.store.SnapshotFiles;
import dev.governance.core.store.SnapshotStore;
import dev.governance.core.store.StoredSnapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Snapshots in {@code governance_snapshots} and their gzip in chunks: a save streams the snapshot
 * format through gzip into chunk rows and commits the row with its chunks in one transaction; a
 * load streams the chunks back through a cursor. Ids are those of the directory store.
 */
public final class PgSnapshots implements SnapshotStore {

  private static final Pattern INTEGRATION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

  private final Jdbc jdbc;
  private final Clock clock;
  private final int retainLatest;

  /**
   * Creates the store.
   *
   * @param jdbc the database
   * @param clock stamps saved snapshots
   * @param retainLatest snapshots kept per integration after each save; 0 keeps all
   */
  public PgSnapshots(Jdbc jdbc, Clock clock, int retainLatest) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.retainLatest = retainLatest;
  }

  @Override
  public StoredSnapshot save(String integrationId, Snapshot snapshot) {
    requireId(integrationId);
    StoredSnapshot stored = jdbc.transaction("save a snapshot of '" + integrationId + "'", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
        s.setString(1, "governance_snapshots:" + integrationId);
        s.execute();
      }
      long sequence;
      try (PreparedStatement s = c.prepareStatement("SELECT coalesce(max(sequence), 0) + 1 FROM"
          + " governance_snapshots WHERE integration_id = ?")) {
        s.setString(1, integrationId);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          sequence = rs.getLong(1);
        }
      }
      Instant savedAt = clock.instant();
      String id = String.format("%06d-%s", sequence, STAMP.format(savedAt));
      long pk;
      try (PreparedStatement s = c.prepareStatement("INSERT INTO governance_snapshots (integration_id,"
          + " sequence, snapshot_id, saved_at, whole, size_bytes, header) VALUES (?, ?, ?, ?, ?, 0, '')"
          + " RETURNING pk")) {
        s.setString(1, integrationId);
        s.setLong(2, sequence);
        s.setString(3, id);
        Jdbc.instant(s, 4, savedAt);
        s.setBoolean(5, Coverage.lostToFaults(snapshot.coverage()).isEmpty());
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          pk = rs.getLong(1);
        }
      }
      long size;
      try (ChunkStreams.Out chunks = new ChunkStreams.Out(c, pk)) {
        GZIPOutputStream gzip = new GZIPOutputStream(chunks, 1 << 16) {
          {
            def.setLevel(Deflater.BEST_SPEED);
          }
        };
        SnapshotFiles.write(gzip, id, integrationId, savedAt, snapshot);
        gzip.finish();
        chunks.close();
        size = chunks.total();
      }
      StoredSnapshot result = new StoredSnapshot(id, integrationId, savedAt, snapshot.info(),
          snapshot.counts(), snapshot.coverage(), size);
      ByteArrayOutputStream header = new ByteArrayOutputStream();
      SnapshotFiles.writeHeader(header, result);
      try (PreparedStatement s = c.prepareStatement(
          "UPDATE governance_snapshots SET size_bytes = ?, header = ? WHERE pk = ?")) {
        s.setLong(1, size);
        s.setString(2, header.toString(StandardCharsets.UTF_8));
        s.setLong(3, pk);
        s.executeUpdate();
      }
      return result;
    });
    if (retainLatest > 0) {
      retainLatest(integrationId, retainLatest);
    }
    return stored;
  }

  @Override
  public List<StoredSnapshot> list(String integrationId) {
    return jdbc.transaction("list the snapshots of '" + integrationId + "'", c -> {
      List<StoredSnapshot> result = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT snapshot_id, size_bytes, header FROM"
          + " governance_snapshots WHERE integration_id = ? ORDER BY sequence DESC")) {
        s.setString(1, integrationId);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            result.add(SnapshotFiles.readHeader(
                new ByteArrayInputStream(rs.getString(3).getBytes(StandardCharsets.UTF_8)),
                rs.getLong(2), where(integrationId, rs.getString(1))));
          }
        }
      }
      return result;
    });
  }

  @Override
  public Snapshot load(String integrationId, String snapshotId) {
    return jdbc.transaction("load snapshot " + snapshotId + " of '" + integrationId + "'", c -> {
      long pk = pk(c, integrationId, snapshotId);
      try (InputStream in = new GZIPInputStream(new ChunkStreams.In(c, pk), 1 << 16)) {
        return SnapshotFiles.read(in, where(integrationId, snapshotId));
      }
    });
  }

  @Override
  public Optional<Snapshot> loadLatest(String integrationId, Latest which) {
    Optional<String> id = jdbc.transaction("find the latest snapshot of '" + integrationId + "'", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT snapshot_id FROM governance_snapshots"
          + " WHERE integration_id = ?" + (which == Latest.WHOLE ? " AND whole" : "")
          + " ORDER BY sequence DESC LIMIT 1")) {
        s.setString(1, integrationId);
        try (ResultSet rs = s.executeQuery()) {
          return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
        }
      }
    });
    return id.map(s -> load(integrationId, s));
  }

  @Override
  public int retainLatest(String integrationId, int keep) {
    if (keep < 1) {
      throw new InvalidConfigurationException("keep", "Keep at least 1 snapshot; got " + keep
          + "; use deleteAll to delete every snapshot");
    }
    return jdbc.transaction("delete old snapshots of '" + integrationId + "'", c -> {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM governance_snapshots WHERE"
          + " integration_id = ? AND sequence NOT IN (SELECT sequence FROM governance_snapshots"
          + " WHERE integration_id = ? ORDER BY sequence DESC LIMIT ?) AND sequence <> coalesce("
          + "(SELECT max(sequence) FROM governance_snapshots WHERE integration_id = ? AND whole), -1)")) {
        s.setString(1, integrationId);
        s.setString(2, integrationId);
        s.setInt(3, keep);
        s.setString(4, integrationId);
        return s.executeUpdate();
      }
    });
  }

  @Override
  public int deleteAll(String integrationId) {
    return jdbc.transaction("delete the snapshots of '" + integrationId + "'", c -> {
      try (PreparedStatement s = c.prepareStatement(
          "DELETE FROM governance_snapshots WHERE integration_id = ?")) {
        s.setString(1, integrationId);
        return s.executeUpdate();
      }
    });
  }

  private long pk(Connection c, String integrationId, String snapshotId) throws java.sql.SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT pk FROM governance_snapshots WHERE"
        + " integration_id = ? AND snapshot_id = ?")) {
      s.setString(1, integrationId);
      s.setString(2, snapshotId);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new NotFoundException("snapshot", snapshotId, "Integration '" + integrationId
              + "' has no snapshot '" + snapshotId + "'; list(...) shows the ones it has", null);
        }
        return rs.getLong(1);
      }
    }
  }

  private String where(String integrationId, String snapshotId) {
    return jdbc.location() + " " + integrationId + "/" + snapshotId;
  }

  private static void requireId(String integrationId) {
    if (integrationId == null || !INTEGRATION_ID.matcher(integrationId).matches()) {
      throw new InvalidConfigurationException("integrationId", "An integration id is letters,"
          + " digits, '.', '_' and '-', starting with a letter or digit, at most 128 characters");
    }
  }
}
