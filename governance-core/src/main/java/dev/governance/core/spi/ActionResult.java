package dev.governance.core.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * What applying a {@link LifecycleAction} did, for the audit record.
 *
 * @param action the action
 * @param outcome what happened
 * @param at when it happened
 * @param detail what the provider said, in plain words
 * @since 0.1
 */
public record ActionResult(LifecycleAction action, Outcome outcome, Instant at, String detail) {

  /** What happened. */
  public enum Outcome {
    /** The change was made. */
    APPLIED,
    /** Its effect was already in place; nothing changed. */
    ALREADY_DONE
  }

  /** Validates the components. */
  public ActionResult {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(detail, "detail");
  }
}
