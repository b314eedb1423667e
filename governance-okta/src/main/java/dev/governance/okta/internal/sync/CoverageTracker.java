package dev.governance.okta.internal.sync;

import dev.governance.core.GovernanceException;
import dev.governance.core.InsufficientPermissionException;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.Coverage.Cause;
import dev.governance.core.model.InventoryCollection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Collects, per collection, how its reads went, and turns that into honest coverage: a collection
 * whose every read was refused or failed is unavailable (with what would allow it, when refused);
 * one with some refused or failed reads, or with data read before a failure, is partial with the
 * reason; otherwise complete, or partial for a reason the sync states (e.g. factors read for admins
 * only). Each says its {@link Cause}: a refusal is {@link Cause#PERMISSION}, any other failure
 * {@link Cause#FAULT}, and a fault outweighs a refusal, which outweighs design.
 */
final class CoverageTracker {

  private final Map<InventoryCollection, int[]> outcomes = new EnumMap<>(InventoryCollection.class);
  private final Map<InventoryCollection, String> firstFailure = new EnumMap<>(InventoryCollection.class);
  private final Map<InventoryCollection, Cause> failureCause = new EnumMap<>(InventoryCollection.class);
  private final Map<InventoryCollection, Map<String, Cause>> notes = new EnumMap<>(InventoryCollection.class);
  private final Map<InventoryCollection, Set<String>> missing = new EnumMap<>(InventoryCollection.class);

  synchronized void succeeded(InventoryCollection c) {
    outcomes.computeIfAbsent(c, k -> new int[2])[0]++;
  }

  /**
   * Records a failed read of a collection.
   *
   * @param c the collection
   * @param e the failure
   * @param required what allows reading the collection, named when a refusal does not say
   */
  synchronized void failed(InventoryCollection c, GovernanceException e, Set<String> required) {
    Set<String> lacking = new LinkedHashSet<>();
    if (e instanceof InsufficientPermissionException p) {
      lacking.addAll(p.missingScopes());
      lacking.addAll(p.missingPermissions());
      if (lacking.isEmpty()) {
        lacking.addAll(required);
      }
    }
    failed(c, java.util.Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName()), causeOf(e), lacking);
  }

  /**
   * Records a failed read of a collection, or of an input it is derived from.
   *
   * @param c the collection
   * @param reason what failed, in words
   * @param cause why, as a kind
   * @param lacking the permissions that would allow it, for a refusal
   */
  synchronized void failed(InventoryCollection c, String reason, Cause cause, Set<String> lacking) {
    outcomes.computeIfAbsent(c, k -> new int[2])[1]++;
    firstFailure.putIfAbsent(c, reason);
    failureCause.merge(c, cause, CoverageTracker::weightier);
    if (!lacking.isEmpty()) {
      missing.computeIfAbsent(c, k -> new LinkedHashSet<>()).addAll(lacking);
    }
  }

  /**
   * Records why a collection is not whole although its reads succeeded.
   *
   * @param c the collection
   * @param reason what is missing and why
   * @param cause why, as a kind
   */
  synchronized void partial(InventoryCollection c, String reason, Cause cause) {
    notes.computeIfAbsent(c, k -> new LinkedHashMap<>()).merge(reason, cause, CoverageTracker::weightier);
  }

  synchronized boolean failedEntirely(InventoryCollection c) {
    int[] o = outcomes.get(c);
    return o != null && o[0] == 0 && o[1] > 0;
  }

  synchronized Coverage coverage(InventoryCollection c) {
    return coverage(c, 0);
  }

  /**
   * Returns a collection's coverage: unavailable only when nothing of it could be read; data read
   * before a failure makes it partial.
   *
   * @param c the collection
   * @param itemsRead the items of it streamed so far
   * @return the coverage
   */
  synchronized Coverage coverage(InventoryCollection c, long itemsRead) {
    int[] o = outcomes.getOrDefault(c, new int[2]);
    String failure = firstFailure.get(c);
    Map<String, Cause> stated = notes.getOrDefault(c, Map.of());
    String reasons = String.join("; ", stated.keySet());
    Cause noted = stated.values().stream().reduce(Cause.UNKNOWN, CoverageTracker::weightier);
    if (failure != null) {
      Cause cause = weightier(failureCause.getOrDefault(c, Cause.FAULT), noted);
      String more = reasons.isEmpty() ? "" : "; " + reasons;
      if (o[0] == 0 && itemsRead == 0) {
        return Coverage.unavailable(failure + more, missing.getOrDefault(c, Set.of()), cause);
      }
      if (o[0] == 0) {
        return Coverage.partial(itemsRead + " read before a failure: " + failure + more, cause);
      }
      return Coverage.partial(o[1] + " of its " + (o[0] + o[1]) + " reads failed, the first so: " + failure + more,
          cause);
    }
    return stated.isEmpty() ? Coverage.complete() : Coverage.partial(reasons, noted);
  }

  /**
   * Returns the kind of a failure: a refusal is a permission, anything else a fault.
   *
   * @param e the failure
   * @return the cause
   */
  static Cause causeOf(GovernanceException e) {
    return e instanceof InsufficientPermissionException ? Cause.PERMISSION : Cause.FAULT;
  }

  /** Returns the cause that says more about a loss: a fault, then a refusal, then design. */
  static Cause weightier(Cause a, Cause b) {
    return rank(a) >= rank(b) ? a : b;
  }

  private static int rank(Cause c) {
    return switch (c) {
      case FAULT -> 3;
      case PERMISSION -> 2;
      case BY_DESIGN -> 1;
      case UNKNOWN -> 0;
    };
  }
}
