package dev.governance.core.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Keeps reviews, their decisions and their remediation audit logs. Implementations are safe for
 * many threads and, where they say so, many processes: every change is a locked read-modify-write,
 * so two reviewers deciding at once never lose each other's decisions.
 *
 * @since 0.1
 */
public interface ReviewStore {

  /**
   * Saves a new review.
   *
   * @param review the review
   * @return the review as saved
   * @throws dev.governance.core.ConflictException if a review with its id exists
   * @throws dev.governance.core.StorageFailureException if it cannot be saved
   */
  Review create(Review review);

  /**
   * Loads a review.
   *
   * @param reviewId the review's id
   * @return the review
   * @throws dev.governance.core.NotFoundException if there is no such review
   * @throws dev.governance.core.StorageFailureException if it cannot be read
   */
  Review load(String reviewId);

  /**
   * Lists the reviews, newest first.
   *
   * @return the reviews
   */
  List<Review> list();

  /**
   * Changes a review under the store's lock: reads it, applies the change and saves the result, with
   * no other change in between. A change that throws saves nothing.
   *
   * @param reviewId the review's id
   * @param change the change; it must keep the id
   * @return the review as saved
   * @throws dev.governance.core.NotFoundException if there is no such review
   */
  Review update(String reviewId, UnaryOperator<Review> change);

  /**
   * Records decisions ({@link Review#decide}) under the store's lock.
   *
   * @param reviewId the review's id
   * @param decisions the decisions
   * @param replace whether a decision may replace a keep or revoke made before
   * @return the review as saved
   */
  default Review decide(String reviewId, List<Decision> decisions, boolean replace) {
    return update(reviewId, r -> r.decide(decisions, replace));
  }

  /**
   * Closes a review ({@link Review#close}) under the store's lock.
   *
   * @param reviewId the review's id
   * @param by who closes it
   * @param at when
   * @return the review as saved
   */
  default Review close(String reviewId, String by, Instant at) {
    return update(reviewId, r -> r.close(by, at));
  }

  /**
   * Returns the newest closed review of an integration, which a new review may be the difference
   * from.
   *
   * @param integrationId the integration
   * @return the review, or empty if none is closed
   */
  default Optional<Review> latestClosed(String integrationId) {
    return list().stream()
        .filter(r -> r.integrationId().equals(integrationId) && r.status() == ReviewStatus.CLOSED)
        .findFirst();
  }

  /**
   * Appends entries to a review's audit log under the store's lock.
   *
   * @param reviewId the review's id
   * @param entries the entries, in the order they happened
   * @throws dev.governance.core.NotFoundException if there is no such review
   */
  void appendAudit(String reviewId, List<AuditEntry> entries);

  /**
   * Returns a review's audit log, oldest first.
   *
   * @param reviewId the review's id
   * @return the entries; empty if nothing was applied
   */
  List<AuditEntry> audit(String reviewId);
}
