package dev.governance.core.report;

import static dev.governance.core.review.ReviewFixture.decide;
import static dev.governance.core.review.ReviewFixture.item;
import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.remediation.RemediationPlan;
import dev.governance.core.remediation.RemediationPlanner;
import dev.governance.core.review.Decision;
import dev.governance.core.review.Review;
import dev.governance.core.review.ReviewFixture;
import dev.governance.core.review.Verdict;
import dev.governance.core.spi.AccessLevel;
import dev.governance.core.spi.Preflight;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewPageTest {

  @Test
  void thePageGroupsItemsByReviewerShowsThePlanAndEscapesEveryValue() throws Exception {
    Review review = ReviewFixture.review(ReviewFixture.snapshot()).decide(List.of(
        decide(item("u1", "a-crm"), Verdict.REVOKE),
        new Decision(item("u1", "a-wiki"), Verdict.KEEP, "<script>alert(1)</script>", ReviewFixture.CLOCK.instant(),
            "needed \"daily\" & more", "000001-s")), false);
    RemediationPlan plan = RemediationPlanner.plan(review, ReviewFixture.snapshot(), "000001-s",
        new Preflight("p", Map.of(), Map.of(), AccessLevel.READ_ONLY, List.of(), 0), ReviewFixture.CLOCK);
    StringWriter out = new StringWriter();

    new ReviewPage().write(review, plan, List.of(), null, out);

    String html = out.toString();
    assertThat(html).contains("<h3>No reviewer: assign one").contains("<h3>cat@acme.com")
        .contains("remove ann@acme.com from the group Sales").contains("also loses application Wiki")
        .contains("not allowed: not supported by this connector");
    assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("needed &quot;daily&quot; &amp; more");
    assertThat(ReviewPage.fileName("r-1")).isEqualTo("review-r-1.html");
  }
}
