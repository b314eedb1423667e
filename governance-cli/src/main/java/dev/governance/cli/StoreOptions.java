package dev.governance.cli;

import dev.governance.core.Connectors;
import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.integration.CredentialReference;
import dev.governance.core.integration.Integration;
import dev.governance.core.integration.Integrations;
import dev.governance.core.integration.IntegrationsBuilder;
import dev.governance.core.review.DirectoryReviewStore;
import dev.governance.core.review.ReviewStore;
import dev.governance.core.store.FileSnapshotStore;
import dev.governance.core.store.SnapshotStore;
import dev.governance.store.postgres.PostgresStore;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Where the registry, the snapshots and the access reviews are: the directory {@code --home} (the embedded default), or
 * a PostgreSQL database {@code --store jdbc:postgresql://...} with its password in an environment
 * variable or a file, never an argument. The one declaration of these options: every command that
 * reads or writes the store mixes it in.
 */
final class StoreOptions {

  @Option(names = "--home", paramLabel = "DIR", scope = ScopeType.INHERIT,
      description = "Home directory (default: ~/.governance).")
  @Nullable Path home;

  @Option(names = "--store", paramLabel = "JDBC_URL", scope = ScopeType.INHERIT,
      description = "Keep the registry, the snapshots, the reviews and the audit log in PostgreSQL "
          + "instead of --home, e.g. jdbc:postgresql://db.example.com:5432/governance.")
  @Nullable String store;

  @Option(names = "--store-user", paramLabel = "USER", scope = ScopeType.INHERIT,
      description = "The database user for --store.")
  @Nullable String user;

  @Option(names = "--store-password-env", paramLabel = "NAME", scope = ScopeType.INHERIT,
      description = "Environment variable holding the database password for --store.")
  @Nullable String passwordEnv;

  @Option(names = "--store-password-file", paramLabel = "PATH", scope = ScopeType.INHERIT,
      description = "File holding the database password for --store.")
  @Nullable Path passwordFile;

  /** The registry and its store, open; closing closes the database pool. */
  static final class Opened implements AutoCloseable {
    final Integrations registry;
    final SnapshotStore snapshots;
    private final @Nullable PostgresStore database;

    Opened(Integrations registry, SnapshotStore snapshots, @Nullable PostgresStore database) {
      this.registry = registry;
      this.snapshots = snapshots;
      this.database = database;
    }

    @Override
    public void close() {
      if (database != null) {
        database.close();
      }
    }
  }

  /** Opens the registry on the store these options name. */
  Opened open() {
    if (store == null) {
      Path dir = Home.resolve(home);
      return new Opened(configure(Integrations.builder(dir)).build(),
          FileSnapshotStore.builder(dir.resolve("snapshots")).build(), null);
    }
    PostgresStore database = database(store);
    try {
      return new Opened(configure(Integrations.builder(database, database)).build(), database, database);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /**
   * Where access reviews are kept, with the snapshots they are of: {@code <home>/reviews} and
   * {@code <home>/snapshots}, or the PostgreSQL database {@code --store}. Closing closes the pool.
   */
  static final class Reviews implements AutoCloseable {
    final ReviewStore reviews;
    final SnapshotStore snapshots;
    /** Where a review's HTML page goes unless told otherwise. */
    final Path pages;
    private final @Nullable Path home;
    private final @Nullable PostgresStore database;

    Reviews(ReviewStore reviews, SnapshotStore snapshots, Path pages, @Nullable Path home,
        @Nullable PostgresStore database) {
      this.reviews = reviews;
      this.snapshots = snapshots;
      this.pages = pages;
      this.home = home;
      this.database = database;
    }

    /** The integration as the registry next to the reviews has it, if it has it. */
    Optional<Integration> integration(String id) {
      if (database != null) {
        return database.find(id);
      }
      return Integrations.builder(Home.resolve(home)).build().find(id);
    }

    @Override
    public void close() {
      if (database != null) {
        database.close();
      }
    }
  }

  /** Opens the review store these options name, and the snapshot store next to it. */
  Reviews openReviews() {
    if (store == null) {
      Path dir = Home.resolve(home);
      Path reviews = dir.resolve("reviews");
      return new Reviews(DirectoryReviewStore.open(reviews),
          FileSnapshotStore.builder(dir.resolve("snapshots")).build(), reviews, home, null);
    }
    PostgresStore database = database(store);
    return new Reviews(database.reviews(), database, Path.of(""), null, database);
  }

  private PostgresStore database(String url) {
    if (home != null) {
      throw new InvalidConfigurationException("--store", "Give --home DIR or --store URL, not both");
    }
    if (passwordEnv != null && passwordFile != null) {
      throw new InvalidConfigurationException("--store-password-env", "Give one place for the"
          + " database password: --store-password-env NAME or --store-password-file PATH");
    }
    PostgresStore.Builder b = PostgresStore.builder().jdbcUrl(url);
    if (user != null) {
      b.user(user);
    }
    if (passwordEnv != null) {
      b.password(CredentialReference.environmentVariable(passwordEnv));
    } else if (passwordFile != null) {
      b.password(CredentialReference.file(passwordFile));
    }
    return b.build();
  }

  private static IntegrationsBuilder configure(IntegrationsBuilder b) {
    return b.connectors(Connectors.builder().build());
  }
}
