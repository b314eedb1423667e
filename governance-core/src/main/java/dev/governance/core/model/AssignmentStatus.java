package dev.governance.core.model;

/**
 * The status of a {@link Grant.RoleAssignment}: whether the provider says it is in force.
 *
 * @since 0.1
 */
public enum AssignmentStatus {
  /** In force: the assignee holds the role. */
  ACTIVE,
  /** Kept by the provider but not in force: the assignee does not hold the role. */
  INACTIVE,
  /** A value this version does not know; treated as in force, so no access is hidden. */
  UNKNOWN;

  /**
   * Maps a provider's value, ignoring case.
   *
   * @param value the provider's value, or {@code null}
   * @return the matching constant; {@link #ACTIVE} for {@code null} (providers that do not say),
   *     {@link #UNKNOWN} for unknown values
   */
  public static AssignmentStatus parse(@org.jspecify.annotations.Nullable String value) {
    return value == null ? ACTIVE : Enums.parse(AssignmentStatus.class, value, UNKNOWN);
  }
}
