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
    int[] o = outcomes.getOrDefault(c, new int[2]);
    GovernanceException failure = firstFailure.get(c);
    String reason = partialReason.get(c);
    if (failure != null) {
      if (o[0] == 0) {
        return Coverage.unavailable(failure.getMessage(), missing.getOrDefault(c, Set.of()));
      }
      return Coverage.partial(o[1] + " of " + (o[0] + o[1]) + " reads failed; the first: " + failure.getMessage()
          + (reason == null ? "" : "; " + reason));
    }
    return reason == null ? Coverage.complete() : Coverage.partial(reason);
  }
}
