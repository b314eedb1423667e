package dev.governance.imports.internal;

import dev.governance.core.InvalidConfigurationException;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems an import found, up to a bound. Each names where it is (a file, a line, a column or
 * a JSON pointer), what was wrong and what to do; {@link #throwIfAny()} fails the import with one
 * {@link InvalidConfigurationException} that lists them all, each kept as a suppressed exception
 * whose {@code setting()} is the setting that named the file.
 */
final class Problems {

  /** The most problems an import collects before it stops reading. */
  static final int DEFAULT_LIMIT = 100;

  private final int limit;
  private final List<InvalidConfigurationException> found = new ArrayList<>();
  private boolean truncated;

  Problems(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive");
    }
    this.limit = limit;
  }

  /**
   * Adds a problem.
   *
   * @param setting the setting that named the file, e.g. {@code relations}
   * @param where where it is, e.g. {@code relations.csv line 17, column subject_id}
   * @param message what was wrong and what to do
   */
  void add(String setting, String where, String message) {
    if (found.size() >= limit) {
      truncated = true;
      return;
    }
    found.add(new InvalidConfigurationException(setting, where + ": " + message));
  }

  /**
   * Tells whether a problem beyond the bound was found, so that reading further only finds more
   * problems that will not be reported.
   */
  boolean full() {
    return truncated;
  }

  /** Tells whether there is any problem. */
  boolean any() {
    return !found.isEmpty();
  }

  /** The number of problems kept. */
  int size() {
    return found.size();
  }

  /**
   * Throws the problems found, if any.
   *
   * @throws InvalidConfigurationException listing every problem kept; when the bound was reached,
   *     a last entry says that reading stopped there
   */
  void throwIfAny() {
    if (found.isEmpty()) {
      return;
    }
    List<InvalidConfigurationException> all = new ArrayList<>(found);
    if (truncated) {
      String setting = found.get(0).setting();
      all.add(new InvalidConfigurationException(setting, "The import stopped after " + limit
          + " problems; fix these and import again to see the rest"));
    }
    InvalidConfigurationException combined = InvalidConfigurationException.combine(all);
    throw combined;
  }
}
