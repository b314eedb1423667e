package dev.governance.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.ConflictException;
import dev.governance.core.NotFoundException;
import dev.governance.core.model.Application;
import dev.governance.core.model.Attributes;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Identity;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.review.AuditEntry;
import dev.governance.core.review.Decision;
import dev.governance.core.review.Review;
import dev.governance.core.review.ReviewEngine;
import dev.governance.core.review.ReviewItem;
import dev.governance.core.review.ReviewOptions;
import dev.governance.core.review.ReviewScope;
import dev.governance.core.review.ReviewStatus;
import dev.governance.core.review.ReviewStore;
import dev.governance.core.review.ReviewerRule;
import dev.governance.core.review.StepOutcome;
import dev.governance.core.review.TargetKind;
import dev.governance.core.review.Verdict;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ReviewStore} promises, run against the directory store and PostgreSQL alike. A
 * subclass gives a fresh, empty store per test; {@link #open} may be called again to get a second
 * view of the same store, as a second process (a second reviewer) would.
 */
abstract class ReviewStoreContract {

  static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
  static final String SNAPSHOT = "000001-s";

  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  /** Opens the store under test; a second call opens another view of the same store. */
  abstract ReviewStore open();

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  /** Eight people, each assigned one application directly: eight items. */
  static Snapshot snapshot() {
    SnapshotBuilder b = Snapshot.builder("https://acme.example.com", "test")
        .clock(Clock.fixed(T0, ZoneOffset.UTC));
    b.entity(Application.of("a-crm", "CRM"));
    for (int i = 1; i <= 8; i++) {
      b.entity(new Identity("u" + i, "user" + i + "@acme.com", "user" + i + "@acme.com", null,
          IdentityStatus.ACTIVE, null, null, T0.minus(Duration.ofDays(30)), null, Attributes.of(Map.of())));
      b.grant(Grant.AppAssignment.direct(EntityKind.IDENTITY, "u" + i, "a-crm"));
    }
    return b.build();
  }

  static Review review(String id, String integration, Instant createdAt) {
    return ReviewEngine.create(snapshot(), ReviewOptions.builder(integration, SNAPSHOT, ReviewScope.Applications.all())
        .reviewer(new ReviewerRule.Named(List.of("cat@acme.com")))
        .clock(Clock.fixed(createdAt, ZoneOffset.UTC)).createdBy("cat@acme.com").id(id).build());
  }

  static String item(String user) {
    return ReviewItem.idOf(EntityKind.IDENTITY, user, TargetKind.APPLICATION, "a-crm");
  }

  static Decision decide(String itemId, Verdict verdict) {
    return new Decision(itemId, verdict, "cat@acme.com", T0, null, SNAPSHOT);
  }

  static AuditEntry entry(String step) {
    return new AuditEntry(step, "remove user1 from CRM", List.of(item("u1")), List.of("cat@acme.com"),
        "dan@acme.com", T0.plusSeconds(60), "req-" + step, StepOutcome.APPLIED, "done " + step);
  }

  @Test
  void aReviewAndItsDecisionsSurviveReopeningTheStore() {
    Review review = review("r-1", "acme", T0);
    open().create(review);
    open().decide("r-1", List.of(decide(item("u1"), Verdict.REVOKE)), false);

    Review loaded = open().load("r-1");

    assertThat(loaded.items()).isEqualTo(review.items()).hasSize(8);
    assertThat(loaded.revoked()).extracting(ReviewItem::id).containsExactly(item("u1"));
    assertThat(loaded.decisions().get(item("u1"))).isEqualTo(decide(item("u1"), Verdict.REVOKE));
    assertThat(open().list()).extracting(Review::id).containsExactly("r-1");
  }

  @Test
  void aSecondReviewWithTheSameIdIsRefusedAndAnUnknownOneIsNotFound() {
    ReviewStore first = open();
    ReviewStore second = open();
    first.create(review("r-1", "acme", T0));

    assertThatThrownBy(() -> second.create(review("r-1", "other", T0.plusSeconds(5))))
        .isInstanceOf(ConflictException.class);
    assertThat(first.load("r-1").integrationId()).isEqualTo("acme");
    assertThatThrownBy(() -> second.load("r-2")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> second.decide("r-2", List.of(decide(item("u1"), Verdict.KEEP)), false))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> second.appendAudit("r-2", List.of(entry("s1"))))
        .isInstanceOf(NotFoundException.class);
    assertThat(second.audit("r-2")).isEmpty();
  }

  @Test
  void aChangeThatThrowsSavesNothing() {
    ReviewStore store = open();
    store.create(review("r-1", "acme", T0));
    store.decide("r-1", List.of(decide(item("u1"), Verdict.KEEP)), false);

    assertThatThrownBy(() -> store.decide("r-1", List.of(decide(item("u2"), Verdict.KEEP),
        decide(item("u1"), Verdict.REVOKE)), false)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> store.update("r-1", r -> {
      throw new ConflictException("refused by the change");
    })).isInstanceOf(ConflictException.class).hasMessage("refused by the change");

    assertThat(open().load("r-1").decisions()).containsOnlyKeys(item("u1"));
  }

  @Test
  void concurrentDecisionsFromFourThreadsOverTwoViewsAreAllKept() throws Exception {
    Review review = review("r-1", "acme", T0);
    List<ReviewStore> views = List.of(open(), open());
    views.get(0).create(review);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Review>> done = new ArrayList<>();
    List<ReviewItem> items = review.items();
    for (int i = 0; i < items.size(); i++) {
      ReviewStore view = views.get(i % 2);
      String itemId = items.get(i).id();
      done.add(pool.submit(() -> {
        start.await();
        return view.decide("r-1", List.of(decide(itemId, Verdict.KEEP)), false);
      }));
    }
    start.countDown();
    for (Future<Review> f : done) {
      f.get(60, TimeUnit.SECONDS);
    }

    assertThat(views.get(1).load("r-1").decisions()).hasSize(8);
    assertThat(views.get(0).load("r-1").undecided()).isEmpty();
  }

  @Test
  void aDecisionOnAClosedReviewIsRefusedAndTheCloseSurvivesAReopen() {
    ReviewStore first = open();
    first.create(review("r-1", "acme", T0));
    first.decide("r-1", List.of(decide(item("u1"), Verdict.REVOKE)), false);
    Review closed = first.close("r-1", "dan@acme.com", T0.plusSeconds(3600));

    ReviewStore second = open();
    assertThatThrownBy(() -> second.decide("r-1", List.of(decide(item("u2"), Verdict.KEEP)), false))
        .isInstanceOf(ConflictException.class).hasMessageContaining("is closed");
    assertThatThrownBy(() -> second.close("r-1", "eve@acme.com", T0.plusSeconds(7200)))
        .isInstanceOf(ConflictException.class);

    Review loaded = open().load("r-1");
    assertThat(loaded).isEqualTo(closed);
    assertThat(loaded.status()).isEqualTo(ReviewStatus.CLOSED);
    assertThat(loaded.closedBy()).isEqualTo("dan@acme.com");
    assertThat(loaded.decisions()).containsOnlyKeys(item("u1"));
  }

  @Test
  void reviewsAreListedNewestFirstAndTheLatestClosedIsThatOfTheIntegration() {
    ReviewStore store = open();
    store.create(review("old", "acme", T0));
    store.create(review("newer", "acme", T0.plusSeconds(60)));
    store.create(review("newest", "acme", T0.plusSeconds(120)));
    store.create(review("elsewhere", "beta", T0.plusSeconds(180)));
    assertThat(store.latestClosed("acme")).isEmpty();
    store.close("old", "dan@acme.com", T0.plusSeconds(200));
    store.close("newer", "dan@acme.com", T0.plusSeconds(210));
    store.close("elsewhere", "dan@acme.com", T0.plusSeconds(220));

    assertThat(open().list()).extracting(Review::id).containsExactly("elsewhere", "newest", "newer", "old");
    assertThat(open().latestClosed("acme")).map(Review::id).contains("newer");
    assertThat(open().latestClosed("beta")).map(Review::id).contains("elsewhere");
    assertThat(open().latestClosed("gamma")).isEmpty();
  }

  @Test
  void theAuditLogIsAppendedInOrderAcrossViewsAndKeptPerReview() {
    ReviewStore first = open();
    first.create(review("r-1", "acme", T0));
    first.create(review("r-2", "acme", T0.plusSeconds(1)));
    first.appendAudit("r-1", List.of(entry("s1"), entry("s2")));
    open().appendAudit("r-1", List.of(entry("s3")));
    first.appendAudit("r-1", List.of());

    assertThat(open().audit("r-1")).containsExactly(entry("s1"), entry("s2"), entry("s3"));
    assertThat(open().audit("r-2")).isEmpty();
  }
}
