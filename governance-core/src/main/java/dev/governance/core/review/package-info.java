/**
 * Access reviews: who should still have what.
 *
 * <p>A {@link dev.governance.core.review.Review} is built from a snapshot and a {@link
 * dev.governance.core.review.ReviewScope} by {@link dev.governance.core.review.ReviewEngine}: one
 * {@link dev.governance.core.review.ReviewItem} per identity (or application) and target, with
 * every path that gives the access and the facts a reviewer needs. Reviewers come from {@link
 * dev.governance.core.review.ReviewerRule}s; an item no rule gives a reviewer is flagged, never
 * dropped. {@link dev.governance.core.review.Decision}s (keep, revoke, abstain) are recorded
 * against the snapshot the review was built from, so that a decision on a stale item is refused.
 * Reviews and their decisions live in a {@link dev.governance.core.review.ReviewStore}; {@link
 * dev.governance.core.review.DirectoryReviewStore} keeps them in a local directory, safe for
 * several processes. {@link dev.governance.core.review.ReviewCsv} exports a review for
 * spreadsheets and imports decisions back, row by row.
 *
 * <p>What to do about revoke decisions is {@link dev.governance.core.remediation}.
 *
 * <p>This package is public API.
 *
 * @since 0.1
 */
@NullMarked
package dev.governance.core.review;

import org.jspecify.annotations.NullMarked;
