package dev.governance.core.findings;

import java.util.List;
import java.util.Objects;

/**
 * What became of one rule in a run: evaluated, evaluated on part of its inputs, skipped, disabled,
 * or failed, and why.
 *
 * @param ruleId the rule's id
 * @param title the rule's title
 * @param status what happened
 * @param findingCount how many findings the rule reported (0 unless it ran)
 * @param reasons why the outcome is not {@link Status#EVALUATED}, e.g. {@code AUTH_FACTORS
 *     unavailable: missing okta.users.read}
 * @since 0.1
 */
public record RuleOutcome(
    String ruleId, String title, Status status, int findingCount, List<String> reasons) {

  /** What happened to a rule. */
  public enum Status {
    /** The rule ran on complete inputs: no finding means nothing to find. */
    EVALUATED,
    /** The rule ran, but some inputs were not complete: it may have missed findings. */
    PARTIAL,
    /** The rule did not run, because an input it needs was not read (or not in full). */
    SKIPPED,
    /** Configuration turned the rule off. */
    DISABLED,
    /** The rule threw an exception; its findings are not in the report. */
    FAILED
  }

  /** Validates and copies the components. */
  public RuleOutcome {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(status, "status");
    reasons = List.copyOf(reasons);
    if (findingCount < 0) {
      throw new IllegalArgumentException("findingCount must not be negative");
    }
  }

  /**
   * Tells whether the rule ran on complete inputs.
   *
   * @return {@code true} for {@link Status#EVALUATED}
   */
  public boolean complete() {
    return status == Status.EVALUATED;
  }

  /**
   * Describes the outcome in one line, e.g. {@code admin-without-mfa: not evaluated, AUTH_FACTORS
   * unavailable: missing okta.users.read}.
   *
   * @return the description
   */
  public String describe() {
    String what =
        switch (status) {
          case EVALUATED -> "evaluated, " + count();
          case PARTIAL -> "partly evaluated, " + count();
          case SKIPPED -> "not evaluated";
          case DISABLED -> "disabled";
          case FAILED -> "failed";
        };
    return ruleId + ": " + what + (reasons.isEmpty() ? "" : ", " + String.join("; ", reasons));
  }

  private String count() {
    return findingCount == 1 ? "1 finding" : findingCount + " findings";
  }
}
