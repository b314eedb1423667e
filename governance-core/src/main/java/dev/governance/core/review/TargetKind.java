package dev.governance.core.review;

/**
 * What an item's access is to.
 *
 * @since 0.1
 */
public enum TargetKind {
  /** An application. */
  APPLICATION,
  /** An admin role. */
  ROLE,
  /** A group membership. */
  GROUP,
  /** An OAuth scope granted to an application. */
  SCOPE,
  /** An API token, held by the identity it acts as. */
  API_TOKEN
}
