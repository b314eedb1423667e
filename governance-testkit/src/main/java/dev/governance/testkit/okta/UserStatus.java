package dev.governance.testkit.okta;

/**
 * Okta user statuses.
 *
 * @since 0.1
 */
public enum UserStatus {
  /** Created, not activated. */
  STAGED,
  /** Activated, credentials not set yet. */
  PROVISIONED,
  /** Active. */
  ACTIVE,
  /** Password reset in progress. */
  RECOVERY,
  /** Locked after failed sign-ins. */
  LOCKED_OUT,
  /** Password expired. */
  PASSWORD_EXPIRED,
  /** Suspended by an admin. */
  SUSPENDED,
  /** Deactivated. */
  DEPROVISIONED
}
