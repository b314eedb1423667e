package dev.governance.core.remediation;

import java.util.List;
import java.util.Objects;

/**
 * What a snapshot read after a run shows of one revoked item.
 *
 * @param itemId the review item
 * @param subjectLabel who held the access
 * @param targetLabel what it was to
 * @param state removed, still present, or waiting for a person
 * @param reason why it is still present, or what the person must change; empty when removed
 * @since 0.1
 */
public record ItemVerification(String itemId, String subjectLabel, String targetLabel, State state,
    List<String> reason) {

  /** Where an item stands after a run. */
  public enum State {
    /** The access is gone through every path. */
    REMOVED,
    /** Some path still gives it, though the plan's actions should have removed it. */
    STILL_PRESENT,
    /** Some path still gives it, and only a person can cut it. */
    NEEDS_PERSON
  }

  /** Validates and copies the components. */
  public ItemVerification {
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(subjectLabel, "subjectLabel");
    Objects.requireNonNull(targetLabel, "targetLabel");
    Objects.requireNonNull(state, "state");
    reason = List.copyOf(reason);
  }
}
