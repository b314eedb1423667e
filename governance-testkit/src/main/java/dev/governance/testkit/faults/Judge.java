package dev.governance.testkit.faults;

import dev.governance.core.GovernanceException;
import dev.governance.core.integration.SyncStatus;
import dev.governance.core.internal.Quoted;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The matrix's one oracle: how a faulted sync ended, and which promises it broke. Every judgement
 * of a case is made here, so that tightening the promise is a change to this class alone.
 *
 * <p>The promise: a fault the connector must absorb, on one request once, ends as the good sync
 * did. Any other fault ends either in {@code ERROR} with a reason, or with every collection still
 * called complete holding what the good sync read, and every other collection marked with a
 * reason (which {@link Coverage.Partial} and {@link Coverage.Unavailable} always carry). A sync
 * that ends in {@code ERROR} may still save a snapshot, marked; it is judged by the same rule. A
 * sync whose snapshot lost collections to faults ({@link Coverage#lostToFault()}) must end in
 * {@code ERROR}.
 */
final class Judge {

  /** Exception types that mean a bug in the connector rather than a fault it reports. */
  private static final Set<Class<? extends Throwable>> PROGRAMMING_ERRORS = Set.of(
      NullPointerException.class, ClassCastException.class, IndexOutOfBoundsException.class,
      IllegalStateException.class, IllegalArgumentException.class,
      UnsupportedOperationException.class, ArithmeticException.class,
      ConcurrentModificationException.class);

  /** What one faulted sync did. */
  record Observation(
      @Nullable Throwable thrown, SyncStatus status, @Nullable Snapshot snapshot,
      @Nullable Duration timedOutAfter) {}

  /** The outcome and the violations of one case. */
  record Verdict(CaseOutcome outcome, List<Violation> violations) {}

  private Judge() {}

  /**
   * Judges one sync.
   *
   * @param redact removes the target's secrets from a text the report will quote
   */
  static Verdict judge(FaultCase faultCase, Contents contents, Observation o, UnaryOperator<String> redact) {
    List<Violation> violations = new ArrayList<>();
    Snapshot good = contents.good();
    Map<InventoryCollection, Coverage> marked = new EnumMap<>(InventoryCollection.class);
    Set<InventoryCollection> differing = new HashSet<>();
    if (o.snapshot() != null) {
      Snapshot s = o.snapshot();
      for (InventoryCollection c : InventoryCollection.values()) {
        Coverage g = good.coverage(c);
        Coverage f = s.coverage(c);
        if (!(g instanceof Coverage.NotRequested) && f instanceof Coverage.NotRequested) {
          violations.add(new Violation.Unreported(c));
        } else if (!f.equals(g)) {
          // Another kind of coverage, or partial for another reason than the good sync's (a read
          // failed even if what it would have read happens to be empty).
          marked.put(c, f);
        }
      }
      contents.compare(s).forEach((c, delta) -> {
        differing.add(c);
        Coverage g = good.coverage(c);
        Coverage f = s.coverage(c);
        // A collection called complete, or marked only for the reason the good sync gave, makes
        // no excuse for what it lacks.
        boolean claimsAll = f.isComplete() || f.equals(g);
        if (claimsAll && delta.missing > 0) {
          violations.add(new Violation.SilentLoss(c, delta.missing, delta.missingExamples));
        }
        if (f.isComplete() && g.isComplete() && (delta.added > 0 || delta.changed > 0)) {
          violations.add(new Violation.ContentDiffers(c, delta.added, delta.changed, delta.otherExamples));
        }
      });
    }
    CaseOutcome outcome;
    Throwable thrown = o.thrown();
    if (thrown != null || o.status().state() == SyncStatus.State.ERROR) {
      String reason = thrown != null ? thrown.getMessage() : o.status().reason();
      outcome = new CaseOutcome.Error(reason == null || reason.isBlank() ? "(none)" : Quoted.text(redact.apply(reason)),
          thrown == null ? null : thrown.getClass().getSimpleName(), marked);
      if (thrown != null) {
        judgeException(thrown, o.status(), violations, redact);
      }
    } else if (!marked.isEmpty()) {
      outcome = new CaseOutcome.Marked(marked);
    } else if (!differing.isEmpty()) {
      outcome = new CaseOutcome.Differs(differing);
    } else {
      outcome = new CaseOutcome.Equal();
    }
    if (o.snapshot() != null && o.status().state() != SyncStatus.State.ERROR
        && !Coverage.lostToFaults(o.snapshot().coverage()).isEmpty()) {
      violations.add(new Violation.ErrorWithoutReason("collections were lost to faults, but the integration's"
          + " status is " + o.status().state()));
    }
    if (o.timedOutAfter() != null) {
      violations.add(0, new Violation.TimedOut(o.timedOutAfter()));
    }
    if (faultCase.mustBeAbsorbed() && !(outcome instanceof CaseOutcome.Equal)) {
      violations.add(0, new Violation.NotAbsorbed(outcome.describe()));
    }
    return new Verdict(outcome, violations);
  }

  private static void judgeException(
      Throwable thrown, SyncStatus status, List<Violation> violations, UnaryOperator<String> redact) {
    if (!(thrown instanceof GovernanceException)) {
      violations.add(unexpected(thrown, redact));
    } else {
      for (Throwable cause = thrown.getCause(); cause != null && cause != cause.getCause();
          cause = cause.getCause()) {
        if (PROGRAMMING_ERRORS.contains(cause.getClass())) {
          violations.add(unexpected(cause, redact));
          break;
        }
      }
    }
    if (thrown.getMessage() == null || thrown.getMessage().isBlank()) {
      violations.add(new Violation.ErrorWithoutReason("the " + thrown.getClass().getSimpleName()
          + " thrown has no message"));
    }
    if (status.state() != SyncStatus.State.ERROR) {
      violations.add(new Violation.ErrorWithoutReason("the sync threw, but the integration's status"
          + " is " + status.state()));
    }
  }

  private static Violation unexpected(Throwable t, UnaryOperator<String> redact) {
    return new Violation.UnexpectedException(t.getClass().getName(),
        t.getMessage() == null ? "(no message)" : Quoted.text(redact.apply(t.getMessage())));
  }
}
