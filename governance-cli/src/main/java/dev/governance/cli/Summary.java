package dev.governance.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.governance.core.findings.Finding;
import dev.governance.core.findings.FindingGroup;
import dev.governance.core.findings.Severity;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.store.StoredSnapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Prints what a scan found: counts, access level, coverage gaps, findings grouped by rule (one line
 * per rule, the worst few under a high or critical one), reports.
 */
final class Summary {
  /** Findings named under a high or critical rule's summary line. */
  private static final int WORST = 3;

  private static final List<Severity> ORDER =
      List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW);

  private final ScanCommand.Result result;
  private final List<Path> files;
  private final @Nullable StoredSnapshot stored;

  Summary(ScanCommand.Result result, List<Path> files, @Nullable StoredSnapshot stored) {
    this.result = result;
    this.files = files;
    this.stored = stored;
  }

  void print(PrintWriter out) {
    var info = result.snapshot().info();
    var sync = result.sync();
    int predicted = sync.predictedCallsPerBucket().values().stream().mapToInt(Integer::intValue).sum();
    // A connector without a call plan predicts nothing; "0 predicted" would read as a wrong plan.
    out.printf("Scanned %s in %.1f s: %d API calls%s, %d retries%n", info.tenant(),
        sync.duration().toMillis() / 1000.0, sync.totalCalls(),
        sync.predictedCallsPerBucket().isEmpty() ? "" : " (" + predicted + " predicted)", sync.retries());
    out.printf("Access level: %s (%s)%n", result.preflight().accessLevel(), result.preflight().principal());
    for (String advice : result.preflight().advice()) {
      out.println("  " + advice);
    }
    Map<InventoryCollection, Integer> counts = result.snapshot().counts();
    List<String> parts = new ArrayList<>();
    counts.forEach((c, n) -> parts.add(n + " " + c.label()));
    out.println("Counts: " + String.join(", ", parts));
    List<String> gaps = new ArrayList<>();
    result.snapshot().coverage().forEach((c, cov) -> {
      if (!cov.isComplete()) {
        gaps.add(c.label() + " " + cov.label() + reason(cov));
      }
    });
    if (info.mode().isDelta() && !info.mode().reReadInFull().isEmpty()) {
      out.println("Delta sync: re-read in full " + String.join("; ", info.mode().reReadInFull().entrySet().stream()
          .map(e -> e.getKey().label() + " because " + e.getValue()).toList()));
    }
    out.println("Coverage: " + (gaps.isEmpty() ? "complete" : "complete except " + String.join("; ", gaps)));
    Map<Severity, Integer> bySeverity = result.findings().counts();
    List<String> sev = new ArrayList<>();
    for (Severity s : ORDER) {
      sev.add(bySeverity.get(s) + " " + s.name().toLowerCase(Locale.ROOT));
    }
    List<FindingGroup> groups = result.findings().groups();
    out.println("Findings: " + String.join(", ", sev) + (groups.isEmpty() ? ""
        : groups.size() == 1 ? ", from 1 rule" : ", from " + groups.size() + " rules"));
    for (FindingGroup g : groups) {
      out.printf("  %-8s %s (%s)%n", g.severity(), g.summary(), g.count() == 1 ? g.ruleId()
          : String.format(Locale.ROOT, "%s, %,d findings", g.ruleId(), g.count()));
      if (g.count() > 1 && g.severity().atLeast(Severity.HIGH)) {
        List<Finding> worst = g.worst(WORST);
        for (Finding f : worst) {
          out.printf("      %-8s %s%n", f.severity(), f.title());
        }
        if (g.count() > worst.size()) {
          out.printf(Locale.ROOT, "      and %,d more in the reports%n", g.count() - worst.size());
        }
      }
    }
    for (var gap : result.findings().gaps()) {
      if (gap.status() != dev.governance.core.findings.RuleOutcome.Status.PARTIAL) {
        out.println("  not evaluated: " + gap.describe());
      }
    }
    out.println("Reports: " + String.join(", ", files.stream().map(Path::toString).toList()));
    if (stored != null) {
      out.println("Snapshot saved as " + stored.integrationId() + "/" + stored.id());
    }
    out.flush();
  }

  void printJson(PrintWriter out) {
    try {
      JsonGenerator g = new JsonFactory().createGenerator(out);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("tenant", result.snapshot().info().tenant());
      g.writeStringField("accessLevel", result.preflight().accessLevel().name());
      g.writeObjectFieldStart("counts");
      for (var e : result.snapshot().counts().entrySet()) {
        g.writeNumberField(e.getKey().name(), e.getValue());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("coverage");
      for (var e : result.snapshot().coverage().entrySet()) {
        g.writeStringField(e.getKey().name(), e.getValue().label());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("findings");
      for (Severity s : ORDER) {
        g.writeNumberField(s.name(), result.findings().counts().getOrDefault(s, 0));
      }
      g.writeEndObject();
      g.writeArrayFieldStart("groups");
      for (FindingGroup group : result.findings().groups()) {
        g.writeStartObject();
        g.writeStringField("ruleId", group.ruleId());
        g.writeStringField("severity", group.severity().name());
        g.writeNumberField("findings", group.count());
        g.writeStringField("summary", group.summary());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("apiCalls", result.sync().totalCalls());
      g.writeArrayFieldStart("reports");
      for (Path p : files) {
        g.writeString(p.toString());
      }
      g.writeEndArray();
      if (stored != null) {
        g.writeStringField("snapshot", stored.integrationId() + "/" + stored.id());
      }
      g.writeEndObject();
      g.flush();
      out.println();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }


  private static String reason(Coverage c) {
    if (c instanceof Coverage.Partial p) {
      return " (" + p.reason() + ")";
    } else if (c instanceof Coverage.Unavailable u) {
      return " (" + u.reason() + (u.missingPermissions().isEmpty() ? "" : "; missing "
          + String.join(", ", new java.util.TreeSet<>(u.missingPermissions()))) + ")";
    }
    return "";
  }
}
