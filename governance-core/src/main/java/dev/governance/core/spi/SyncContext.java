package dev.governance.core.spi;

import dev.governance.core.snapshot.Snapshot;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import java.time.Clock;
import java.util.Objects;

/**
 * What a sync gets from its caller: a progress listener, a cancellation token, a clock, a
 * checkpoint store and, for an incremental sync, the previous snapshot.
 *
 * <p>With a previous snapshot, a connector that can read changes may read only what changed since
 * that snapshot was taken and carry the rest over, telling the sink so through {@link
 * InventorySink#syncMode}; the result must equal what a full sync would read at that moment, and a
 * collection the connector's change sources cannot vouch for is re-read in full. A connector that
 * cannot read changes ignores it and reads in full.
 *
 * @since 0.1
 */
public final class SyncContext {

  private final ProgressListener progress;
  private final CancellationToken cancellation;
  private final Clock clock;
  private final CheckpointStore checkpoints;
  private final @Nullable Snapshot previous;
  private final @Nullable String previousId;

  private SyncContext(Builder b) {
    this.previous = b.previous;
    this.previousId = b.previousId;
    this.progress = b.progress;
    this.cancellation = b.cancellation;
    this.clock = b.clock;
    this.checkpoints = b.checkpoints;
  }

  /**
   * Returns a context with no listener, a fresh token, the UTC system clock and {@link
   * CheckpointStore#none()}: a sync through it cannot resume.
   *
   * @return the context
   */
  public static SyncContext defaults() {
    return builder().build();
  }

  /**
   * Starts a builder with the defaults of {@link #defaults()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the progress listener.
   *
   * @return the listener
   */
  public ProgressListener progress() {
    return progress;
  }

  /**
   * Returns the cancellation token.
   *
   * @return the token
   */
  public CancellationToken cancellation() {
    return cancellation;
  }

  /**
   * Returns the clock.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Returns the checkpoint store, where a connector records a full sync's progress so that the next
   * full sync after a crash, a kill or a cancellation resumes instead of starting over.
   *
   * @return the store
   */
  public CheckpointStore checkpoints() {
    return checkpoints;
  }

  /**
   * Returns the previous whole snapshot of the same tenant, from which a connector may read only
   * the changes.
   *
   * @return the snapshot, or empty for a full sync
   */
  public Optional<Snapshot> previous() {
    return Optional.ofNullable(previous);
  }

  /**
   * Returns the id the caller knows the previous snapshot by, e.g. the store's snapshot id.
   *
   * @return the id, or empty
   */
  public Optional<String> previousId() {
    return Optional.ofNullable(previousId);
  }

  /** Builds a {@link SyncContext}. */
  public static final class Builder {
    private ProgressListener progress = ProgressListener.NONE;
    private CancellationToken cancellation = new CancellationToken();
    private Clock clock = Clock.systemUTC();
    private CheckpointStore checkpoints = CheckpointStore.none();
    private @Nullable Snapshot previous;
    private @Nullable String previousId;

    private Builder() {}

    /**
     * Sets the progress listener.
     *
     * @param value the listener
     * @return this builder
     */
    public Builder progress(ProgressListener value) {
      this.progress = Objects.requireNonNull(value, "progress");
      return this;
    }

    /**
     * Sets the cancellation token.
     *
     * @param value the token
     * @return this builder
     */
    public Builder cancellation(CancellationToken value) {
      this.cancellation = Objects.requireNonNull(value, "cancellation");
      return this;
    }

    /**
     * Sets the clock.
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Sets the checkpoint store.
     *
     * @param value the store
     * @return this builder
     */
    public Builder checkpoints(CheckpointStore value) {
      this.checkpoints = Objects.requireNonNull(value, "checkpoints");
      return this;
    }

    /**
     * Sets the previous whole snapshot, for an incremental sync.
     *
     * @param value the snapshot, or {@code null} for a full sync
     * @param id the id the caller knows it by, or {@code null}
     * @return this builder
     */
    public Builder previous(@Nullable Snapshot value, @Nullable String id) {
      this.previous = value;
      this.previousId = value == null ? null : id;
      return this;
    }

    /**
     * Builds the context.
     *
     * @return the context
     */
    public SyncContext build() {
      return new SyncContext(this);
    }
  }
}
