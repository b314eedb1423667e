package dev.governance.testkit.faults;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link FaultMatrix} found: every case with its outcome and violations, counts by outcome,
 * and the time it took.
 *
 * @param seed the seed the cases were ordered and sampled by
 * @param sites the sites the good sync read
 * @param kinds the kinds of fault
 * @param cases every case run, in the order run
 * @param baseline violations found outside the cases: in the good syncs, or in the sync without
 *     faults that ends the run (a tenant the target did not restore)
 * @param total how long the whole run took
 * @param logCharacters how many characters of log were searched for secrets; 0 means no log was
 *     read
 * @since 0.1
 */
public record FaultMatrixReport(
    long seed,
    List<FaultSite> sites,
    List<FaultKind> kinds,
    List<CaseResult> cases,
    List<Violation> baseline,
    Duration total,
    long logCharacters) {

  private static final List<String> LABELS = List.of("equal", "marked", "differs", "error");

  /** Validates and copies the components. */
  public FaultMatrixReport {
    sites = List.copyOf(sites);
    kinds = List.copyOf(kinds);
    cases = List.copyOf(cases);
    baseline = List.copyOf(baseline);
    Objects.requireNonNull(total, "total");
  }

  /**
   * Counts the cases by outcome: {@code equal}, {@code marked}, {@code differs}, {@code error}.
   *
   * @return label to count, every label present, in that order
   */
  public Map<String, Integer> counts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    LABELS.forEach(label -> counts.put(label, 0));
    cases.forEach(c -> counts.merge(c.outcome().label(), 1, Integer::sum));
    return counts;
  }

  /**
   * Returns the cases that broke a promise.
   *
   * @return the failed cases, in the order run
   */
  public List<CaseResult> failures() {
    return cases.stream().filter(c -> !c.passed()).toList();
  }

  /**
   * Counts every violation, the baseline's included.
   *
   * @return the count
   */
  public int violationCount() {
    return baseline.size() + cases.stream().mapToInt(c -> c.violations().size()).sum();
  }

  /**
   * Returns the summary line, e.g. {@code fault matrix, seed 7: 412 cases at 19 sites, 10 kinds, in
   * 6 min 12 s: 300 equal, 80 marked, 0 differs, 32 error; no violations}.
   *
   * @return the line
   */
  public String summary() {
    StringBuilder out = new StringBuilder("fault matrix, seed ").append(seed).append(": ")
        .append(cases.size()).append(" cases at ").append(sites.size()).append(" sites, ")
        .append(kinds.size()).append(" kinds, in ").append(format(total)).append(": ");
    String sep = "";
    for (Map.Entry<String, Integer> e : counts().entrySet()) {
      out.append(sep).append(e.getValue()).append(' ').append(e.getKey());
      sep = ", ";
    }
    int violations = violationCount();
    out.append("; ");
    if (violations == 0) {
      out.append("no violations");
    } else {
      out.append(violations).append(violations == 1 ? " violation" : " violations").append(" in ")
          .append(failures().size()).append(failures().size() == 1 ? " case" : " cases");
      if (!baseline.isEmpty()) {
        out.append(" and the baseline");
      }
    }
    if (logCharacters == 0) {
      out.append("; no log was searched");
    }
    return out.toString();
  }

  /**
   * Returns the summary followed by one line per violation, each naming its case and outcome.
   *
   * @return the text
   */
  public String describeViolations() {
    StringBuilder out = new StringBuilder(summary());
    for (Violation v : baseline) {
      out.append("\n  baseline: ").append(v.describe());
    }
    for (CaseResult c : failures()) {
      for (Violation v : c.violations()) {
        out.append("\n  ").append(c.faultCase()).append(" [").append(c.outcome().describe())
            .append("]: ").append(v.describe());
      }
    }
    return out.toString();
  }

  /**
   * Returns every case and its outcome, one a line, after the summary.
   *
   * @return the text
   */
  public String describeCases() {
    StringBuilder out = new StringBuilder(summary());
    for (CaseResult c : cases) {
      out.append("\n  ").append(c).append(c.passed() ? "" : "  VIOLATED: " + c.violations().stream()
          .map(Violation::describe).toList());
    }
    return out.toString();
  }

  /**
   * Fails when any promise was broken, listing every violation.
   *
   * @throws AssertionError with {@link #describeViolations()} if there is a violation
   */
  public void assertNoViolations() {
    if (violationCount() > 0) {
      throw new AssertionError(describeViolations());
    }
  }

  @Override
  public String toString() {
    return summary();
  }

  private static String format(Duration d) {
    long seconds = d.toSeconds();
    if (seconds < 60) {
      return d.toMillis() / 100 / 10.0 + " s";
    }
    return seconds / 60 + " min " + seconds % 60 + " s";
  }
}
