package dev.governance.core.findings;

/**
 * How much a finding matters, from {@link #LOW} to {@link #CRITICAL}. {@link #HIGH} and {@link
 * #CRITICAL} are kept for real risks; hygiene problems are {@link #LOW} or {@link #MEDIUM}.
 *
 * @since 0.1
 */
public enum Severity {
  /** Hygiene: worth cleaning up, no direct exposure. */
  LOW,
  /** Weakens the tenant's posture; fix in the normal course of work. */
  MEDIUM,
  /** A real risk: access that should not exist, or an admin path that is easy to abuse. */
  HIGH,
  /** A real risk to the whole tenant; fix now. */
  CRITICAL;

  /**
   * Tells whether this severity is at least another.
   *
   * @param other the severity to compare with
   * @return {@code true} if this one is as severe or more
   */
  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}
