package dev.governance.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.diff.EntityChange;
import dev.governance.core.diff.GrantChange;
import dev.governance.core.diff.SnapshotDiff;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.store.FileSnapshotStore;
import dev.governance.core.store.SnapshotStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code governance diff A B}: what changed between two stored snapshots, each given as a snapshot
 * file or as {@code INTEGRATION/SNAPSHOT_ID} (or {@code INTEGRATION/latest}) in the store under
 * {@code --home}.
 *
 * @since 0.1
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = "Shows what changed between two stored snapshots: entities and grants added, "
        + "removed or changed, per kind.")
final class DiffCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "The earlier snapshot: a file, or INTEGRATION/SNAPSHOT_ID.")
  private String before = "";

  @Parameters(index = "1", paramLabel = "B", description = "The later snapshot: a file, or INTEGRATION/SNAPSHOT_ID.")
  private String after = "";

  @Option(names = "--home", paramLabel = "DIR", description = "Home directory of the store (default: ~/.governance).")
  private @Nullable Path home;

  @Option(names = "--json", description = "Print the summary as JSON.")
  private boolean json;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
      description = "Changes listed per kind (default: ${DEFAULT-VALUE}).")
  private int limit;

  @Option(names = "--report", paramLabel = "DIR", description = "Also write the reports of B into "
      + "DIR, with the tenant's growth since A (a chart in report.html, 'growth' in report.json).")
  private @Nullable Path report;

  @Override
  public Integer call() throws IOException {
    Snapshot earlier = load(before);
    Snapshot later = load(after);
    SnapshotDiff diff = SnapshotDiff.between(earlier, later);
    PrintWriter out = spec.commandLine().getOut();
    if (report != null) {
      var data = new dev.governance.core.report.ReportData(later,
          dev.governance.core.findings.FindingsEngine.builder().build().evaluate(later), null, null,
          java.time.Clock.systemUTC().instant()).withBaseline(dev.governance.core.report.Baseline.of(earlier));
      List<Path> files = new dev.governance.core.report.Reports(
          dev.governance.core.report.ReportOptions.defaults()).writeAll(data, report);
      spec.commandLine().getErr().println("Reports: " + String.join(", ", files.stream().map(Path::toString).toList()));
    }
    if (json) {
      printJson(out, diff);
      return ExitCodes.OK;
    }
    out.printf("%s at %s -> %s%n", diff.before().tenant(), diff.before().completedAt(), diff.after().completedAt());
    if (diff.isEmpty()) {
      out.println("No changes.");
    }
    for (EntityKind kind : EntityKind.values()) {
      var changes = diff.entities(kind);
      if (!changes.isEmpty()) {
        out.printf("%s: %d changed%n", kind.collection().label(), changes.size());
        changes.stream().limit(limit).forEach(c -> out.println("  " + describe(c)));
      }
    }
    for (InventoryCollection c : InventoryCollection.values()) {
      var changes = diff.grants(c);
      if (!changes.isEmpty()) {
        out.printf("%s: %d changed%n", c.label(), changes.size());
        changes.stream().limit(limit).forEach(g -> out.println("  " + describe(g)));
      }
    }
    if (!diff.skipped().isEmpty()) {
      out.println("Not compared (not read in both): " + diff.skipped());
    }
    if (!diff.uncertain().isEmpty()) {
      out.println("Uncertain (read in part): " + diff.uncertain());
    }
    out.flush();
    return ExitCodes.OK;
  }

  private Snapshot load(String ref) {
    Path file = Path.of(ref);
    if (Files.isRegularFile(file)) {
      Path dir = file.toAbsolutePath().getParent();
      String name = file.getFileName().toString();
      int suffix = name.indexOf(".snapshot.json");
      if (suffix <= 0 || dir == null || dir.getParent() == null) {
        throw new InvalidConfigurationException("snapshot", "The file " + ref + " is not a stored "
            + "snapshot (<store>/<integration>/<id>.snapshot.json[.gz]); give such a file or INTEGRATION/SNAPSHOT_ID");
      }
      return FileSnapshotStore.builder(dir.getParent()).build()
          .load(dir.getFileName().toString(), name.substring(0, suffix));
    }
    int slash = ref.indexOf('/');
    if (slash <= 0 || slash == ref.length() - 1) {
      throw new InvalidConfigurationException("snapshot", "No snapshot file " + ref
          + "; give a snapshot file or INTEGRATION/SNAPSHOT_ID (or INTEGRATION/latest) from the store under --home");
    }
    FileSnapshotStore store = FileSnapshotStore.builder(Home.resolve(home).resolve("snapshots")).build();
    String integration = ref.substring(0, slash);
    String id = ref.substring(slash + 1);
    if ("latest".equals(id)) {
      return store.loadLatest(integration).orElseThrow(() -> new InvalidConfigurationException("snapshot",
          "The store has no whole snapshot of " + integration + " (one whose sync lost nothing to failures); run"
              + " 'governance scan --save " + integration + "' first, or compare " + integration
              + "/newest, the newest snapshot whole or not"));
    }
    if ("newest".equals(id)) {
      return store.loadLatest(integration, SnapshotStore.Latest.ANY).orElseThrow(() -> new InvalidConfigurationException(
          "snapshot", "The store has no snapshot of " + integration + "; run 'governance scan --save " + integration
              + "' first"));
    }
    return store.load(integration, id);
  }

  private static String type(Object change) {
    return change.getClass().getSimpleName().toLowerCase(Locale.ROOT);
  }

  private static String describe(EntityChange c) {
    if (c instanceof EntityChange.Added a) {
      return "added " + a.entity().displayLabel() + " (" + c.id() + ")";
    } else if (c instanceof EntityChange.Removed r) {
      return "removed " + r.entity().displayLabel() + " (" + c.id() + ")";
    }
    EntityChange.Changed ch = (EntityChange.Changed) c;
    return "changed " + ch.after().displayLabel() + " (" + c.id() + "): " + ch.fields();
  }

  private static String describe(GrantChange c) {
    var g = c.grant();
    return type(c) + " " + g.subjectKind().name().toLowerCase(Locale.ROOT) + " " + g.subjectId() + " -> "
        + (g.targetKind() == null ? "scope" : g.targetKind().name().toLowerCase(Locale.ROOT)) + " "
        + g.targetId() + " (" + g.provenance() + ")";
  }

  private static void printJson(PrintWriter out, SnapshotDiff diff) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    g.writeStringField("tenant", diff.after().tenant());
    g.writeStringField("before", diff.before().completedAt().toString());
    g.writeStringField("after", diff.after().completedAt().toString());
    g.writeObjectFieldStart("entities");
    for (EntityKind kind : EntityKind.values()) {
      counts(g, kind.name(), diff.entities(kind).stream().map(DiffCommand::type).toList());
    }
    g.writeEndObject();
    g.writeObjectFieldStart("grants");
    for (InventoryCollection c : InventoryCollection.values()) {
      counts(g, c.name(), diff.grants(c).stream().map(DiffCommand::type).toList());
    }
    g.writeEndObject();
    g.writeEndObject();
    g.flush();
    out.println();
    out.flush();
  }

  private static void counts(JsonGenerator g, String name, java.util.List<String> types) throws IOException {
    if (types.isEmpty()) {
      return;
    }
    g.writeObjectFieldStart(name);
    for (String t : new java.util.TreeSet<>(types)) {
      g.writeNumberField(t.toLowerCase(Locale.ROOT), types.stream().filter(t::equals).count());
    }
    g.writeEndObject();
  }
}
