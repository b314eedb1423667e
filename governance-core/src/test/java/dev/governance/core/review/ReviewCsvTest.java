package dev.governance.core.review;

import static dev.governance.core.review.ReviewFixture.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ReviewCsvTest {

  private final Review review = ReviewFixture.review(ReviewFixture.snapshot());

  @Test
  void anExportedReviewComesBackAsDecisionsRowByRow() throws Exception {
    StringWriter out = new StringWriter();
    ReviewCsv.export(review, out);
    String edited = edit(out.toString(), item("u1", "a-crm"), "revoke", "dan@acme.com", "left, \"sales\"");
    edited = edit(edited, item("u1", "a-wiki"), "Keep", "", "");

    ReviewCsv.ImportResult result = ReviewCsv.read(review, new StringReader(edited), "importer@acme.com",
        ReviewFixture.CLOCK);

    assertThat(result.problems()).isEmpty();
    assertThat(result.decisions()).extracting(Decision::itemId, Decision::verdict, Decision::decidedBy, Decision::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(item("u1", "a-crm"), Verdict.REVOKE, "dan@acme.com", "left, \"sales\""),
            org.assertj.core.groups.Tuple.tuple(item("u1", "a-wiki"), Verdict.KEEP, "importer@acme.com", null));
    assertThat(result.undecided()).isEqualTo(review.items().size() - 2);
    assertThat(review.decide(result.decisions(), false).revoked()).hasSize(1);
  }

  @Test
  void badRowsAreReportedWithTheirLineAndColumnAndUnknownItemsAreQuotedEscaped() throws Exception {
    String csv = "item_id,decision,snapshot_id\r\n"
        + item("u1", "a-crm") + ",maybe,000001-s\r\n"
        + "identity:\u001b[2J/application:x,keep,000001-s\r\n"
        + item("u1", "a-wiki") + ",keep,000000-old\r\n"
        + item("u2", "a-vpn") + ",revoke,000001-s\r\n"
        + item("u2", "a-vpn") + ",keep,000001-s\r\n";

    ReviewCsv.ImportResult result = ReviewCsv.read(review, new StringReader(csv), "x@acme.com", ReviewFixture.CLOCK);

    assertThat(result.problems()).extracting(ReviewCsv.RowProblem::line, ReviewCsv.RowProblem::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "decision"),
            org.assertj.core.groups.Tuple.tuple(3, "item_id"), org.assertj.core.groups.Tuple.tuple(4, "snapshot_id"),
            org.assertj.core.groups.Tuple.tuple(6, "item_id"));
    assertThat(result.problems().get(1).message()).contains("\\u001B[2J").doesNotContain("\u001b");
    assertThat(result.problems().get(2).message()).contains("stale");
  }

  @Test
  void aNameThatASpreadsheetWouldRunAsAFormulaIsExportedAsTextAndReadBackAsItWas() throws Exception {
    Review decided = review.decide(java.util.List.of(new Decision(item("u1", "a-crm"), Verdict.KEEP,
        "=HYPERLINK(\"x\")", ReviewFixture.CLOCK.instant(), null, "000001-s")), false);
    StringWriter out = new StringWriter();
    ReviewCsv.export(decided, out);

    assertThat(out.toString()).contains("\"'=HYPERLINK(\"\"x\"\")\"");
    ReviewCsv.ImportResult back = ReviewCsv.read(decided, new StringReader(out.toString()), "x", ReviewFixture.CLOCK);
    assertThat(back.problems()).isEmpty();
    assertThat(back.decisions()).isEmpty();
    assertThat(back.unchanged()).isEqualTo(1);
  }

  /** Fills the decision, decided_by and reason columns of one item's row. */
  private static String edit(String csv, String itemId, String decision, String by, String reason) {
    StringBuilder b = new StringBuilder();
    for (String line : csv.split("\r\n")) {
      if (line.startsWith(itemId + ",")) {
        int snapshot = line.lastIndexOf(',');
        String head = line.substring(0, snapshot);
        for (int i = 0; i < 3; i++) {
          head = head.substring(0, head.lastIndexOf(','));
        }
        String quoted = reason.isEmpty() ? "" : "\"" + reason.replace("\"", "\"\"") + "\"";
        line = head + "," + decision + "," + by + "," + quoted + line.substring(snapshot);
      }
      b.append(line).append("\r\n");
    }
    return b.toString();
  }
}
