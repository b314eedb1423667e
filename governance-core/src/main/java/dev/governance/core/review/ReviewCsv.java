package dev.governance.core.review;

import dev.governance.core.internal.Quoted;
import dev.governance.core.review.internal.CsvText;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A review as a spreadsheet: {@link #export} writes one row per item (with its paths, facts,
 * reviewers and current decision), and {@link #read} takes the file back, row by row, as
 * decisions. Columns are found by their header, so a spreadsheet may reorder them or add its own.
 * Text from the tenant that a spreadsheet would run as a formula is prefixed with a single quote.
 *
 * @since 0.1
 */
public final class ReviewCsv {

  /** The columns, in the order {@link #export} writes them. */
  public static final List<String> COLUMNS = List.of("item_id", "subject", "target_kind", "target",
      "paths", "status", "last_login", "granted_at", "findings", "reviewers", "decision", "decided_by",
      "reason", "snapshot_id");

  private ReviewCsv() {}

  /**
   * Writes a review.
   *
   * @param review the review
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public static void export(Review review, Writer out) throws IOException {
    CsvText.row(out, new ArrayList<>(COLUMNS));
    for (ReviewItem i : review.items()) {
      @Nullable Decision d = review.decisions().get(i.id());
      List<@Nullable String> row = Arrays.asList(i.id(), i.subjectLabel(), i.targetKind().name().toLowerCase(Locale.ROOT),
          i.targetLabel(), i.paths().stream().map(ItemPath::description).collect(Collectors.joining("; ")),
          i.subjectStatus(), i.lastLogin() == null ? null : i.lastLogin().toString(),
          i.grantedAt() == null ? null : i.grantedAt().toString(), String.join("; ", i.findings()),
          i.unassigned() ? "(none: assign a reviewer)" : String.join("; ", i.reviewers()),
          d == null ? null : d.verdict().name().toLowerCase(Locale.ROOT), d == null ? null : d.decidedBy(),
          d == null ? null : d.reason(), review.snapshotId());
      CsvText.row(out, row);
    }
    out.flush();
  }

  /**
   * A row that could not be taken as a decision.
   *
   * @param line the row's line in the file (the header is line 1)
   * @param column the column at fault
   * @param message what is wrong and what to do
   */
  public record RowProblem(int line, String column, String message) {
    /** Validates the components. */
    public RowProblem {
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
      return "line " + line + ", " + column + ": " + message;
    }
  }

  /**
   * What a file gave.
   *
   * @param decisions the new decisions, one per decided row that differs from the review
   * @param unchanged decided rows equal to the decision the review holds already
   * @param undecided rows without a decision
   * @param problems rows that could not be taken; a caller records nothing while there are any
   */
  public record ImportResult(List<Decision> decisions, int unchanged, int undecided, List<RowProblem> problems) {
    /** Copies the lists. */
    public ImportResult {
      decisions = List.copyOf(decisions);
      problems = List.copyOf(problems);
    }
  }

  /**
   * Reads decisions back, validating each row: its item must be in the review, its decision
   * {@code keep}, {@code revoke} or {@code abstain}, its snapshot the review's (a row exported from
   * another snapshot is stale), and each item decided at most once in the file. A row without
   * {@code decided_by} is taken as decided by {@code defaultDecidedBy}.
   *
   * @param review the review the file was exported from
   * @param in the file
   * @param defaultDecidedBy who decided rows that do not say
   * @param clock stamps the decisions
   * @return the decisions and the problems
   * @throws IOException if the file cannot be read
   */
  public static ImportResult read(Review review, Reader in, String defaultDecidedBy, Clock clock) throws IOException {
    List<List<String>> rows = CsvText.read(in);
    List<RowProblem> problems = new ArrayList<>();
    if (rows.isEmpty()) {
      problems.add(new RowProblem(1, "header", "the file is empty; export the review and fill in the decision column"));
      return new ImportResult(List.of(), 0, 0, problems);
    }
    Map<String, Integer> at = new HashMap<>();
    List<String> header = rows.get(0);
    for (int c = 0; c < header.size(); c++) {
      at.putIfAbsent(header.get(c).strip().toLowerCase(Locale.ROOT), c);
    }
    for (String required : List.of("item_id", "decision", "snapshot_id")) {
      if (!at.containsKey(required)) {
        problems.add(new RowProblem(1, required, "the header has no column " + required
            + "; export the review again and keep its columns"));
      }
    }
    if (!problems.isEmpty()) {
      return new ImportResult(List.of(), 0, 0, problems);
    }
    List<Decision> decisions = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int unchanged = 0;
    int undecided = 0;
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      int line = r + 1;
      if (row.stream().allMatch(String::isBlank)) {
        continue;
      }
      String itemId = cell(row, at, "item_id");
      String verdictText = cell(row, at, "decision");
      if (verdictText.isEmpty()) {
        undecided++;
        continue;
      }
      if (review.item(itemId).isEmpty()) {
        problems.add(new RowProblem(line, "item_id", "the review has no item " + Quoted.quote(itemId)));
        continue;
      }
      Verdict verdict;
      try {
        verdict = Verdict.valueOf(verdictText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(new RowProblem(line, "decision", Quoted.quote(verdictText)
            + " is not a decision; write keep, revoke or abstain"));
        continue;
      }
      String snapshot = cell(row, at, "snapshot_id");
      if (!snapshot.equals(review.snapshotId())) {
        problems.add(new RowProblem(line, "snapshot_id", "the row was exported from snapshot "
            + Quoted.quote(snapshot) + ", but the review is of " + review.snapshotId()
            + ": the item may be stale; export the review again"));
        continue;
      }
      if (!seen.add(itemId)) {
        problems.add(new RowProblem(line, "item_id", "the item " + Quoted.quote(itemId)
            + " is decided twice in the file; keep one row"));
        continue;
      }
      String by = cell(row, at, "decided_by");
      String reason = cell(row, at, "reason");
      Decision d = new Decision(itemId, verdict, by.isEmpty() ? defaultDecidedBy : by, clock.instant(),
          reason.isEmpty() ? null : reason, snapshot);
      Decision before = review.decisions().get(itemId);
      if (before != null && before.verdict() == d.verdict() && before.decidedBy().equals(d.decidedBy())
          && Objects.equals(before.reason(), d.reason())) {
        unchanged++;
        continue;
      }
      decisions.add(d);
    }
    return new ImportResult(decisions, unchanged, undecided, problems);
  }

  private static String cell(List<String> row, Map<String, Integer> at, String column) {
    Integer c = at.get(column);
    return c == null || c >= row.size() ? "" : row.get(c).strip();
  }
}
