package dev.governance.testkit.okta;

/**
 * Okta application statuses.
 *
 * @since 0.1
 */
public enum AppStatus {
  /** Active. */
  ACTIVE,
  /** Deactivated; still listed. */
  INACTIVE,
  /** Deleted; no longer listed. */
  DELETED
}
