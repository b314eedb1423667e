package dev.governance.core.review;

import dev.governance.core.findings.FindingsReport;
import dev.governance.core.snapshot.Snapshot;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How {@link ReviewEngine} builds a review. Start with {@link #builder(String, String, ReviewScope)}.
 *
 * @since 0.1
 */
public final class ReviewOptions {

  private final String integrationId;
  private final String snapshotId;
  private final ReviewScope scope;
  private final List<ReviewerRule> reviewerRules;
  private final List<String> integrationOwners;
  private final String name;
  private final String createdBy;
  private final Clock clock;
  private final @Nullable FindingsReport findings;
  private final @Nullable Review previous;
  private final @Nullable Snapshot previousSnapshot;
  private final @Nullable String id;

  private ReviewOptions(Builder b) {
    this.integrationId = b.integrationId;
    this.snapshotId = b.snapshotId;
    this.scope = b.scope;
    this.reviewerRules = List.copyOf(b.reviewerRules);
    this.integrationOwners = List.copyOf(b.integrationOwners);
    this.name = b.name != null ? b.name : "Review of " + scope.describe();
    this.createdBy = b.createdBy;
    this.clock = b.clock;
    this.findings = b.findings;
    this.previous = b.previous;
    this.previousSnapshot = b.previousSnapshot;
    this.id = b.id;
  }

  /**
   * Starts a builder.
   *
   * @param integrationId the integration the snapshot belongs to
   * @param snapshotId the snapshot's id in the store, which every decision is checked against
   * @param scope what the review covers
   * @return a new builder
   */
  public static Builder builder(String integrationId, String snapshotId, ReviewScope scope) {
    return new Builder(integrationId, snapshotId, scope);
  }

  String integrationId() {
    return integrationId;
  }

  String snapshotId() {
    return snapshotId;
  }

  ReviewScope scope() {
    return scope;
  }

  List<ReviewerRule> reviewerRules() {
    return reviewerRules;
  }

  List<String> integrationOwners() {
    return integrationOwners;
  }

  String name() {
    return name;
  }

  String createdBy() {
    return createdBy;
  }

  Clock clock() {
    return clock;
  }

  @Nullable FindingsReport findings() {
    return findings;
  }

  @Nullable Review previous() {
    return previous;
  }

  @Nullable Snapshot previousSnapshot() {
    return previousSnapshot;
  }

  @Nullable String id() {
    return id;
  }

  /** Builds {@link ReviewOptions}. */
  public static final class Builder {
    private final String integrationId;
    private final String snapshotId;
    private final ReviewScope scope;
    private final List<ReviewerRule> reviewerRules = new ArrayList<>();
    private final List<String> integrationOwners = new ArrayList<>();
    private @Nullable String name;
    private String createdBy = "unknown";
    private Clock clock = Clock.systemUTC();
    private @Nullable FindingsReport findings;
    private @Nullable Review previous;
    private @Nullable Snapshot previousSnapshot;
    private @Nullable String id;

    private Builder(String integrationId, String snapshotId, ReviewScope scope) {
      this.integrationId = Objects.requireNonNull(integrationId, "integrationId");
      this.snapshotId = Objects.requireNonNull(snapshotId, "snapshotId");
      this.scope = Objects.requireNonNull(scope, "scope");
    }

    /**
     * Adds a reviewer rule; rules are tried in the order they were added.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder reviewer(ReviewerRule rule) {
      reviewerRules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Sets the owners of the integration, for {@link ReviewerRule.IntegrationOwners}.
     *
     * @param owners logins or emails, primary first
     * @return this builder
     */
    public Builder integrationOwners(List<String> owners) {
      integrationOwners.clear();
      integrationOwners.addAll(owners);
      return this;
    }

    /**
     * Sets the review's name; by default it says the scope.
     *
     * @param value the name
     * @return this builder
     */
    public Builder name(String value) {
      this.name = Objects.requireNonNull(value, "name");
      return this;
    }

    /**
     * Sets who builds the review.
     *
     * @param value a login or email
     * @return this builder
     */
    public Builder createdBy(String value) {
      this.createdBy = Objects.requireNonNull(value, "createdBy");
      return this;
    }

    /**
     * Sets the clock that stamps the review.
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Sets the findings whose subjects are shown on the items; by default the built-in rules are
     * evaluated on the snapshot.
     *
     * @param value the findings of the same snapshot
     * @return this builder
     */
    public Builder findings(FindingsReport value) {
      this.findings = Objects.requireNonNull(value, "findings");
      return this;
    }

    /**
     * Builds the review as the difference from a completed one: only items that the previous
     * review did not have, or whose paths use a grant added or changed since its snapshot.
     *
     * @param review the previous review, closed
     * @param snapshot the snapshot it was built from
     * @return this builder
     */
    public Builder since(Review review, Snapshot snapshot) {
      this.previous = Objects.requireNonNull(review, "review");
      this.previousSnapshot = Objects.requireNonNull(snapshot, "snapshot");
      return this;
    }

    /**
     * Sets the review's id; by default one is made from the clock.
     *
     * @param value letters, digits, {@code .}, {@code _} and {@code -}
     * @return this builder
     */
    public Builder id(String value) {
      this.id = ReviewIds.require(value);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public ReviewOptions build() {
      return new ReviewOptions(this);
    }
  }
}
