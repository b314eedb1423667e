package dev.governance.testkit.okta;

/**
 * Okta admin role types. {@code USER_ADMIN} is the role the Admin Console calls "Group
 * Administrator".
 *
 * @since 0.1
 */
public enum RoleType {
  /** Super Administrator. */
  SUPER_ADMIN("Super Administrator"),
  /** Organizational Administrator. */
  ORG_ADMIN("Organizational Administrator"),
  /** Application Administrator; may be limited to apps. */
  APP_ADMIN("Application Administrator"),
  /** Group Administrator; may be limited to groups. */
  USER_ADMIN("Group Administrator"),
  /** Group Membership Administrator; may be limited to groups. */
  GROUP_MEMBERSHIP_ADMIN("Group Membership Administrator"),
  /** Help Desk Administrator; may be limited to groups. */
  HELP_DESK_ADMIN("Help Desk Administrator"),
  /** Read-only Administrator. */
  READ_ONLY_ADMIN("Read-only Administrator"),
  /** Report Administrator. */
  REPORT_ADMIN("Report Administrator"),
  /** API Access Management Administrator. */
  API_ACCESS_MANAGEMENT_ADMIN("API Access Management Administrator"),
  /** A custom role with a resource set and permissions. */
  CUSTOM("Custom role");

  private final String label;

  RoleType(String label) {
    this.label = label;
  }

  /**
   * The label Okta shows.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
