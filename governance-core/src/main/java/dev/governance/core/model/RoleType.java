package dev.governance.core.model;

/**
 * The type of an admin {@link Role}: a provider's standard role or a custom one.
 *
 * @since 0.1
 */
public enum RoleType {
  /** Everything, including managing other admins. */
  SUPER_ADMIN,
  /** Users, groups, apps and most settings; not admins. */
  ORG_ADMIN,
  /** Applications, optionally limited to some. */
  APP_ADMIN,
  /** Users of some groups (Okta's "Group Administrator"). */
  USER_ADMIN,
  /** Membership of some groups. */
  GROUP_MEMBERSHIP_ADMIN,
  /** Password and factor resets for users of some groups. */
  HELP_DESK_ADMIN,
  /** Reads everything, changes nothing. */
  READ_ONLY_ADMIN,
  /** Reports and the system log. */
  REPORT_ADMIN,
  /** Authorization servers and their scopes. */
  API_ACCESS_MANAGEMENT_ADMIN,
  /** Devices. */
  MOBILE_ADMIN,
  /** Access certification campaigns. */
  ACCESS_CERTIFICATIONS_ADMIN,
  /** Access requests. */
  ACCESS_REQUESTS_ADMIN,
  /** Workflows. */
  WORKFLOWS_ADMIN,
  /** A role defined by the tenant, with its own permissions. */
  CUSTOM,
  /** A value this version does not know; the provider's raw value is not kept. */
  UNKNOWN;

  /**
   * Maps a provider's value, ignoring case and treating {@code -}, {@code :} and spaces as
   * {@code _}.
   *
   * @param value the provider's value, or {@code null}
   * @return the matching constant, or {@link #UNKNOWN} for {@code null} and unknown values
   */
  public static RoleType parse(@org.jspecify.annotations.Nullable String value) {
    return Enums.parse(RoleType.class, value, UNKNOWN);
  }
}
