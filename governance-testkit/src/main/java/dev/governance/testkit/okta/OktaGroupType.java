package dev.governance.testkit.okta;

/**
 * Okta group types.
 *
 * @since 0.1
 */
public enum GroupType {
  /** Managed in Okta (or by group rules); the only type whose members can be changed. */
  OKTA_GROUP,
  /** Imported from an application or directory; membership is owned by the source. */
  APP_GROUP,
  /** Managed by Okta, such as {@code Everyone}. */
  BUILT_IN
}
