package dev.governance.core.review;

/**
 * Where a review stands.
 *
 * @since 0.1
 */
public enum ReviewStatus {
  /** Decisions are being made. */
  OPEN,
  /** Closed: no more decisions; a later review may be built as the difference from it. */
  CLOSED
}
