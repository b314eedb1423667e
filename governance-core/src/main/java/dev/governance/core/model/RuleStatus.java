package dev.governance.core.model;

import java.util.Locale;

/**
 * The status of a {@link GroupRule}.
 *
 * @since 0.1
 */
public enum RuleStatus {
  /** Evaluated; adds members. */
  ACTIVE,
  /** Not evaluated. */
  INACTIVE,
  /** Cannot be evaluated. */
  INVALID,
  /** A value this version does not know; the provider's raw value is not kept. */
  UNKNOWN;

  /**
   * Maps a provider's value, ignoring case and treating {@code -}, {@code :} and spaces as
   * {@code _}.
   *
   * @param value the provider's value, or {@code null}
   * @return the matching constant, or {@link #UNKNOWN} for {@code null} and unknown values
   */
  public static RuleStatus parse(@org.jspecify.annotations.Nullable String value) {
    if (value == null) {
      return UNKNOWN;
    }
    String key = value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(':', '_').replace(' ', '_');
    for (RuleStatus candidate : values()) {
      if (candidate.name().equals(key)) {
        return candidate;
      }
    }
    return UNKNOWN;
  }
}
