package dev.governance.okta.catalog;

/**
 * The Okta plans whose management rate limits Okta publishes ("Management rate limits",
 * developer.okta.com/docs/reference/rl-global-mgmt/).
 *
 * @since 0.1
 */
public enum OktaPlan {
  /** The Integrator Free Plan (formerly the Developer Edition). */
  INTEGRATOR_FREE,
  /** One App. */
  ONE_APP,
  /** Enterprise. */
  ENTERPRISE,
  /** Workforce Identity. */
  WORKFORCE_IDENTITY
}
