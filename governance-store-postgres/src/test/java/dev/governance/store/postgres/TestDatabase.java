package dev.governance.store.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * One real PostgreSQL server per test JVM, started from the embedded binaries (no server, no
 * Docker), and a fresh database for each caller.
 */
final class TestDatabase {

  private static EmbeddedPostgres server;
  private static final AtomicInteger NEXT = new AtomicInteger();

  private TestDatabase() {}

  static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().setPGStartupWait(java.time.Duration.ofSeconds(90)).start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (IOException e) {
          // the JVM ends anyway
        }
      }));
    }
    return server;
  }

  /** Creates an empty database and returns its name. */
  static String freshDatabase() {
    String name = "governance_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
    try (Connection c = server().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return name;
  }

  static DataSource dataSource(String database) {
    return server().getDatabase("postgres", database);
  }

  static String jdbcUrl(String database) {
    return server().getJdbcUrl("postgres", database);
  }
}
