package dev.governance.core.remediation;

import java.util.Objects;

/**
 * A change no API action makes, which a person must make for a path to go.
 *
 * @param what what to change, e.g. {@code remove the user from Domain Users in its source}
 * @param where where: the source directory or application, the group rule, the admin console
 * @since 0.1
 */
public record ManualChange(String what, String where) {
  /** Validates the components. */
  public ManualChange {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(where, "where");
  }

  @Override
  public String toString() {
    return what + " (" + where + ")";
  }
}
