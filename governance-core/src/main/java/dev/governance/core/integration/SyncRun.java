package dev.governance.core.integration;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One finished sync of an integration.
 *
 * @param startedAt when it started
 * @param duration how long it ran
 * @param by who started it
 * @param succeeded whether it read everything it could and saved a whole snapshot
 * @param snapshotId the snapshot it saved, or {@code null} if it saved none; a failed run that
 *     lost collections to failures keeps what it read as a snapshot that is not whole
 * @param failure why it failed, or {@code null} if it succeeded
 * @since 0.1
 */
public record SyncRun(
    Instant startedAt,
    Duration duration,
    String by,
    boolean succeeded,
    @Nullable String snapshotId,
    @Nullable String failure) {

  /** Validates the components. */
  public SyncRun {
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(by, "by");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative");
    }
    if (succeeded == (failure != null) || succeeded && snapshotId == null) {
      throw new IllegalArgumentException(
          "a successful run has a snapshot id and no failure; a failed run has a failure");
    }
  }

  /**
   * Returns when it ended.
   *
   * @return the start plus the duration
   */
  public Instant endedAt() {
    return startedAt.plus(duration);
  }
}
