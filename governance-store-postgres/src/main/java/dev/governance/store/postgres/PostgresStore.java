package dev.governance.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.Secret;
import dev.governance.core.integration.CredentialReference;
import dev.governance.core.integration.Integration;
import dev.governance.core.integration.Lease;
import dev.governance.core.integration.RegistryStore;
import dev.governance.core.integration.SecretResolver;
import dev.governance.core.integration.SyncStatus;
import dev.governance.core.review.ReviewStore;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.spi.CheckpointStore;
import dev.governance.core.store.SnapshotStore;
import dev.governance.core.store.StoredSnapshot;
import dev.governance.store.postgres.internal.Jdbc;
import dev.governance.store.postgres.internal.PgCheckpoints;
import dev.governance.store.postgres.internal.PgRegistry;
import dev.governance.store.postgres.internal.PgReviews;
import dev.governance.store.postgres.internal.PgSnapshots;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;

/**
 * The registry, status history, snapshots, leases, checkpoints and access reviews ({@link
 * #reviews()}) on PostgreSQL, for many
 * processes on many machines at once: every change is a transaction that locks what it changes; a
 * lease is taken by one conditional upsert, so two workers never hold one integration; a snapshot is
 * streamed through gzip into chunk rows and committed with them in one transaction, so a reader (or
 * a crash) never meets half of one; and no snapshot is ever held whole in memory.
 *
 * <pre>{@code
 * try (PostgresStore store = PostgresStore.builder()
 *     .jdbcUrl("jdbc:postgresql://db.example.com/governance")
 *     .user("governance")
 *     .password(CredentialReference.environmentVariable("GOVERNANCE_DB_PASSWORD"))
 *     .build()) {
 *   Integrations registry = Integrations.builder(store, store)
 *       .connectors(Connectors.builder().build())
 *       .build();
 *   ...
 * }
 * }</pre>
 *
 * <p>The schema is created and migrated with Flyway when the store is built (its history in the
 * table {@code governance_schema_history}); see {@code docs/store-postgres.md}. Lease expiry is
 * judged by the store's clock, so the machines sharing a database keep their clocks in step (NTP).
 *
 * @since 0.1
 */
public final class PostgresStore implements RegistryStore, SnapshotStore, AutoCloseable {

  private final Jdbc jdbc;
  private final PgRegistry registry;
  private final PgSnapshots snapshots;
  private final PgReviews reviews;
  private final @Nullable HikariDataSource owned;

