package dev.governance.testkit.faults;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One case of the matrix and how it was judged.
 *
 * @param faultCase the case
 * @param outcome how the sync ended
 * @param violations the promises it broke; empty when it kept them all
 * @param duration how long the sync and its judgement took
 * @since 0.1
 */
public record CaseResult(FaultCase faultCase, CaseOutcome outcome, List<Violation> violations, Duration duration) {

  /** Validates and copies the components. */
  public CaseResult {
    Objects.requireNonNull(faultCase, "faultCase");
    Objects.requireNonNull(outcome, "outcome");
    violations = List.copyOf(violations);
    Objects.requireNonNull(duration, "duration");
  }

  /**
   * Tells whether the case kept every promise.
   *
   * @return {@code true} without violations
   */
  public boolean passed() {
    return violations.isEmpty();
  }

  /**
   * Describes the case, its outcome and its time in one line, e.g. {@code #3 503 at GET
   * /api/v1/users, first request: equal to the good sync (0.4 s)}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return faultCase + ": " + outcome.describe() + " (" + duration.toMillis() / 100 / 10.0 + " s)";
  }
}
