package dev.governance.core.integration;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where an integration's syncs stand.
 *
 * @param state the state
 * @param since when it entered the state
 * @param reason for {@link State#ERROR}, what went wrong and what to do; otherwise {@code null}
 * @since 0.1
 */
public record SyncStatus(State state, Instant since, @Nullable String reason) {

  /** The states of an integration's syncs. */
  public enum State {
    /** Added, never synced. */
    NOT_SYNCED,
    /** A sync is running. */
    IN_PROGRESS,
    /** The last sync succeeded. */
    SUCCESS,
    /** The last sync failed or was cancelled; {@link SyncStatus#reason()} says why. */
    ERROR
  }

  /** Validates the components: an error needs a reason, other states have none. */
  public SyncStatus {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(since, "since");
    if (state == State.ERROR && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("an ERROR status needs a reason");
    }
    if (state != State.ERROR) {
      reason = null;
    }
  }
}
