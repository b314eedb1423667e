package dev.governance.core.spi;

import java.time.Clock;
import java.util.Objects;

/**
 * What a sync gets from its caller: a progress listener, a cancellation token, a clock and a
 * checkpoint store.
 *
 * @since 0.1
 */
public final class SyncContext {

  private final ProgressListener progress;
  private final CancellationToken cancellation;
  private final Clock clock;
  private final CheckpointStore checkpoints;

  private SyncContext(Builder b) {
    this.progress = b.progress;
    this.cancellation = b.cancellation;
    this.clock = b.clock;
    this.checkpoints = b.checkpoints;
  }

  /**
   * Returns a context with no listener, a fresh token, the UTC system clock and an in-memory store.
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
   * Returns the checkpoint store.
   *
   * @return the store
   */
  public CheckpointStore checkpoints() {
    return checkpoints;
  }

  /** Builds a {@link SyncContext}. */
  public static final class Builder {
    private ProgressListener progress = ProgressListener.NONE;
    private CancellationToken cancellation = new CancellationToken();
    private Clock clock = Clock.systemUTC();
    private CheckpointStore checkpoints = CheckpointStore.inMemory();

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
     * Builds the context.
     *
     * @return the context
     */
    public SyncContext build() {
      return new SyncContext(this);
    }
  }
}
