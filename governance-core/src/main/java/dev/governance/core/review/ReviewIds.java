package dev.governance.core.review;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.internal.Quoted;
import java.util.regex.Pattern;

/** The ids a review may have: they name files of the directory store. */
final class ReviewIds {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  private ReviewIds() {}

  static String require(String id) {
    if (!ID.matcher(id).matches() || id.contains("..")) {
      throw new InvalidConfigurationException("review", "The review id " + Quoted.quote(id) + " is not"
          + " allowed: use letters, digits, '.', '_' and '-', starting with a letter or digit, at most 128");
    }
    return id;
  }
}
