package dev.governance.core.integration;

import dev.governance.core.spi.CancellationToken;
import dev.governance.core.spi.ProgressListener;
import dev.governance.core.spi.SyncPlan;
import java.util.Objects;

/**
 * How to run one sync: who asks for it, what to read, where progress goes and how to cancel it.
 *
 * @param actor who starts the sync (a person's login, or a scheduler's name), for the record
 * @param plan what to read
 * @param progress receives progress
 * @param cancellation cancels the sync
 * @param full whether to read everything even where a delta from the last whole snapshot would do
 * @since 0.1
 */
public record SyncRequest(
    String actor, SyncPlan plan, ProgressListener progress, CancellationToken cancellation, boolean full) {

  /**
   * A request that leaves the choice between a delta and a full read to the registry.
   *
   * @param actor who starts the sync
   * @param plan what to read
   * @param progress receives progress
   * @param cancellation cancels the sync
   */
  public SyncRequest(String actor, SyncPlan plan, ProgressListener progress, CancellationToken cancellation) {
    this(actor, plan, progress, cancellation, false);
  }

  /** Validates the components. */
  public SyncRequest {
    Objects.requireNonNull(actor, "actor");
    if (actor.isBlank()) {
      throw new IllegalArgumentException("actor must not be blank: say who starts the sync");
    }
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(cancellation, "cancellation");
  }

  /**
   * Returns a request that reads everything, without progress, with a fresh cancellation token.
   *
   * @param actor who starts the sync
   * @return the request
   */
  public static SyncRequest by(String actor) {
    return new SyncRequest(actor, SyncPlan.everything(), ProgressListener.NONE, new CancellationToken());
  }

  /**
   * Returns a copy with another plan.
   *
   * @param value the plan
   * @return the copy
   */
  public SyncRequest withPlan(SyncPlan value) {
    return new SyncRequest(actor, value, progress, cancellation, full);
  }

  /**
   * Returns a copy with another progress listener.
   *
   * @param value the listener
   * @return the copy
   */
  public SyncRequest withProgress(ProgressListener value) {
    return new SyncRequest(actor, plan, value, cancellation, full);
  }

  /**
   * Returns a copy with another cancellation token.
   *
   * @param value the token
   * @return the copy
   */
  public SyncRequest withCancellation(CancellationToken value) {
    return new SyncRequest(actor, plan, progress, value, full);
  }

  /**
   * Returns a copy that reads everything, or lets the registry choose.
   *
   * @param value {@code true} to read everything
   * @return the copy
   */
  public SyncRequest withFull(boolean value) {
    return new SyncRequest(actor, plan, progress, cancellation, value);
  }
}
