package dev.governance.core.review;

import static dev.governance.core.review.ReviewFixture.decide;
import static dev.governance.core.review.ReviewFixture.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.StorageFailureException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewFilesTest {

  @Test
  void aReviewWithDecisionsAndAnAuditLogReadBackEqual() {
    Review review = ReviewFixture.review(ReviewFixture.snapshot())
        .decide(List.of(decide(item("u1", "a-crm"), Verdict.REVOKE)), false);
    AuditEntry entry = new AuditEntry("s1", "remove ann from Sales", List.of(item("u1", "a-crm")),
        List.of("cat@acme.com"), "dan@acme.com", ReviewFixture.CLOCK.instant(), "req-1", StepOutcome.APPLIED, "done");
    ByteArrayOutputStream r = new ByteArrayOutputStream();
    ByteArrayOutputStream a = new ByteArrayOutputStream();

    ReviewFiles.write(review, r);
    ReviewFiles.writeAudit(List.of(entry, entry), a);

    assertThat(ReviewFiles.read(new ByteArrayInputStream(r.toByteArray()), "r-1")).isEqualTo(review);
    assertThat(ReviewFiles.readAudit(new ByteArrayInputStream(a.toByteArray()), "r-1"))
        .containsExactly(entry, entry);
  }

  @Test
  void aNewerFormatOrDamagedContentIsAStorageFailureNamingWhere() {
    byte[] newer = "{\"format\": 2, \"review\": {}}".getBytes(StandardCharsets.UTF_8);
    byte[] cut = "{\"format\": 1, \"audit\": [".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ReviewFiles.read(new ByteArrayInputStream(newer), "reviews/r-9"))
        .isInstanceOf(StorageFailureException.class).hasMessageContaining("reviews/r-9")
        .hasMessageContaining("format 2");
    assertThatThrownBy(() -> ReviewFiles.readAudit(new ByteArrayInputStream(cut), "audit/r-9"))
        .isInstanceOf(StorageFailureException.class).hasMessageContaining("audit/r-9");
  }
}
