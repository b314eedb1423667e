package dev.governance.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.spi.CheckpointStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store contract against a real PostgreSQL, one fresh database per test. */
class PostgresStoreContractTest extends StoreContract {

  private String database = "";
  private final List<PostgresStore> opened = new ArrayList<>();

  @BeforeEach
  void createDatabase() {
    database = TestDatabase.freshDatabase();
  }

  @AfterEach
  void closeStores() {
    opened.forEach(PostgresStore::close);
  }

  @Override
  Stores open() {
    PostgresStore store = PostgresStore.builder().jdbcUrl(TestDatabase.jdbcUrl(database))
        .user("postgres").maximumPoolSize(6).clock(clock).build();
    opened.add(store);
    return new Stores(store, store);
  }

  @Test
  void checkpointsAreKeptPerIntegrationAndSurviveAReopen() {
    PostgresStore store = (PostgresStore) open().registry();
    CheckpointStore acme = store.checkpoints("acme");
    acme.save("users", "cursor-1");
    acme.save("users", "cursor-2");
    acme.save("groups", "g");
    store.checkpoints("beta").save("users", "other");
    CheckpointStore reopened = ((PostgresStore) open().registry()).checkpoints("acme");
    assertThat(reopened.load("users")).contains("cursor-2");
    reopened.clear("users");
    assertThat(acme.load("users")).isEmpty();
    assertThat(acme.load("groups")).contains("g");
    assertThat(store.checkpoints("beta").load("users")).contains("other");
  }

  @Test
  void reopeningAMigratedDatabaseMigratesNothingAndKeepsItsData() {
    PostgresStore first = (PostgresStore) open().registry();
    first.checkpoints("acme").save("k", "v");
    PostgresStore second = (PostgresStore) open().registry();
    assertThat(second.checkpoints("acme").load("k")).contains("v");
    assertThat(second.location()).startsWith("postgresql://").doesNotContain("password");
  }
}
