package dev.governance.imports.internal;

import dev.governance.core.model.Coverage;
import java.util.LinkedHashSet;
import org.jspecify.annotations.Nullable;

/** Turns a row of {@code coverage.csv} into a coverage, as {@code CsvReport} writes it. */
final class CsvCoverage {

  /** The states a row may name. */
  enum State { COMPLETE, PARTIAL, UNAVAILABLE, NOT_REQUESTED }

  private CsvCoverage() {}

  /** Reads the coverage of the current row, or {@code null} after adding a problem. */
  static @Nullable Coverage read(CsvFields f) {
    State state = f.constant("state", State.class, true);
    Coverage.Cause cause = f.constant("cause", Coverage.Cause.class, false);
    String reason = f.text("reason");
    var missing = f.list("missing_permissions");
    if (state == null) {
      return null;
    }
    if (state == State.COMPLETE || state == State.NOT_REQUESTED) {
      if (cause != null || reason != null || !missing.isEmpty()) {
        f.problem(cause != null ? "cause" : reason != null ? "reason" : "missing_permissions",
            "a collection " + state + " has no cause, reason or missing permissions; leave them empty");
        return null;
      }
      return state == State.COMPLETE ? Coverage.complete() : Coverage.notRequested();
    }
    if (reason == null || reason.isBlank()) {
      f.problem("reason", "a collection " + state + " needs a reason: say what is missing and why");
      return null;
    }
    Coverage.Cause c = cause == null ? Coverage.Cause.UNKNOWN : cause;
    if (state == State.PARTIAL) {
      if (!missing.isEmpty()) {
        f.problem("missing_permissions", "only an UNAVAILABLE collection lists missing permissions;"
            + " leave it empty");
        return null;
      }
      return Coverage.partial(reason, c);
    }
    return Coverage.unavailable(reason, new LinkedHashSet<>(missing), c);
  }
}
