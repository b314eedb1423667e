package dev.governance.core.integration;

/**
 * What a product does with a connected tenant.
 *
 * @since 0.1
 */
public enum IntegrationFeature {
  /** Access reviews: inventory, access graph, snapshots and their differences. */
  APP_GOVERNANCE,
  /** Posture findings: risky settings, stale accounts, over-privileged tokens. */
  POSTURE_SCAN
}
