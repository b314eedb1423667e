package dev.governance.core.remediation;

import dev.governance.core.review.AuditEntry;
import dev.governance.core.review.ReviewStore;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * How {@link Remediator} runs a plan: a dry run unless {@link Builder#apply(boolean)} says
 * otherwise. Start with {@link #builder(String)}.
 *
 * @since 0.1
 */
public final class ApplyOptions {
  private final boolean apply;
  private final String approvedBy;
  private final Clock clock;
  private final @Nullable ReviewStore audit;
  private final Consumer<AuditEntry> listener;

  private ApplyOptions(Builder b) {
    this.apply = b.apply;
    this.approvedBy = b.approvedBy;
    this.clock = b.clock;
    this.audit = b.audit;
    this.listener = b.listener;
  }

  /**
   * Starts a builder.
   *
   * @param approvedBy who approves the run, recorded on every audit entry
   * @return a new builder
   */
  public static Builder builder(String approvedBy) {
    return new Builder(approvedBy);
  }

  boolean apply() {
    return apply;
  }

  String approvedBy() {
    return approvedBy;
  }

  Clock clock() {
    return clock;
  }

  @Nullable ReviewStore audit() {
    return audit;
  }

  Consumer<AuditEntry> listener() {
    return listener;
  }

  /** Builds {@link ApplyOptions}. */
  public static final class Builder {
    private boolean apply;
    private final String approvedBy;
    private Clock clock = Clock.systemUTC();
    private @Nullable ReviewStore audit;
    private Consumer<AuditEntry> listener = e -> {};

    private Builder(String approvedBy) {
      Objects.requireNonNull(approvedBy, "approvedBy");
      if (approvedBy.isBlank()) {
        throw new IllegalArgumentException("a run needs who approved it");
      }
      this.approvedBy = approvedBy.strip();
    }

    /**
     * Sets whether the steps are applied; by default they are not (a dry run).
     *
     * @param value {@code true} to make the changes
     * @return this builder
     */
    public Builder apply(boolean value) {
      this.apply = value;
      return this;
    }

    /**
     * Sets the clock that stamps the audit entries.
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Records every step of an applied run in the review's audit log in this store, as it runs.
     *
     * @param store the store that holds the review
     * @return this builder
     */
    public Builder auditTo(ReviewStore store) {
      this.audit = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Sets who hears of each step as it ends, for progress.
     *
     * @param value the listener
     * @return this builder
     */
    public Builder onStep(Consumer<AuditEntry> value) {
      this.listener = Objects.requireNonNull(value, "listener");
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public ApplyOptions build() {
      return new ApplyOptions(this);
    }
  }
}
