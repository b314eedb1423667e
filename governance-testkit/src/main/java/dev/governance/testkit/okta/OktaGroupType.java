package dev.governance.testkit.okta;

/**
 * Okta's group types, as the fake tenant writes them in a group's {@code type} field. The neutral
 * category the connector maps them to is {@link dev.governance.core.model.GroupType}.
 *
 * @since 0.1
 */
public enum OktaGroupType {
  /** Managed in Okta (or by group rules); the only type whose members can be changed. */
  OKTA_GROUP,
  /** Imported from an application or directory; membership is owned by the source. */
  APP_GROUP,
  /** Managed by Okta, such as {@code Everyone}. */
  BUILT_IN
}
