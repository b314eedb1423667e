package dev.governance.core.report;

import dev.governance.core.findings.FindingsReport;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.spi.Preflight;
import dev.governance.core.spi.SyncResult;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a report shows.
 *
 * @param snapshot the inventory
 * @param findings the findings over that inventory
 * @param sync what the sync cost (calls per bucket, actual and predicted), or {@code null} when the
 *     snapshot was loaded rather than synced
 * @param preflight what the credentials allowed, or {@code null} when not checked
 * @param generatedAt when the report was made
 * @param baseline an earlier snapshot of the same tenant to show growth against, or {@code null}
 * @since 0.1
 */
public record ReportData(
    Snapshot snapshot,
    FindingsReport findings,
    @Nullable SyncResult sync,
    @Nullable Preflight preflight,
    Instant generatedAt,
    @Nullable Baseline baseline) {

  /** Validates the components. */
  public ReportData {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(generatedAt, "generatedAt");
  }

  /**
   * Creates report data without a baseline.
   *
   * @param snapshot the inventory
   * @param findings the findings over that inventory
   * @param sync what the sync cost, or {@code null} when the snapshot was loaded rather than synced
   * @param preflight what the credentials allowed, or {@code null} when not checked
   * @param generatedAt when the report was made
   */
  public ReportData(Snapshot snapshot, FindingsReport findings, @Nullable SyncResult sync,
      @Nullable Preflight preflight, Instant generatedAt) {
    this(snapshot, findings, sync, preflight, generatedAt, null);
  }

  /**
   * Returns a copy that shows growth since an earlier snapshot.
   *
   * @param earlier the earlier snapshot's time and counts
   * @return the copy
   */
  public ReportData withBaseline(Baseline earlier) {
    return new ReportData(snapshot, findings, sync, preflight, generatedAt,
        Objects.requireNonNull(earlier, "earlier"));
  }
}
