package dev.governance.core.review;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A reviewer's decision on one item.
 *
 * @param itemId the item
 * @param verdict keep, revoke or abstain
 * @param decidedBy who decided
 * @param decidedAt when
 * @param reason why, or {@code null}
 * @param snapshotId the snapshot the decision was made against; it must be the review's
 * @since 0.1
 */
public record Decision(
    String itemId, Verdict verdict, String decidedBy, Instant decidedAt, @Nullable String reason,
    String snapshotId) {

  /** Validates the components. */
  public Decision {
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(decidedBy, "decidedBy");
    if (decidedBy.isBlank()) {
      throw new IllegalArgumentException("a decision needs who made it");
    }
    Objects.requireNonNull(decidedAt, "decidedAt");
    reason = reason == null || reason.isBlank() ? null : reason.strip();
    Objects.requireNonNull(snapshotId, "snapshotId");
  }
}
