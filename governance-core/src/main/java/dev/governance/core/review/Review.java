package dev.governance.core.review;

import dev.governance.core.ConflictException;
import dev.governance.core.NotFoundException;
import dev.governance.core.internal.Quoted;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An access review: the items of one snapshot within a scope, and the decisions made on them.
 * Immutable; {@link #decide} and {@link #close} return new values, which a {@link ReviewStore}
 * keeps.
 *
 * @param id the review's id
 * @param name a name for people
 * @param integrationId the integration whose snapshot it reviews
 * @param snapshotId the snapshot its items come from; every decision must be made against it
 * @param scope the scope, as {@link ReviewScope#describe()} said it
 * @param reviewerRules the reviewer rules, as {@link ReviewerRule#describe()} said them
 * @param createdAt when it was built
 * @param createdBy who built it
 * @param basedOn the completed review it is the difference from, or {@code null} for a full review
 * @param status open or closed
 * @param closedAt when it was closed, or {@code null}
 * @param closedBy who closed it, or {@code null}
 * @param items the items, in the order they were found
 * @param decisions the decision on each decided item, by item id
 * @since 0.1
 */
public record Review(
    String id,
    String name,
    String integrationId,
    String snapshotId,
    String scope,
    List<String> reviewerRules,
    Instant createdAt,
    String createdBy,
    @Nullable String basedOn,
    ReviewStatus status,
    @Nullable Instant closedAt,
    @Nullable String closedBy,
    List<ReviewItem> items,
    Map<String, Decision> decisions) {

  /** Validates and copies the components. */
  public Review {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(snapshotId, "snapshotId");
    Objects.requireNonNull(scope, "scope");
    reviewerRules = List.copyOf(reviewerRules);
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(status, "status");
    items = List.copyOf(items);
    decisions = Collections.unmodifiableMap(new LinkedHashMap<>(decisions));
  }

  /**
   * Returns an item.
   *
   * @param itemId the item's id
   * @return the item, or empty if the review has no such item
   */
  public Optional<ReviewItem> item(String itemId) {
    return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
  }

  /**
   * Returns the decision on an item.
   *
   * @param itemId the item's id
   * @return the decision, or empty if undecided
   */
  public Optional<Decision> decision(String itemId) {
    return Optional.ofNullable(decisions.get(itemId));
  }

  /**
   * Returns the items decided {@link Verdict#REVOKE}.
   *
   * @return the items, in review order
   */
  public List<ReviewItem> revoked() {
    return items.stream()
        .filter(i -> decision(i.id()).map(d -> d.verdict() == Verdict.REVOKE).orElse(false))
        .toList();
  }

  /**
   * Returns the items without a keep or revoke decision.
   *
   * @return the items, in review order
   */
  public List<ReviewItem> undecided() {
    return items.stream().filter(i -> !decided(i.id())).toList();
  }

  private boolean decided(String itemId) {
    Decision d = decisions.get(itemId);
    return d != null && d.verdict() != Verdict.ABSTAIN;
  }

  /**
   * Records decisions. Each must name an item of this review and be made against its snapshot; an
   * item decided keep or revoke is decided again only when {@code replace} is set (an abstention
   * never blocks a later decision). Either every decision is recorded or none is.
   *
   * @param newDecisions the decisions
   * @param replace whether a decision may replace a keep or revoke made before
   * @return the review with the decisions
   * @throws ConflictException if the review is closed, a decision was made against another
   *     snapshot (a stale item), or an item was already decided and {@code replace} is not set
   * @throws NotFoundException if an item is not in this review
   */
  public Review decide(List<Decision> newDecisions, boolean replace) {
    if (status == ReviewStatus.CLOSED) {
      throw new ConflictException("The review " + Quoted.quote(id) + " is closed; decisions can no"
          + " longer change. Create a new review to decide again");
    }
    Map<String, Decision> next = new LinkedHashMap<>(decisions);
    for (Decision d : newDecisions) {
      if (item(d.itemId()).isEmpty()) {
        throw new NotFoundException("review item", d.itemId(), "The review " + Quoted.quote(id)
            + " has no item " + Quoted.quote(d.itemId()) + "; export the review for its item ids", null);
      }
      if (!d.snapshotId().equals(snapshotId)) {
        throw new ConflictException("The decision on " + Quoted.quote(d.itemId()) + " was made against"
            + " snapshot " + Quoted.quote(d.snapshotId()) + ", but the review's items are of snapshot "
            + snapshotId + ": the item may be stale. Export the review again and decide on what it shows");
      }
      Decision before = next.get(d.itemId());
      if (!replace && before != null && before.verdict() != Verdict.ABSTAIN) {
        throw new ConflictException("The item " + Quoted.quote(d.itemId()) + " was already decided "
            + before.verdict() + " by " + Quoted.quote(before.decidedBy()) + " at " + before.decidedAt()
            + "; to change it, decide again with replace");
      }
      next.put(d.itemId(), d);
    }
    return new Review(id, name, integrationId, snapshotId, scope, reviewerRules, createdAt, createdBy,
        basedOn, status, closedAt, closedBy, items, next);
  }

  /**
   * Closes the review: no more decisions.
   *
   * @param by who closes it
   * @param at when
   * @return the closed review
   * @throws ConflictException if it is closed already
   */
  public Review close(String by, Instant at) {
    if (status == ReviewStatus.CLOSED) {
      throw new ConflictException("The review " + Quoted.quote(id) + " was closed already, at " + closedAt);
    }
    return new Review(id, name, integrationId, snapshotId, scope, reviewerRules, createdAt, createdBy,
        basedOn, ReviewStatus.CLOSED, at, by, items, decisions);
  }
}
