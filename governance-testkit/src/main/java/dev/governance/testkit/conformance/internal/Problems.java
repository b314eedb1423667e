package dev.governance.testkit.conformance.internal;

import dev.governance.core.internal.Quoted;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.opentest4j.AssertionFailedError;

/** The problems one check found; the check fails with all of them at once. */
final class Problems {

  private static final int SHOWN = 20;

  private final List<String> found = new ArrayList<>();
  private @org.jspecify.annotations.Nullable Throwable cause;

  void add(String problem) {
    found.add(problem);
  }

  void add(String problem, Throwable t) {
    found.add(problem);
    if (cause == null) {
      cause = t;
    }
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** Fails with every problem found, after a headline that says what the check expects. */
  void throwIfAny(String headline) {
    if (found.isEmpty()) {
      return;
    }
    StringBuilder m = new StringBuilder(headline).append(':');
    found.stream().limit(SHOWN).forEach(p -> m.append("\n - ").append(p));
    if (found.size() > SHOWN) {
      m.append("\n - and ").append(found.size() - SHOWN).append(" more");
    }
    throw new AssertionFailedError(m.toString(), cause);
  }

  /** Reports a check as not applicable, with the reason and what would make it apply. */
  static void abort(String reason) {
    Assumptions.abort(reason);
  }

  static AssertionFailedError fail(String message, @org.jspecify.annotations.Nullable Throwable cause) {
    return new AssertionFailedError(message, cause);
  }

  static AssertionFailedError fail(String message) {
    return new AssertionFailedError(message);
  }

  /** Quotes an id or a value that came from the connector, escaped and shortened. */
  static String q(Object value) {
    return Quoted.quote(String.valueOf(value));
  }

  /** Describes an exception by type and message, shortened. */
  static String describe(Throwable t) {
    return t.getClass().getSimpleName() + " " + q(String.valueOf(t.getMessage()));
  }
}
