package dev.governance.core.model;

/**
 * Where a {@link Group} and its membership are managed.
 *
 * @since 0.1
 */
public enum GroupType {
  /** Managed in the identity provider itself (Okta: {@code OKTA_GROUP}), directly or by group rules. */
  NATIVE,
  /** Imported from an application or directory (Okta: {@code APP_GROUP}); membership is owned by the source. */
  APPLICATION_SOURCED,
  /** Managed by the provider and immutable (Okta: {@code BUILT_IN}, e.g. {@code Everyone}). */
  BUILT_IN,
  /** A value this version does not know; the provider's raw value is not kept. */
  UNKNOWN;

  /**
   * Maps a provider's value, ignoring case and treating {@code -}, {@code :} and spaces as
   * {@code _}.
   *
   * @param value the provider's value, or {@code null}
   * @return the matching constant, or {@link #UNKNOWN} for {@code null} and unknown values
   */
  public static GroupType parse(@org.jspecify.annotations.Nullable String value) {
    return Enums.parse(GroupType.class, value, UNKNOWN);
  }
}
