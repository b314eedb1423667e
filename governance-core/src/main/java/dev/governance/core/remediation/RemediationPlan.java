package dev.governance.core.remediation;

import dev.governance.core.spi.ActionAccess;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The actions that carry out a review's revoke decisions, in the order they run.
 *
 * @param reviewId the review
 * @param snapshotId the snapshot the plan was computed on
 * @param computedAt when
 * @param items one per revoked item, in review order
 * @param steps the actions, in the order they run
 * @since 0.1
 */
public record RemediationPlan(
    String reviewId, String snapshotId, Instant computedAt, List<PlanItem> items, List<PlanStep> steps) {

  /** Validates and copies the components. */
  public RemediationPlan {
    Objects.requireNonNull(reviewId, "reviewId");
    Objects.requireNonNull(snapshotId, "snapshotId");
    Objects.requireNonNull(computedAt, "computedAt");
    items = List.copyOf(items);
    steps = List.copyOf(steps);
  }

  /**
   * Returns a step.
   *
   * @param stepId the step's id
   * @return the step, or empty
   */
  public Optional<PlanStep> step(String stepId) {
    return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
  }

  /**
   * Tells whether the credentials allow every step.
   *
   * @return {@code true} if no step is denied
   */
  public boolean allowed() {
    return steps.stream().allMatch(PlanStep::allowed);
  }

  /**
   * Returns the OAuth scopes that the denied steps miss, sorted.
   *
   * @return the scopes; empty when every step is allowed or only admin permissions are missing
   */
  public Set<String> missingScopes() {
    Set<String> out = new TreeSet<>();
    steps.forEach(s -> {
      if (s.access() instanceof ActionAccess.Denied d) {
        out.addAll(d.missingScopes());
      }
    });
    return out;
  }

  /**
   * Returns the admin permissions that the denied steps miss, sorted.
   *
   * @return the permissions
   */
  public Set<String> missingPermissions() {
    Set<String> out = new TreeSet<>();
    steps.forEach(s -> {
      if (s.access() instanceof ActionAccess.Denied d) {
        out.addAll(d.missingPermissions());
      }
    });
    return out;
  }
}
