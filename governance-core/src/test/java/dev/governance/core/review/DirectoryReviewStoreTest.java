package dev.governance.core.review;

import static dev.governance.core.review.ReviewFixture.decide;
import static dev.governance.core.review.ReviewFixture.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.ConflictException;
import dev.governance.core.NotFoundException;
import dev.governance.core.StorageFailureException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryReviewStoreTest {

  @TempDir Path dir;

  private final Review review = ReviewFixture.review(ReviewFixture.snapshot());

  @Test
  void aReviewAndItsDecisionsSurviveReopeningTheStore() {
    DirectoryReviewStore.open(dir).create(review);
    DirectoryReviewStore.open(dir).decide("r-1", List.of(decide(item("u1", "a-crm"), Verdict.REVOKE)), false);

    Review loaded = DirectoryReviewStore.open(dir).load("r-1");

    assertThat(loaded.items()).isEqualTo(review.items());
    assertThat(loaded.revoked()).extracting(ReviewItem::id).containsExactly(item("u1", "a-crm"));
    assertThat(DirectoryReviewStore.open(dir).list()).extracting(Review::id).containsExactly("r-1");
  }

  @Test
  void aSecondReviewWithTheSameIdIsRefusedAndAnUnknownOneIsNotFound() {
    DirectoryReviewStore store = DirectoryReviewStore.open(dir);
    store.create(review);

    assertThatThrownBy(() -> store.create(review)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> store.load("r-2")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aChangeThatThrowsSavesNothing() {
    DirectoryReviewStore store = DirectoryReviewStore.open(dir);
    store.create(review);
    store.decide("r-1", List.of(decide(item("u1", "a-crm"), Verdict.KEEP)), false);

    assertThatThrownBy(() -> store.decide("r-1", List.of(decide(item("u1", "a-wiki"), Verdict.KEEP),
        decide(item("u1", "a-crm"), Verdict.REVOKE)), false)).isInstanceOf(ConflictException.class);
    assertThat(store.load("r-1").decisions()).containsOnlyKeys(item("u1", "a-crm"));
  }

  @Test
  void concurrentDecisionsOnDifferentItemsAreAllKept() throws Exception {
    DirectoryReviewStore store = DirectoryReviewStore.open(dir);
    store.create(review);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Review>> done = new ArrayList<>();
      for (ReviewItem i : review.items()) {
        done.add(pool.submit(() -> store.decide("r-1", List.of(decide(i.id(), Verdict.KEEP)), false)));
      }
      for (Future<Review> f : done) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(store.load("r-1").decisions()).hasSize(review.items().size());
  }

  @Test
  void theAuditLogIsAppendedAndATornReviewFileFailsClearly() throws Exception {
    DirectoryReviewStore store = DirectoryReviewStore.open(dir);
    store.create(review);
    AuditEntry entry = new AuditEntry("s1", "remove ann from Sales", List.of(item("u1", "a-crm")),
        List.of("cat@acme.com"), "cat@acme.com", ReviewFixture.CLOCK.instant(), null, StepOutcome.APPLIED, "done");
    store.appendAudit("r-1", List.of(entry));
    store.appendAudit("r-1", List.of(entry));
    Files.writeString(dir.resolve("r-1.review.json"), "{\"format\": 1, \"review\": {");

    assertThat(store.audit("r-1")).containsExactly(entry, entry);
    assertThatThrownBy(() -> store.load("r-1")).isInstanceOf(StorageFailureException.class)
        .hasMessageContaining("cannot be read");
    assertThat(store.latestClosed("acme")).isEmpty();
  }
}
