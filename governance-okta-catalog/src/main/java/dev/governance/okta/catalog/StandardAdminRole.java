package dev.governance.okta.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * Okta's standard admin roles, by the {@code type} Okta uses in role assignments.
 *
 * <p>Some roles can be limited to targets (groups or applications): such an assignment grants its
 * permissions only on those targets. Custom roles ({@code type: CUSTOM}) are not listed here; see
 * the Okta connector's {@code AdminRoleGrant.Custom}.
 *
 * @since 0.1
 */
public enum StandardAdminRole {
  /** Super Administrator: everything, including admins and OAuth scope grants. */
  SUPER_ADMIN("Super Administrator", false),
  /** Organizational Administrator: users, groups, applications and most settings; not admins. */
  ORG_ADMIN("Organizational Administrator", false),
  /** Application Administrator: applications and their assignments; may target applications. */
  APP_ADMIN("Application Administrator", true),
  /** Shown as "Group Administrator" in the Admin Console: users of the groups it targets. */
  USER_ADMIN("Group Administrator", true),
  /** Group Membership Administrator: members of the groups it targets. */
  GROUP_MEMBERSHIP_ADMIN("Group Membership Administrator", true),
  /** Help Desk Administrator: passwords, factors and sessions of users in targeted groups. */
  HELP_DESK_ADMIN("Help Desk Administrator", true),
  /** Read-only Administrator: views users, groups, applications, settings and the System Log. */
  READ_ONLY_ADMIN("Read-only Administrator", false),
  /** Report Administrator: reports and the System Log only. */
  REPORT_ADMIN("Report Administrator", false),
  /** API Access Management Administrator: authorization servers. */
  API_ACCESS_MANAGEMENT_ADMIN("API Access Management Administrator", false),
  /** Mobile Administrator: still sent by Okta though no longer in its role-type enum. */
  MOBILE_ADMIN("Mobile Administrator", false),
  /** Access Certifications Administrator (Okta Identity Governance). */
  ACCESS_CERTIFICATIONS_ADMIN("Access Certifications Administrator", false),
  /** Access Requests Administrator (Okta Identity Governance). */
  ACCESS_REQUESTS_ADMIN("Access Requests Administrator", false),
  /** Workflows Administrator. */
  WORKFLOWS_ADMIN("Workflows Administrator", false);

  private final String label;
  private final boolean targetable;

  StandardAdminRole(String label, boolean targetable) {
    this.label = label;
    this.targetable = targetable;
  }

  /**
   * Returns the label the Admin Console shows.
   *
   * @return e.g. {@code Read-only Administrator}
   */
  public String label() {
    return label;
  }

  /**
   * Tells whether an assignment of this role can be limited to groups or applications.
   *
   * @return {@code true} for roles with optional targets
   */
  public boolean isTargetable() {
    return targetable;
  }

  /**
   * Finds a role by the {@code type} Okta sends.
   *
   * @param type e.g. {@code READ_ONLY_ADMIN}
   * @return the role, or empty for {@code CUSTOM} and unknown types
   */
  public static Optional<StandardAdminRole> fromType(String type) {
    return Arrays.stream(values()).filter(role -> role.name().equals(type)).findFirst();
  }
}
