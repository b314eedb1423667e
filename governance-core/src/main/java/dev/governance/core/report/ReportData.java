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
 * @since 0.1
 */
public record ReportData(
    Snapshot snapshot,
    FindingsReport findings,
    @Nullable SyncResult sync,
    @Nullable Preflight preflight,
    Instant generatedAt) {

  /** Validates the components. */
  public ReportData {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(generatedAt, "generatedAt");
  }
}
