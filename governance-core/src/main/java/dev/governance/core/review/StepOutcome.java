package dev.governance.core.review;

/**
 * What became of one remediation step.
 *
 * @since 0.1
 */
public enum StepOutcome {
  /** A dry run: the step would have been applied. */
  DRY_RUN,
  /** The provider made the change. */
  APPLIED,
  /** The change was in place already; nothing changed. */
  ALREADY_DONE,
  /** The provider refused or failed; the audit entry says why. */
  FAILED,
  /** Not attempted: a step it depends on did not succeed. */
  SKIPPED,
  /** Not attempted: the credentials do not allow it (the preflight said so). */
  NOT_ALLOWED
}
