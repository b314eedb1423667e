package dev.governance.core.model;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The one normalisation behind the model enums' {@code parse} methods. */
final class Enums {

  private Enums() {}

  /**
   * Maps a provider's value to a constant: trims it, upper-cases it and replaces {@code -},
   * {@code :} and spaces by {@code _} before comparing it with the constants' names.
   *
   * @param type the enum
   * @param value the provider's value, or {@code null}
   * @param unknown what {@code null} and unmatched values map to
   * @return the matching constant, or {@code unknown}
   */
  static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value, E unknown) {
    if (value == null) {
      return unknown;
    }
    String key = value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(':', '_')
        .replace(' ', '_');
    for (E candidate : type.getEnumConstants()) {
      if (candidate.name().equals(key)) {
        return candidate;
      }
    }
    return unknown;
  }
}
