package dev.governance.core.remediation;

import dev.governance.core.review.AuditEntry;
import dev.governance.core.review.StepOutcome;
import java.util.List;
import java.util.Objects;

/**
 * What a run of a plan did, step by step.
 *
 * @param reviewId the review
 * @param dryRun whether nothing was changed
 * @param entries one per step, in plan order
 * @since 0.1
 */
public record RemediationRun(String reviewId, boolean dryRun, List<AuditEntry> entries) {

  /** Validates and copies the components. */
  public RemediationRun {
    Objects.requireNonNull(reviewId, "reviewId");
    entries = List.copyOf(entries);
  }

  /**
   * Counts the steps that ended with an outcome.
   *
   * @param outcome the outcome
   * @return how many
   */
  public long count(StepOutcome outcome) {
    return entries.stream().filter(e -> e.outcome() == outcome).count();
  }

  /**
   * Tells whether any step failed.
   *
   * @return {@code true} if a step's outcome is {@link StepOutcome#FAILED}
   */
  public boolean failed() {
    return count(StepOutcome.FAILED) > 0;
  }
}
