package dev.governance.store.postgres.internal;

import dev.governance.core.IntegrationBusyException;
import dev.governance.core.NotFoundException;
import dev.governance.core.integration.Integration;
import dev.governance.core.integration.IntegrationJson;
import dev.governance.core.integration.Lease;
import dev.governance.core.integration.RegistryStore;
import dev.governance.core.integration.SyncStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The registry's tables: every change a transaction that locks what it changes ({@code SELECT ...
 * FOR UPDATE}, or the table for an insert, whose check spans every row), leases taken by one
 * conditional upsert, so that two workers never hold one integration at once.
 */
public final class PgRegistry implements RegistryStore {

  private final Jdbc jdbc;
  private final Clock clock;

  /**
   * Creates the registry.
   *
   * @param jdbc the database
   * @param clock the clock of lease expiry
   */
  public PgRegistry(Jdbc jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public List<Integration> list() {
    return jdbc.transaction("list the integrations", c -> {
      List<Integration> result = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(
          "SELECT id, data::text FROM governance_integrations ORDER BY position");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          result.add(read(rs));
        }
      }
      return result;
    });
  }

  @Override
  public Optional<Integration> find(String id) {
    return jdbc.transaction("read integration '" + id + "'", c -> Optional.ofNullable(select(c, id, false)));
  }

  @Override
  public Integration insert(Integration value, Consumer<Collection<Integration>> check) {
    return jdbc.transaction("add integration '" + value.id() + "'", c -> {
      try (PreparedStatement s = c.prepareStatement(
          "LOCK TABLE governance_integrations IN SHARE ROW EXCLUSIVE MODE")) {
        s.execute();
      }
      List<Integration> all = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(
          "SELECT id, data::text FROM governance_integrations ORDER BY position");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          all.add(read(rs));
        }
      }
      check.accept(List.copyOf(all));
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO governance_integrations (id, data) VALUES (?, ?::jsonb)")) {
        s.setString(1, value.id());
        s.setString(2, IntegrationJson.write(value));
        s.executeUpdate();
      }
      history(c, value.id(), value.status());
      return value;
    });
  }

  @Override
  public Change update(String id, UnaryOperator<Integration> change) {
    return jdbc.transaction("change integration '" + id + "'", c -> {
      Integration before = select(c, id, true);
      if (before == null) {
        throw notFound(id);
      }
      Integration after = change.apply(before);
      if (!after.equals(before)) {
        try (PreparedStatement s = c.prepareStatement(
            "UPDATE governance_integrations SET data = ?::jsonb WHERE id = ?")) {
          s.setString(1, IntegrationJson.write(after));
          s.setString(2, id);
          s.executeUpdate();
        }
        if (!after.status().equals(before.status())) {
          history(c, id, after.status());
        }
      }
      return new Change(before, after);
    });
  }

  @Override
  public boolean remove(String id) {
    return jdbc.transaction("delete integration '" + id + "'", c -> {
      int n;
      try (PreparedStatement s = c.prepareStatement("DELETE FROM governance_integrations WHERE id = ?")) {
        s.setString(1, id);
        n = s.executeUpdate();
      }
      for (String table : List.of("governance_status_history", "governance_leases", "governance_checkpoints")) {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE integration_id = ?")) {
          s.setString(1, id);
          s.executeUpdate();
        }
      }
      return n > 0;
    });
  }

  @Override
  public List<SyncStatus> history(String id) {
    return jdbc.transaction("read the status history of '" + id + "'", c -> {
      List<SyncStatus> result = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT state, since, reason FROM"
          + " governance_status_history WHERE integration_id = ? ORDER BY seq")) {
        s.setString(1, id);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            result.add(new SyncStatus(SyncStatus.State.valueOf(rs.getString("state")),
                Objects.requireNonNull(Jdbc.instant(rs, "since")), rs.getString("reason")));
          }
        }
      }
      return result;
    });
  }

  @Override
  public Lease acquire(String integrationId, String owner, String purpose, Duration duration) {
    Instant now = clock.instant();
    Lease wanted = new Lease(integrationId, owner, purpose, now.plus(duration));
    return jdbc.transaction("take the lease of '" + integrationId + "'", c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO governance_leases"
          + " (integration_id, owner, purpose, expires_at) VALUES (?, ?, ?, ?)"
          + " ON CONFLICT (integration_id) DO UPDATE SET owner = EXCLUDED.owner,"
          + " purpose = EXCLUDED.purpose, expires_at = EXCLUDED.expires_at"
          + " WHERE governance_leases.expires_at <= ?")) {
        s.setString(1, integrationId);
        s.setString(2, owner);
        s.setString(3, purpose);
        Jdbc.instant(s, 4, wanted.expiresAt());
        Jdbc.instant(s, 5, now);
        if (s.executeUpdate() == 1) {
          return wanted;
        }
      }
      Lease current = lease(c, integrationId);
      throw new IntegrationBusyException(integrationId,
          current == null ? "another holder" : current.owner(),
          current == null ? "work" : current.purpose(),
          current == null ? now : current.expiresAt(), purpose);
    });
  }

  @Override
  public Lease renew(Lease lease, Duration duration) {
    Instant now = clock.instant();
    Lease renewed = new Lease(lease.integrationId(), lease.owner(), lease.purpose(), now.plus(duration));
    return jdbc.transaction("renew the lease of '" + lease.integrationId() + "'", c -> {
      try (PreparedStatement s = c.prepareStatement("UPDATE governance_leases SET expires_at = ?"
          + " WHERE integration_id = ? AND owner = ?")) {
        Jdbc.instant(s, 1, renewed.expiresAt());
        s.setString(2, lease.integrationId());
        s.setString(3, lease.owner());
        if (s.executeUpdate() == 1) {
          return renewed;
        }
      }
      Lease current = lease(c, lease.integrationId());
      throw current != null
          ? new IntegrationBusyException(lease.integrationId(), current.owner(), current.purpose(),
              current.expiresAt(), "renewing the lease of " + lease.owner() + ", which expired")
          : new IntegrationBusyException(lease.integrationId(), "no one", "nothing", now,
              "renewing the lease of " + lease.owner() + ", which expired or was released");
    });
  }

  @Override
  public void release(Lease lease) {
    jdbc.transaction("release the lease of '" + lease.integrationId() + "'", c -> {
      try (PreparedStatement s = c.prepareStatement(
          "DELETE FROM governance_leases WHERE integration_id = ? AND owner = ?")) {
        s.setString(1, lease.integrationId());
        s.setString(2, lease.owner());
        s.executeUpdate();
      }
      return Boolean.TRUE;
    });
  }

  @Override
  public Optional<Lease> lease(String integrationId) {
    Instant now = clock.instant();
    return jdbc.transaction("read the lease of '" + integrationId + "'",
        c -> Optional.ofNullable(lease(c, integrationId)).filter(l -> l.liveAt(now)));
  }

  private static @Nullable Lease lease(Connection c, String integrationId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT owner, purpose, expires_at FROM"
        + " governance_leases WHERE integration_id = ?")) {
      s.setString(1, integrationId);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? new Lease(integrationId, rs.getString("owner"), rs.getString("purpose"),
            Objects.requireNonNull(Jdbc.instant(rs, "expires_at"))) : null;
      }
    }
  }

  private @Nullable Integration select(Connection c, String id, boolean forUpdate) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT id, data::text FROM governance_integrations"
        + " WHERE id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? read(rs) : null;
      }
    }
  }

  private Integration read(ResultSet rs) throws SQLException {
    return IntegrationJson.read(rs.getString(2), jdbc.location() + " integration " + rs.getString(1));
  }

  private static void history(Connection c, String id, SyncStatus status) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO governance_status_history"
        + " (integration_id, state, since, reason) VALUES (?, ?, ?, ?)")) {
      s.setString(1, id);
      s.setString(2, status.state().name());
      Jdbc.instant(s, 3, status.since());
      s.setString(4, status.reason());
      s.executeUpdate();
    }
  }

  private static NotFoundException notFound(String id) {
    return new NotFoundException("integration", id, "No integration with id '" + id
        + "'; list() shows the ones registered", null);
  }
}
