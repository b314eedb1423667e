package dev.governance.core.review;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One record of the remediation audit log of a review: a step, the decisions it serves, who
 * approved it, when it ran and what became of it.
 *
 * @param stepId the step's id within its plan
 * @param action the action in words, e.g. {@code remove 00u1 from group 00g2}
 * @param itemIds the review items whose revoke decisions the step serves
 * @param decidedBy who made those decisions
 * @param approvedBy who approved the run
 * @param at when the step ran (or, for a dry run, was evaluated)
 * @param requestId the provider's id for the request, or {@code null} when the connector does not
 *     report one
 * @param outcome what became of it
 * @param detail what the provider said, or why the step was not attempted
 * @since 0.1
 */
public record AuditEntry(
    String stepId,
    String action,
    List<String> itemIds,
    List<String> decidedBy,
    String approvedBy,
    Instant at,
    @Nullable String requestId,
    StepOutcome outcome,
    String detail) {

  /** Validates and copies the components. */
  public AuditEntry {
    Objects.requireNonNull(stepId, "stepId");
    Objects.requireNonNull(action, "action");
    itemIds = List.copyOf(itemIds);
    decidedBy = List.copyOf(decidedBy);
    Objects.requireNonNull(approvedBy, "approvedBy");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(detail, "detail");
  }
}
