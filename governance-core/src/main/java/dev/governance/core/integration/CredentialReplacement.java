package dev.governance.core.integration;

/**
 * Whether {@link Integrations#updateCredential} may replace a credential that still works.
 *
 * @since 0.1
 */
public enum CredentialReplacement {
  /** Replace the credential only if the current one no longer works (the safe default). */
  ONLY_IF_CURRENT_FAILS,
  /** Replace the credential even though the current one still works, e.g. for a planned rotation. */
  REPLACE_WORKING
}
