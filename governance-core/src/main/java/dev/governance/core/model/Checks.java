package dev.governance.core.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Argument checks shared by the model's compact constructors. */
final class Checks {

  private Checks() {}

  /**
   * Requires a non-null, non-blank identifier.
   *
   * @param value the value
   * @param name the component's name, for the message
   * @return the value
   */
  static String id(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /**
   * Requires a non-null value.
   *
   * @param value the value
   * @param name the component's name, for the message
   * @param <T> the value's type
   * @return the value
   */
  static <T> T present(T value, String name) {
    return Objects.requireNonNull(value, name);
  }

  /**
   * Returns {@code null} for a blank string, so that "absent" has one representation.
   *
   * @param value the value or {@code null}
   * @return the value, or {@code null} when blank
   */
  static @Nullable String optional(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
