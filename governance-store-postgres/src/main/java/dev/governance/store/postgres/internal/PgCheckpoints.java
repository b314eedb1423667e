package dev.governance.store.postgres.internal;

import dev.governance.core.spi.CheckpointStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The checkpoints of one integration in {@code governance_checkpoints}. */
public final class PgCheckpoints implements CheckpointStore {

  private final Jdbc jdbc;
  private final String integrationId;

  /**
   * Creates the store of one integration's checkpoints.
   *
   * @param jdbc the database
   * @param integrationId the integration
   */
  public PgCheckpoints(Jdbc jdbc, String integrationId) {
    this.jdbc = jdbc;
    this.integrationId = Objects.requireNonNull(integrationId, "integrationId");
  }

  @Override
  public Optional<String> load(String key) {
    Objects.requireNonNull(key, "key");
    return jdbc.transaction("read checkpoint " + key + " of '" + integrationId + "'", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT value FROM governance_checkpoints"
          + " WHERE integration_id = ? AND key = ?")) {
        s.setString(1, integrationId);
        s.setString(2, key);
        try (ResultSet rs = s.executeQuery()) {
          return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
        }
      }
    });
  }

  @Override
  public void save(String key, String value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    jdbc.transaction("save checkpoint " + key + " of '" + integrationId + "'", c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO governance_checkpoints"
          + " (integration_id, key, value) VALUES (?, ?, ?) ON CONFLICT (integration_id, key)"
          + " DO UPDATE SET value = EXCLUDED.value")) {
        s.setString(1, integrationId);
        s.setString(2, key);
        s.setString(3, value);
        s.executeUpdate();
      }
      return Boolean.TRUE;
    });
  }

  @Override
  public void clear(String key) {
    Objects.requireNonNull(key, "key");
    jdbc.transaction("clear checkpoint " + key + " of '" + integrationId + "'", c -> {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM governance_checkpoints"
          + " WHERE integration_id = ? AND key = ?")) {
        s.setString(1, integrationId);
        s.setString(2, key);
        s.executeUpdate();
      }
      return Boolean.TRUE;
    });
  }

  @Override
  public List<String> keys() {
    return jdbc.transaction("list the checkpoints of '" + integrationId + "'", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT key FROM governance_checkpoints"
          + " WHERE integration_id = ?")) {
        s.setString(1, integrationId);
        List<String> keys = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            keys.add(rs.getString(1));
          }
        }
        return keys;
      }
    });
  }

  @Override
  public void clearAll() {
    jdbc.transaction("clear the checkpoints of '" + integrationId + "'", c -> {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM governance_checkpoints WHERE integration_id = ?")) {
        s.setString(1, integrationId);
        s.executeUpdate();
      }
      return Boolean.TRUE;
    });
  }
}
