package dev.governance.core.report;

import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotInfo;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * An earlier snapshot of the same tenant, as a report compares with it: when it was taken and how
 * many items each collection held. A report that has one shows the tenant's growth since then (the
 * JSON report's {@code growth}, a chart in the HTML page). Only the counts are kept, so a report of
 * a large tenant does not hold two snapshots.
 *
 * @param info where and when the earlier snapshot was taken
 * @param counts items per collection in it
 * @since 0.1
 */
public record Baseline(SnapshotInfo info, Map<InventoryCollection, Integer> counts) {

  /** Validates and copies the components. */
  public Baseline {
    Objects.requireNonNull(info, "info");
    counts = Collections.unmodifiableMap(new EnumMap<>(Objects.requireNonNull(counts, "counts")));
  }

  /**
   * Takes the baseline of a snapshot.
   *
   * @param snapshot the earlier snapshot
   * @return its time and counts
   */
  public static Baseline of(Snapshot snapshot) {
    EnumMap<InventoryCollection, Integer> counts = new EnumMap<>(InventoryCollection.class);
    counts.putAll(snapshot.counts());
    return new Baseline(snapshot.info(), counts);
  }
}
