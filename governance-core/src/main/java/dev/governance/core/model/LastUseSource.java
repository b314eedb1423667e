package dev.governance.core.model;

/**
 * Where a {@link LastUse} comes from.
 *
 * @since 0.1
 */
public enum LastUseSource {
  /**
   * An audit event made with the credential (Okta: the newest System Log event whose {@code
   * transaction.detail.requestApiTokenId} names the token). Exact, but only requests that change
   * something write events, so a newer read may be missing.
   */
  SYSTEM_LOG,
  /**
   * Derived from a rolling expiry (Okta: {@code expiresAt} minus {@code tokenWindow}, since each use
   * moves the expiry one window past it).
   */
  EXPIRY;

  /**
   * Describes the source in words, for evidence and reports.
   *
   * @return e.g. {@code System Log}
   */
  public String label() {
    return this == SYSTEM_LOG ? "System Log" : "derived from the expiry";
  }
}
