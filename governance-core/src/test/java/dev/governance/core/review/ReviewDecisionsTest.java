package dev.governance.core.review;

import static dev.governance.core.review.ReviewFixture.decide;
import static dev.governance.core.review.ReviewFixture.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.ConflictException;
import dev.governance.core.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewDecisionsTest {

  private final Review review = ReviewFixture.review(ReviewFixture.snapshot());

  @Test
  void decisionsAreRecordedWithWhoAndWhy() {
    Review decided = review.decide(List.of(new Decision(item("u1", "a-crm"), Verdict.REVOKE, "cat@acme.com",
        ReviewFixture.CLOCK.instant(), "  left sales ", "000001-s")), false);

    assertThat(decided.revoked()).extracting(ReviewItem::id).containsExactly(item("u1", "a-crm"));
    assertThat(decided.decision(item("u1", "a-crm")).orElseThrow().reason()).isEqualTo("left sales");
    assertThat(decided.undecided()).hasSize(review.items().size() - 1);
  }

  @Test
  void anItemDecidedOnceIsNotDecidedAgainByAccident() {
    Review decided = review.decide(List.of(decide(item("u1", "a-crm"), Verdict.KEEP)), false);

    assertThatThrownBy(() -> decided.decide(List.of(decide(item("u1", "a-crm"), Verdict.REVOKE)), false))
        .isInstanceOf(ConflictException.class).hasMessageContaining("already decided KEEP");
    assertThat(decided.decide(List.of(decide(item("u1", "a-crm"), Verdict.REVOKE)), true).revoked()).hasSize(1);
  }

  @Test
  void anAbstentionLeavesTheItemOpenForAnotherDecision() {
    Review abstained = review.decide(List.of(decide(item("u1", "a-crm"), Verdict.ABSTAIN)), false);

    assertThat(abstained.decide(List.of(decide(item("u1", "a-crm"), Verdict.REVOKE)), false).revoked()).hasSize(1);
  }

  @Test
  void aDecisionOnAStaleSnapshotIsRefusedAndNothingOfTheBatchIsRecorded() {
    Decision fresh = decide(item("u1", "a-wiki"), Verdict.KEEP);
    Decision stale = new Decision(item("u1", "a-crm"), Verdict.REVOKE, "cat@acme.com",
        ReviewFixture.CLOCK.instant(), null, "000000-older");

    assertThatThrownBy(() -> review.decide(List.of(fresh, stale), false))
        .isInstanceOf(ConflictException.class).hasMessageContaining("stale");
    assertThat(review.decisions()).isEmpty();
  }

  @Test
  void aClosedReviewTakesNoDecisionAndAnUnknownItemIsNotFound() {
    Review closed = review.close("cat@acme.com", ReviewFixture.CLOCK.instant());

    assertThatThrownBy(() -> closed.decide(List.of(decide(item("u1", "a-crm"), Verdict.KEEP)), false))
        .isInstanceOf(ConflictException.class).hasMessageContaining("closed");
    assertThatThrownBy(() -> review.decide(List.of(decide("identity:x/application:y", Verdict.KEEP)), false))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> closed.close("x", ReviewFixture.CLOCK.instant())).isInstanceOf(ConflictException.class);
  }
}
