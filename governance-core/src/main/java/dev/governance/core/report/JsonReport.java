package dev.governance.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.governance.core.access.Access;
import dev.governance.core.access.AccessGraph;
import dev.governance.core.access.AccessPath;
import dev.governance.core.findings.Finding;
import dev.governance.core.findings.FindingGroup;
import dev.governance.core.findings.RuleOutcome;
import dev.governance.core.findings.Severity;
import dev.governance.core.internal.Futures;
import dev.governance.core.internal.ModelJsonWriter;
import dev.governance.core.model.Application;
import dev.governance.core.model.Attributes;
import dev.governance.core.model.Entity;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Identity;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.spi.Preflight;
import dev.governance.core.spi.SyncResult;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes the JSON report, schema {@value #SCHEMA} version {@value #SCHEMA_VERSION}, into a
 * generator the caller owns: tenant, coverage and counts per collection, API calls per bucket
 * (actual and predicted), findings with evidence and remediation, rule outcomes, and effective
 * access per application and role. The schema is described in {@code docs/reports.md}.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class JsonReport {

  /** The schema's name, the value of the {@code schema} field. */
  public static final String SCHEMA = "dev.governance.report";

  /** The schema's version, the value of the {@code schemaVersion} field. */
  public static final int SCHEMA_VERSION = 2;

  /** Targets whose access is worked out ahead of the one being written, at most. */
  private static final int AHEAD = 16;
  /** Threads that work out the targets' access, at most. */
  private static final int WORKERS = 4;

  private final ReportOptions options;

  /**
   * Creates a writer.
   *
   * @param options how much effective access to list
   */
  public JsonReport(ReportOptions options) {
    this.options = java.util.Objects.requireNonNull(options, "options");
  }

  /**
   * Writes the report as one JSON object.
   *
   * @param g the generator, positioned where a value may be written
   * @param data what to report
   * @throws IOException if the generator cannot write
   */
  void write(JsonGenerator g, ReportData data) throws IOException {
    Snapshot s = data.snapshot();
    g.writeStartObject();
    g.writeStringField("schema", SCHEMA);
    g.writeNumberField("schemaVersion", SCHEMA_VERSION);
    g.writeStringField("generatedAt", data.generatedAt().toString());
    g.writeFieldName("tenant");
    ModelJsonWriter.writeInfo(g, s.info());
    if (data.preflight() != null) {
      writePreflight(g, data.preflight());
    }
    g.writeObjectFieldStart("coverage");
    for (Map.Entry<InventoryCollection, dev.governance.core.model.Coverage> e : s.coverage().entrySet()) {
      g.writeFieldName(e.getKey().name());
      ModelJsonWriter.writeCoverage(g, e.getValue());
    }
    g.writeEndObject();
    g.writeObjectFieldStart("counts");
    for (Map.Entry<InventoryCollection, Integer> e : s.counts().entrySet()) {
      g.writeNumberField(e.getKey().name(), e.getValue());
    }
    g.writeEndObject();
    if (data.sync() != null) {
      writeCalls(g, data.sync());
    }
    if (data.baseline() != null) {
      writeGrowth(g, data.baseline(), s);
    }
    writeFindings(g, data);
    writeAccess(g, s);
    g.writeEndObject();
  }

  private static void writePreflight(JsonGenerator g, Preflight p) throws IOException {
    g.writeObjectFieldStart("preflight");
    g.writeStringField("principal", p.principal());
    g.writeStringField("accessLevel", p.accessLevel().name());
    g.writeArrayFieldStart("advice");
    for (String a : p.advice()) {
      g.writeString(a);
    }
    g.writeEndArray();
    g.writeNumberField("apiCalls", p.apiCalls());
    g.writeEndObject();
  }

  private static void writeGrowth(JsonGenerator g, Baseline baseline, Snapshot s) throws IOException {
    g.writeObjectFieldStart("growth");
    g.writeStringField("from", String.valueOf(baseline.info().completedAt()));
    g.writeStringField("to", String.valueOf(s.info().completedAt()));
    g.writeObjectFieldStart("collections");
    for (Map.Entry<InventoryCollection, Integer> e : s.counts().entrySet()) {
      g.writeObjectFieldStart(e.getKey().name());
      g.writeNumberField("before", baseline.counts().getOrDefault(e.getKey(), 0));
      g.writeNumberField("after", e.getValue());
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeCalls(JsonGenerator g, SyncResult r) throws IOException {
    g.writeObjectFieldStart("calls");
    g.writeNumberField("total", r.totalCalls());
    g.writeNumberField("predictedTotal",
        r.predictedCallsPerBucket().values().stream().mapToInt(Integer::intValue).sum());
    g.writeNumberField("retries", r.retries());
    g.writeNumberField("durationMillis", r.duration().toMillis());
    g.writeArrayFieldStart("buckets");
    TreeSet<String> buckets = new TreeSet<>(r.callsPerBucket().keySet());
    buckets.addAll(r.predictedCallsPerBucket().keySet());
    for (String b : buckets) {
      g.writeStartObject();
      g.writeStringField("bucket", b);
      g.writeNumberField("actual", r.callsPerBucket().getOrDefault(b, 0));
      Integer predicted = r.predictedCallsPerBucket().get(b);
      if (predicted != null) {
        g.writeNumberField("predicted", predicted);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeFindings(JsonGenerator g, ReportData data) throws IOException {
    g.writeObjectFieldStart("findings");
    g.writeStringField("asOf", data.findings().asOf().toString());
    g.writeObjectFieldStart("bySeverity");
    List<Severity> order = List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW);
    for (Severity sev : order) {
      g.writeNumberField(sev.name(), data.findings().counts().getOrDefault(sev, 0));
    }
    g.writeEndObject();
    g.writeArrayFieldStart("items");
    for (Finding f : data.findings().findings()) {
      g.writeStartObject();
      g.writeStringField("id", f.id());
      g.writeStringField("ruleId", f.ruleId());
      g.writeStringField("severity", f.severity().name());
      g.writeObjectFieldStart("subject");
      g.writeStringField("kind", f.subject().kind().name());
      g.writeStringField("id", f.subject().id());
      g.writeStringField("displayName", f.subject().displayName());
      g.writeEndObject();
      g.writeStringField("title", f.title());
      g.writeObjectFieldStart("evidence");
      g.writeStringField("text", f.evidence().text());
      g.writeFieldName("facts");
      ModelJsonWriter.writeAttributes(g, Attributes.of(f.evidence().facts()));
      g.writeEndObject();
      g.writeStringField("remediation", f.remediation());
      g.writeEndObject();
    }
    g.writeEndArray();
    writeGroups(g, data);
    g.writeArrayFieldStart("rules");
    for (RuleOutcome o : data.findings().outcomes()) {
      g.writeStartObject();
      g.writeStringField("ruleId", o.ruleId());
      g.writeStringField("title", o.title());
      g.writeStringField("status", o.status().name());
      g.writeNumberField("findingCount", o.findingCount());
      g.writeArrayFieldStart("reasons");
      for (String reason : o.reasons()) {
        g.writeString(reason);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** How many of a group's findings the report names as its worst, by id. */
  static final int WORST = 5;

  private static void writeGroups(JsonGenerator g, ReportData data) throws IOException {
    g.writeArrayFieldStart("groups");
    for (FindingGroup group : data.findings().groups()) {
      g.writeStartObject();
      g.writeStringField("ruleId", group.ruleId());
      g.writeStringField("title", group.title());
      g.writeStringField("severity", group.severity().name());
      g.writeStringField("summary", group.summary());
      g.writeStringField("subjectKind", group.subjectKind().name());
      g.writeNumberField("subjects", group.subjects());
      if (group.population() > 0) {
        g.writeNumberField("population", group.population());
      }
      g.writeNumberField("findingCount", group.count());
      g.writeBooleanField("widespread", group.widespread());
      g.writeObjectFieldStart("bySeverity");
      for (Map.Entry<Severity, Integer> e : group.bySeverity().entrySet()) {
        g.writeNumberField(e.getKey().name(), e.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("worst");
      for (Finding f : group.worst(WORST)) {
        g.writeString(f.id());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * Writes each application's and role's effective access. Threads of their own (one per processor,
   * at most {@value #WORKERS}) work out the targets' access, the walks of the access graph, up to
   * {@value #AHEAD} targets ahead of this thread, which writes them in order.
   */
  private void writeAccess(JsonGenerator g, Snapshot s) throws IOException {
    AccessGraph graph = AccessGraph.of(s);
    List<Entity> targets = new ArrayList<>(s.entities(EntityKind.APPLICATION));
    int applications = targets.size();
    targets.addAll(s.entities(EntityKind.ROLE));
    java.util.concurrent.atomic.AtomicInteger named = new java.util.concurrent.atomic.AtomicInteger();
    ExecutorService ahead = Executors.newFixedThreadPool(
        Math.max(1, Math.min(WORKERS, Runtime.getRuntime().availableProcessors())), r -> {
          Thread t = new Thread(r, "governance-access-report-" + named.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    try {
      ArrayDeque<Future<EffectiveAccess>> pending = new ArrayDeque<>();
      int next = 0;
      g.writeObjectFieldStart("effectiveAccess");
      g.writeNumberField("accessDetailLimit", options.accessDetailLimit());
      g.writeArrayFieldStart("applications");
      for (int i = 0; i < targets.size(); i++) {
        while (next < targets.size() && next <= i + AHEAD) {
          Entity target = targets.get(next++);
          pending.add(ahead.submit(() -> EffectiveAccess.of(graph, target.kind(), target.id(),
              options.accessDetailLimit())));
        }
        if (i == applications) {
          g.writeEndArray();
          g.writeArrayFieldStart("roles");
        }
        writeTarget(g, s, take(pending.removeFirst()));
      }
      if (applications == targets.size()) {
        g.writeEndArray();
        g.writeArrayFieldStart("roles");
      }
      g.writeEndArray();
      g.writeEndObject();
    } finally {
      ahead.shutdownNow();
    }
  }

  private static EffectiveAccess take(Future<EffectiveAccess> access) {
    return Futures.join(access, "the effective access of the report");
  }

  private static void writeTarget(JsonGenerator g, Snapshot s, EffectiveAccess a) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.targetId());
    g.writeStringField("name", s.displayLabel(a.targetKind(), a.targetId()));
    if (s.entity(a.targetKind(), a.targetId()).orElse(null) instanceof Application app) {
      g.writeStringField("status", app.status().name());
      g.writeStringField("protocol", app.protocol().name());
      g.writeStringField("signOnMode", app.signOnMode());
    }
    g.writeNumberField("identityCount", a.identityCount());
    g.writeNumberField("direct", a.direct());
    g.writeNumberField("viaGroup", a.viaGroup());
    g.writeNumberField("viaGroupRule", a.viaGroupRule());
    g.writeNumberField("unableToSignIn", a.unableToSignIn());
    g.writeArrayFieldStart("groups");
    for (String group : a.groups()) {
      g.writeStartObject();
      g.writeStringField("id", group);
      g.writeStringField("name", s.displayLabel(EntityKind.GROUP, group));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("listed", a.listedAll() ? "ALL" : "UNUSUAL");
    g.writeNumberField("omitted", a.omitted());
    g.writeArrayFieldStart("identities");
    for (Access access : a.listed()) {
      g.writeStartObject();
      g.writeStringField("id", access.identityId());
      g.writeStringField("login", s.displayLabel(EntityKind.IDENTITY, access.identityId()));
      Identity identity = s.identity(access.identityId()).orElse(null);
      if (identity != null) {
        g.writeStringField("status", identity.status().name());
        g.writeStringField("rawStatus", identity.rawStatus());
      }
      g.writeArrayFieldStart("paths");
      for (AccessPath p : access.paths()) {
        g.writeStartObject();
        g.writeStringField("kind", p.kind().name());
        g.writeStringField("description", p.describe(s::displayLabel));
        g.writeEndObject();
      }
      g.writeEndArray();
      if (access.truncated()) {
        g.writeBooleanField("pathsTruncated", true);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
