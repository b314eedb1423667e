package dev.governance.testkit.okta;

/**
 * Who holds an admin role.
 *
 * @since 0.1
 */
public enum AssigneeType {
  /** A user. */
  USER,
  /** Every member of a group. */
  GROUP,
  /** A service app. */
  CLIENT
}
