package dev.governance.core.review;

import static dev.governance.core.review.ReviewFixture.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.StorageFailureException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only the directory store does: its files. The contract every review store keeps is
 * {@code ReviewStoreContract} of governance-store-postgres, run there on a directory and on
 * PostgreSQL.
 */
class DirectoryReviewStoreTest {

  @TempDir Path dir;

  private final Review review = ReviewFixture.review(ReviewFixture.snapshot());

  @Test
  void aTornReviewFileFailsClearlyAndIsPassedOverByList() throws Exception {
    DirectoryReviewStore store = DirectoryReviewStore.open(dir);
    store.create(review);
    AuditEntry entry = new AuditEntry("s1", "remove ann from Sales", List.of(item("u1", "a-crm")),
        List.of("cat@acme.com"), "cat@acme.com", ReviewFixture.CLOCK.instant(), null, StepOutcome.APPLIED, "done");
    store.appendAudit("r-1", List.of(entry));
    Files.writeString(dir.resolve("r-1.review.json"), "{\"format\": 1, \"review\": {");

    assertThat(store.audit("r-1")).containsExactly(entry);
    assertThatThrownBy(() -> store.load("r-1")).isInstanceOf(StorageFailureException.class)
        .hasMessageContaining("cannot be read");
    assertThat(store.list()).isEmpty();
    assertThat(store.latestClosed("acme")).isEmpty();
  }

  @Test
  void anIdThatCouldNameAnotherFileIsRefused() {
    DirectoryReviewStore store = DirectoryReviewStore.open(dir);

    assertThatThrownBy(() -> store.load("../r-1")).isInstanceOf(InvalidConfigurationException.class);
    assertThatThrownBy(() -> store.audit("a/b")).isInstanceOf(InvalidConfigurationException.class);
  }
}
