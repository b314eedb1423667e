package dev.governance.core.spi;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What applying a {@link LifecycleAction} did, for the audit record.
 *
 * @param action the action
 * @param outcome what happened
 * @param at when it happened
 * @param detail what the provider said, in plain words
 * @param requestId the provider's id for the request that made the change (Okta's {@code
 *     X-Okta-Request-Id}), to find it in the provider's own logs; {@code null} when nothing was sent
 *     or the provider gave none
 * @since 0.1
 */
public record ActionResult(
    LifecycleAction action, Outcome outcome, Instant at, String detail, @Nullable String requestId) {

  /**
   * A result without a provider request id.
   *
   * @param action the action
   * @param outcome what happened
   * @param at when it happened
   * @param detail what the provider said, in plain words
   */
  public ActionResult(LifecycleAction action, Outcome outcome, Instant at, String detail) {
    this(action, outcome, at, detail, null);
  }

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
