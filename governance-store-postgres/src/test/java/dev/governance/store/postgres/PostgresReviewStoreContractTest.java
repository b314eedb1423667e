package dev.governance.store.postgres;

import dev.governance.core.review.ReviewStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The review store contract against a real PostgreSQL, one fresh database per test. */
class PostgresReviewStoreContractTest extends ReviewStoreContract {

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
  ReviewStore open() {
    PostgresStore store = PostgresStore.builder().jdbcUrl(TestDatabase.jdbcUrl(database))
        .user("postgres").maximumPoolSize(3).build();
    opened.add(store);
    return store.reviews();
  }
}
