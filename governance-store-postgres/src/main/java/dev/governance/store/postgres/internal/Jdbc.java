package dev.governance.store.postgres.internal;

import dev.governance.core.GovernanceException;
import dev.governance.core.StorageFailureException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/** Runs units of work in transactions, and turns SQL failures into storage failures. */
public final class Jdbc {

  /** A unit of work on one connection. */
  @FunctionalInterface
  public interface Work<T> {
    /**
     * Does the work.
     *
     * @param c the connection, in a transaction
     * @return the result
     * @throws Exception anything; SQL and I/O failures become {@link StorageFailureException}
     */
    T run(Connection c) throws Exception;
  }

  private final DataSource dataSource;
  private final String location;

  /**
   * Creates the runner.
   *
   * @param dataSource where connections come from
   * @param location the database as errors name it, without credentials
   */
  public Jdbc(DataSource dataSource, String location) {
    this.dataSource = dataSource;
    this.location = location;
  }

  /**
   * Returns the database as errors name it.
   *
   * @return the location
   */
  public String location() {
    return location;
  }

  /**
   * Runs work in one transaction: committed if it returns, rolled back if it throws.
   *
   * @param what what the work does, for an error message
   * @param work the work
   * @param <T> the result type
   * @return the result
   */
  public <T> T transaction(String what, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (Exception | Error e) {
        try {
          c.rollback();
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
        throw e;
      }
    } catch (GovernanceException | Error e) {
      throw e;
    } catch (Exception e) {
      throw failure(what, e);
    }
  }

  /**
   * Wraps a failure.
   *
   * @param what what failed
   * @param e the cause
   * @return the exception to throw
   */
  public StorageFailureException failure(String what, Exception e) {
    return new StorageFailureException(location, "Cannot " + what + " in " + location + ": "
        + e.getMessage() + ". What was stored before is unchanged", e);
  }

  /**
   * Binds an instant as {@code timestamptz}.
   *
   * @param s the statement
   * @param index the parameter
   * @param value the instant
   * @throws SQLException if binding fails
   */
  public static void instant(PreparedStatement s, int index, Instant value) throws SQLException {
    s.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
  }

  /**
   * Reads a {@code timestamptz} column.
   *
   * @param rs the row
   * @param column the column
   * @return the instant, or {@code null}
   * @throws SQLException if reading fails
   */
  public static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }
}