  private PostgresStore(Builder b, DataSource dataSource, String location, @Nullable HikariDataSource owned) {
    this.owned = owned;
    this.jdbc = new Jdbc(dataSource, location);
    if (b.migrate) {
      try {
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/governance")
            .table("governance_schema_history")
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
      } catch (RuntimeException e) {
        close();
        throw jdbc.failure("create or migrate the schema", e);
      }
    }
    this.registry = new PgRegistry(jdbc, b.clock);
    this.snapshots = new PgSnapshots(jdbc, b.clock, b.retainLatest);
    this.reviews = new PgReviews(jdbc);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the checkpoints of one integration in {@code governance_checkpoints}, for resumable
   * syncs: the registry's syncs record into it and clear it once their snapshot is saved.
   *
   * @param integrationId the integration
   * @return its checkpoint store
   */
  @Override
  public CheckpointStore checkpoints(String integrationId) {
    return new PgCheckpoints(jdbc, integrationId);
  }

  /**
   * Returns the access reviews and their remediation audit logs kept in this database, with the
   * contract of {@link dev.governance.core.review.DirectoryReviewStore}: every change is a
   * read-modify-write of the review's row under {@code SELECT ... FOR UPDATE} in one transaction, so
   * reviewers deciding at once from any number of processes never lose each other's decisions, and a
   * change that throws leaves the review as it was.
   *
   * @return the review store; it shares this store's pool and is usable until this store is closed
   */
  public ReviewStore reviews() {
    return reviews;
  }

  /**
   * Returns the database as errors and logs name it: its JDBC URL without credentials.
   *
   * @return the location
   */
  public String location() {
    return jdbc.location();
  }

  @Override
  public List<Integration> list() {
    return registry.list();
  }

  @Override
  public Optional<Integration> find(String id) {
    return registry.find(id);
  }

  @Override
  public Integration insert(Integration value, Consumer<Collection<Integration>> check) {
    return registry.insert(value, check);
  }

  @Override
  public Change update(String id, UnaryOperator<Integration> change) {
    return registry.update(id, change);
  }

  @Override
  public boolean remove(String id) {
    return registry.remove(id);
  }

  @Override
  public List<SyncStatus> history(String id) {
    return registry.history(id);
  }

  @Override
  public Lease acquire(String integrationId, String owner, String purpose, Duration duration) {
    return registry.acquire(integrationId, owner, purpose, duration);
  }

  @Override
  public Lease renew(Lease lease, Duration duration) {
    return registry.renew(lease, duration);
  }

  @Override
  public void release(Lease lease) {
    registry.release(lease);
  }

  @Override
  public Optional<Lease> lease(String integrationId) {
    return registry.lease(integrationId);
  }

  @Override
  public StoredSnapshot save(String integrationId, Snapshot snapshot) {
    return snapshots.save(integrationId, snapshot);
  }

  @Override
  public List<StoredSnapshot> list(String integrationId) {
    return snapshots.list(integrationId);
  }

  @Override
  public Snapshot load(String integrationId, String snapshotId) {
    return snapshots.load(integrationId, snapshotId);
  }

  @Override
  public Optional<Snapshot> loadLatest(String integrationId, Latest which) {
    return snapshots.loadLatest(integrationId, which);
  }

  @Override
  public int retainLatest(String integrationId, int keep) {
    return snapshots.retainLatest(integrationId, keep);
  }

  @Override
  public int deleteAll(String integrationId) {
    return snapshots.deleteAll(integrationId);
  }

  /** Closes the connection pool, if the store made it; a given {@link DataSource} stays open. */
  @Override
  public void close() {
    if (owned != null) {
      owned.close();
    }
  }

  /**
   * Builds a {@link PostgresStore} from a {@link DataSource}, or from a JDBC URL whose password
   * comes from a {@link CredentialReference}.
   *
   * @since 0.1
   */
  public static final class Builder {
    private @Nullable DataSource dataSource;
    private @Nullable String jdbcUrl;
    private @Nullable String user;
    private @Nullable CredentialReference password;
    private SecretResolver secrets = SecretResolver.standard();
    private int maximumPoolSize = 16;
    private Clock clock = Clock.systemUTC();
    private int retainLatest;
    private boolean migrate = true;

    private Builder() {}

    /**
     * Uses a data source the caller made and closes. Excludes {@link #jdbcUrl}.
     *
     * @param value the data source
     * @return this builder
     */
    public Builder dataSource(DataSource value) {
      this.dataSource = Objects.requireNonNull(value, "dataSource");
      return this;
    }

    /**
     * Connects to a JDBC URL through a pool the store makes and closes, e.g. {@code
     * jdbc:postgresql://db.example.com:5432/governance}. Put no password in it: use {@link
     * #password}.
     *
     * @param value the URL
     * @return this builder
     */
    public Builder jdbcUrl(String value) {
      if (value == null || !value.startsWith("jdbc:postgresql:")) {
        throw new InvalidConfigurationException("jdbcUrl", "A PostgreSQL JDBC URL starts with"
            + " jdbc:postgresql://, e.g. jdbc:postgresql://db.example.com:5432/governance");
      }
      if (value.contains("password=")) {
        throw new InvalidConfigurationException("jdbcUrl", "Keep the password out of the JDBC URL:"
            + " pass it with password(CredentialReference)");
      }
      this.jdbcUrl = value;
      return this;
    }

    /**
     * Sets the database user for {@link #jdbcUrl}.
     *
     * @param value the user
     * @return this builder
     */
    public Builder user(String value) {
      this.user = Objects.requireNonNull(value, "user");
      return this;
    }

    /**
     * Sets where the password for {@link #jdbcUrl} is kept; read once when the store is built.
     *
     * @param value the reference
     * @return this builder
     */
    public Builder password(CredentialReference value) {
      this.password = Objects.requireNonNull(value, "password");
      return this;
    }

    /**
     * Sets how the password reference is resolved; by default environment variables and files.
     *
     * @param value the resolver
     * @return this builder
     */
    public Builder secretResolver(SecretResolver value) {
      this.secrets = Objects.requireNonNull(value, "secretResolver");
      return this;
    }

    /**
     * Sets the size of the pool made for {@link #jdbcUrl}; 16 by default. A worker needs about two
     * connections per parallel sync, plus one.
     *
     * @param value at least 2
     * @return this builder
     */
    public Builder maximumPoolSize(int value) {
      if (value < 2) {
        throw new InvalidConfigurationException("maximumPoolSize", "The pool needs at least 2"
            + " connections; got " + value);
      }
      this.maximumPoolSize = value;
      return this;
    }

    /**
     * Sets the clock that stamps snapshots and judges leases.
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Keeps only the newest snapshots of each integration after each save (never deleting the
     * newest whole one); 0, the default, keeps all.
     *
     * @param keep at least 0
     * @return this builder
     */
    public Builder retainLatest(int keep) {
      if (keep < 0) {
        throw new InvalidConfigurationException("retainLatest", "Keep 0 (all) or more snapshots;"
            + " got " + keep);
      }
      this.retainLatest = keep;
      return this;
    }

    /**
     * Sets whether building creates and migrates the schema; {@code true} by default. Turn it off
     * where the application's own migrations run this module's scripts ({@code db/governance}).
     *
     * @param value whether to migrate
     * @return this builder
     */
    public Builder migrate(boolean value) {
      this.migrate = value;
      return this;
    }

    /**
     * Connects, migrates the schema and returns the store.
     *
     * @return the store
     * @throws InvalidConfigurationException if neither or both of a data source and a URL were
     *     given, or the password cannot be resolved
     * @throws dev.governance.core.StorageFailureException if the database cannot be reached or
     *     migrated
     */
    public PostgresStore build() {
      if ((dataSource == null) == (jdbcUrl == null)) {
        throw new InvalidConfigurationException("dataSource", "Give the store either a"
            + " dataSource(...) or a jdbcUrl(...), not both and not neither");
      }
      if (dataSource != null) {
        return new PostgresStore(this, dataSource, "PostgreSQL (the given data source)", null);
      }
      String url = Objects.requireNonNull(jdbcUrl);
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(url);
      if (user != null) {
        config.setUsername(user);
      }
      if (password != null) {
        Secret secret = secrets.resolve(password);
        config.setPassword(secret.reveal());
      }
      config.setMaximumPoolSize(maximumPoolSize);
      config.setPoolName("governance-store");
      String location = url.substring("jdbc:".length());
      HikariDataSource pool;
      try {
        pool = new HikariDataSource(config);
      } catch (RuntimeException e) {
        throw new dev.governance.core.StorageFailureException(location, "Cannot connect to "
            + location + ": " + e.getMessage() + ". Check the URL, the user and the password", e);
      }
      return new PostgresStore(this, pool, location, pool);
    }
  }
}
