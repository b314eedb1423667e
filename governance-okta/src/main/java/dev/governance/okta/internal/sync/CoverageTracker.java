package dev.governance.okta.internal.sync;

import dev.governance.core.GovernanceException;
import dev.governance.core.InsufficientPermissionException;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.InventoryCollection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Collects, per collection, how its reads went, and turns that into honest coverage: a collection
 * whose every read was refused is unavailable with what would allow it; one with some refused or
 * failed reads is partial with the reason; otherwise complete, or partial for a reason the sync
 * states (e.g. factors read for admins only).
 */
final class CoverageTracker {

  private final Map<InventoryCollection, int[]> outcomes = new EnumMap<>(InventoryCollection.class);
  private final Map<InventoryCollection, GovernanceException> firstFailure = new EnumMap<>(InventoryCollection.class);
  private final Map<InventoryCollection, String> partialReason = new EnumMap<>(InventoryCollection.class);
  private final Map<InventoryCollection, Set<String>> missing = new EnumMap<>(InventoryCollection.class);

  synchronized void succeeded(InventoryCollection c) {
    outcomes.computeIfAbsent(c, k -> new int[2])[0]++;
  }

  synchronized void failed(InventoryCollection c, GovernanceException e, Set<String> required) {
    outcomes.computeIfAbsent(c, k -> new int[2])[1]++;
    firstFailure.putIfAbsent(c, e);
    if (e instanceof InsufficientPermissionException p) {
      Set<String> m = missing.computeIfAbsent(c, k -> new LinkedHashSet<>());
      m.addAll(p.missingScopes());
      m.addAll(p.missingPermissions());
      if (m.isEmpty()) {
        m.addAll(required);
      }
    }
  }

  synchronized void partial(InventoryCollection c, String reason) {
    partialReason.merge(c, reason, (a, b) -> a + "; " + b);
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
    GovernanceException failure = firstFailure.get(c);
    String reason = partialReason.get(c);
    if (failure != null) {
      if (o[0] == 0 && itemsRead == 0) {
        String why = failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
        return Coverage.unavailable(why, missing.getOrDefault(c, Set.of()));
      }
      if (o[0] == 0) {
        return Coverage.partial(itemsRead + " read before a failure: " + failure.getMessage()
            + (reason == null ? "" : "; " + reason));
      }
      return Coverage.partial(o[1] + " of its " + (o[0] + o[1]) + " reads failed, the first so: " + failure.getMessage()
          + (reason == null ? "" : "; " + reason));
    }
    return reason == null ? Coverage.complete() : Coverage.partial(reason);
  }
}
