package dev.governance.core.model;

/**
 * The status of an {@link Application}.
 *
 * @since 0.1
 */
public enum ApplicationStatus {
  /** In use. */
  ACTIVE,
  /** Deactivated but not deleted. */
  INACTIVE,
  /** Deleted. */
  DELETED,
  /** A value this version does not know; the provider's raw value is not kept. */
  UNKNOWN;

  /**
   * Maps a provider's value, ignoring case and treating {@code -}, {@code :} and spaces as
   * {@code _}.
   *
   * @param value the provider's value, or {@code null}
   * @return the matching constant, or {@link #UNKNOWN} for {@code null} and unknown values
   */
  public static ApplicationStatus parse(@org.jspecify.annotations.Nullable String value) {
    return Enums.parse(ApplicationStatus.class, value, UNKNOWN);
  }
}
