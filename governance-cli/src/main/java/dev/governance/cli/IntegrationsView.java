package dev.governance.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.governance.core.integration.Integration;
import dev.governance.core.integration.IntegrationFeature;
import dev.governance.core.integration.SyncReport;
import dev.governance.core.integration.SyncRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** How {@code governance integrations} prints an integration, as text and as JSON. */
final class IntegrationsView {

  private IntegrationsView() {}

  /** Prints an integration as a block of text lines. */
  static void print(PrintWriter out, Integration i, Duration threshold) {
    out.printf("%s  %s  (%s)%n", i.id(), i.tenant(), i.providerId());
    out.printf("  features         %s%n", i.features().isEmpty() ? "none"
        : i.features().stream().map(IntegrationFeature::name).collect(Collectors.joining(", ")));
    out.printf("  owner            %s%s%n", i.primaryOwner(), i.secondaryOwners().isEmpty() ? ""
        : " (also " + String.join(", ", i.secondaryOwners()) + ")");
    out.printf("  credential       %s%n", i.credential().describe());
    out.printf("  first connected  %s%n", i.firstConnected() == null ? "never"
        : when(i.firstConnected().at()) + " by " + i.firstConnected().by());
    out.printf("  last synced      %s%n", i.lastSyncedAt() == null ? "never" : when(i.lastSyncedAt()));
    SyncRun run = i.lastSync();
    if (run != null) {
      out.printf("  last sync        %s by %s, took %s%s%n", run.succeeded() ? "succeeded" : "failed",
          run.by(), human(run.duration()), i.excessiveSync()
              ? "  EXCESSIVE (over " + human(threshold) + ")" : "");
    }
    out.printf("  status           %s since %s%s%n", i.status().state(), when(i.status().since()),
        i.status().reason() == null ? "" : ": " + i.status().reason());
  }

  /** Prints the integration whose last sync was the most excessive, or that none was. */
  static void printMostExcessive(PrintWriter out, Optional<Integration> most, Duration threshold) {
    if (most.isPresent()) {
      Integration i = most.get();
      out.printf("Most excessive last sync: %s (%s), took %s, over the threshold of %s%n", i.id(),
          i.tenant(), human(java.util.Objects.requireNonNull(i.lastSyncDuration())), human(threshold));
    } else {
      out.printf("No last sync took longer than the threshold of %s%n", human(threshold));
    }
  }

  /** Says what one sync stored: the snapshot, full or delta (and why), and the calls it made. */
  static String describe(SyncReport report) {
    return "snapshot " + report.snapshot().id() + ", " + report.snapshot().info().mode().describe()
        + ", " + report.result().totalCalls() + " API calls, " + report.result().retries() + " retries";
  }

  /** Writes an integration as a JSON object. */
  static void write(JsonGenerator g, Integration i) throws IOException {
    write(g, i, null);
  }

  /**
   * Writes an integration as a JSON object, with what a sync of it just stored when there was one
   * ({@code thisSync}: the snapshot's id, {@code FULL} or {@code DELTA}, its description, calls).
   */
  static void write(JsonGenerator g, Integration i, @Nullable SyncReport report) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", i.id());
    g.writeStringField("provider", i.providerId());
    g.writeStringField("tenant", i.tenant());
    g.writeArrayFieldStart("features");
    for (IntegrationFeature f : i.features()) {
      g.writeString(f.name());
    }
    g.writeEndArray();
    g.writeStringField("credential", i.credential().describe());
    g.writeObjectFieldStart("settings");
    for (Map.Entry<String, String> setting : new TreeMap<>(i.settings()).entrySet()) {
      g.writeStringField(setting.getKey(), setting.getValue());
    }
    g.writeEndObject();
    g.writeStringField("primaryOwner", i.primaryOwner());
    if (i.firstConnected() != null) {
      g.writeObjectFieldStart("firstConnected");
      g.writeStringField("at", i.firstConnected().at().toString());
      g.writeStringField("by", i.firstConnected().by());
      g.writeEndObject();
    }
    if (i.lastSyncedAt() != null) {
      g.writeStringField("lastSyncedAt", i.lastSyncedAt().toString());
    }
    SyncRun run = i.lastSync();
    if (run != null) {
      g.writeObjectFieldStart("lastSync");
      g.writeStringField("startedAt", run.startedAt().toString());
      g.writeStringField("duration", run.duration().toString());
      g.writeStringField("by", run.by());
      g.writeBooleanField("succeeded", run.succeeded());
      if (run.snapshotId() != null) {
        g.writeStringField("snapshotId", run.snapshotId());
      }
      if (run.failure() != null) {
        g.writeStringField("failure", run.failure());
      }
      g.writeEndObject();
    }
    g.writeBooleanField("excessiveSync", i.excessiveSync());
    g.writeStringField("status", i.status().state().name());
    g.writeStringField("statusSince", i.status().since().toString());
    if (i.status().reason() != null) {
      g.writeStringField("reason", i.status().reason());
    }
    if (report != null) {
      g.writeObjectFieldStart("thisSync");
      g.writeStringField("snapshotId", report.snapshot().id());
      g.writeStringField("mode", report.snapshot().info().mode().isDelta() ? "DELTA" : "FULL");
      g.writeStringField("description", report.snapshot().info().mode().describe());
      g.writeNumberField("calls", report.result().totalCalls());
      g.writeNumberField("retries", report.result().retries());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** An instant as people read it, to the second, in UTC. */
  static String when(java.time.Instant at) {
    return at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
  }

  /** A duration as people read it: {@code 850ms}, {@code 12.4s}, {@code 3m 05s}, {@code 1h 02m}. */
  static String human(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + "ms";
    }
    if (ms < 60_000) {
      return String.format(java.util.Locale.ROOT, "%.1fs", ms / 1000.0);
    }
    long s = d.getSeconds();
    if (s < 3600) {
      return String.format(java.util.Locale.ROOT, "%dm %02ds", s / 60, s % 60);
    }
    return String.format(java.util.Locale.ROOT, "%dh %02dm", s / 3600, (s % 3600) / 60);
  }
}
