package dev.governance.cli;

import dev.governance.core.findings.FindingsEngine;
import dev.governance.core.findings.FindingsReport;
import dev.governance.core.findings.Severity;
import dev.governance.core.model.Coverage;
import dev.governance.core.report.ReportData;
import dev.governance.core.report.ReportOptions;
import dev.governance.core.report.Reports;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.Preflight;
import dev.governance.core.spi.CancellationToken;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.spi.SyncResult;
import dev.governance.core.integration.Integrations;
import dev.governance.core.integration.SyncReport;
import dev.governance.core.integration.SyncRequest;
import dev.governance.core.internal.Futures;
import dev.governance.core.store.StoredSnapshot;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code governance scan}: the sync with a progress bar and the preflight beside it, findings, and the
 * reports.
 *
 * @since 0.1
 */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {"Checks the credentials, reads the org, evaluates the posture rules and writes "
        + "report.json, entities.csv, relations.csv and report.html into --out.",
        "Exit codes: 0 ok, 1 a finding at or above --fail-on, 2 usage or configuration, "
            + "3 authentication, 4 permission, 5 provider, network or disk failure."})
final class ScanCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private OrgOptions org = new OrgOptions();

  @Mixin
  private StoreOptions storeOptions = new StoreOptions();

  @Option(names = "--connector", paramLabel = "ID", defaultValue = "okta", description = "The "
      + "connector to read with (default: ${DEFAULT-VALUE}); another connector takes the options of "
      + "its settings, listed below with its id ('governance connectors ID' describes them).")
  private String connector = "okta";

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "report",
      description = "Directory for the reports (default: ${DEFAULT-VALUE}).")
  private Path out = Path.of("report");

  @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "Exit with 1 when a finding "
      + "is at least this severe: ${COMPLETION-CANDIDATES}.")
  private @Nullable Severity failOn;

  @Option(names = "--json", description = "Print the summary as JSON on standard output.")
  private boolean json;

  @Option(names = "--no-progress", description = "Do not draw the progress bar on standard error.")
  private boolean noProgress;

  @Option(names = "--access-detail-limit", paramLabel = "N", defaultValue = "200",
      description = "Identities listed per application or role in the reports before only unusual "
          + "ones are (default: ${DEFAULT-VALUE}).")
  private int accessDetailLimit = ReportOptions.DEFAULT_ACCESS_DETAIL_LIMIT;

  @Option(names = "--save", paramLabel = "NAME", description = "Also keep the snapshot in the "
      + "store (--home or --store) as integration NAME, for 'governance diff'. A NAME registered "
      + "with 'governance integrations add' is synced through the registry: its lease, status and "
      + "history, with the connector of this command's options.")
  private @Nullable String save;

  @Option(names = "--gzip", description = "Write entities.csv and relations.csv gzipped, as "
      + "entities.csv.gz and relations.csv.gz (the file connector reads either).")
  private boolean gzip;

  @Option(names = "--timings", description = "Print on standard error where the scan spent its "
      + "time: start-up, preflight, sync, findings and each report.")
  private boolean timings;

  @Option(names = "--full", description = "Read everything, even where a delta from the last whole "
      + "snapshot saved under --save would do.")
  private boolean full;

  /** What a scan found. */
  record Result(Preflight preflight, SyncResult sync, Snapshot snapshot, FindingsReport findings) {}

  @Override
  public Integer call() {
    Reports reports = new Reports(new ReportOptions(accessDetailLimit, gzip));
    Timings phases = Timings.ofThisProcess();
    phases.add("start-up", startUp());
    try (CsvAhead csv = new CsvAhead(reports, out)) {
      return scan(reports, csv, phases);
    }
  }

  private int scan(Reports reports, CsvAhead csv, Timings phases) {
    Result result;
    @Nullable StoredSnapshot stored = null;
    try (OrgOptions.Target target = phases.time("connect", () -> ConnectorOptions.target(connector, org,
        spec.commandLine().getParseResult(), dev.governance.core.Connectors.builder().build()));
        StoreOptions.Opened opened = save == null ? null
            : storeOptions.open()) {
      ProgressBar bar = noProgress ? null : new ProgressBar(spec.commandLine().getErr(),
          System.console() != null, System::nanoTime);
      String name = save;
      if (opened != null && name != null && opened.registry.find(name).isPresent()) {
        Saved saved = runRegistered(target, bar, opened.registry, name, full, phases, csv::start);
        result = saved.result();
        stored = saved.stored();
      } else {
        @Nullable Snapshot previous = null;
        @Nullable String previousId = null;
        if (opened != null && name != null && !full) {
          for (StoredSnapshot s : opened.snapshots.list(name)) {
            if (s.whole()) {
              previous = opened.snapshots.load(name, s.id());
              previousId = s.id();
              break;
            }
          }
        }
        result = run(target, bar, phases, previous, previousId, csv::start);
        if (opened != null && name != null) {
          stored = opened.snapshots.save(name, result.snapshot());
        }
      }
    }
    ReportData data = new ReportData(result.snapshot(), result.findings(), result.sync(),
        result.preflight(), Clock.systemUTC().instant());
    List<Reports.Written> written = phases.time("reports", () -> {
      List<Reports.Written> page = reports.writeJsonAndPage(data, out);
      List<Reports.Written> tables = csv.commit(result.snapshot());
      return List.of(page.get(0), tables.get(0), tables.get(1), tables.get(2), page.get(1));
    });
    List<Path> files = written.stream().map(Reports.Written::file).toList();
    if (timings) {
      for (Reports.Written w : written) {
        phases.add(w.file().getFileName().toString(), w.took());
      }
    }
    Summary summary = new Summary(result, files, stored);
    if (json) {
      summary.printJson(spec.commandLine().getOut());
    } else {
      summary.print(spec.commandLine().getOut());
    }
    if (timings) {
      spec.commandLine().getErr().println(phases.line());
      spec.commandLine().getErr().flush();
    }
    List<String> lost = Coverage.lostToFaults(result.snapshot().coverage()).entrySet().stream()
        .map(e -> e.getKey() + " (" + e.getValue().label() + ")").toList();
    if (!lost.isEmpty()) {
      spec.commandLine().getErr().println("error: the scan lost " + String.join(", ", lost)
          + " to failures; the reports mark them and say why. Run the scan again"
          + (stored == null ? "" : "; 'governance diff' passes over this snapshot for the last whole one"));
      return ExitCodes.FAILURE;
    }
    if (failOn != null && !result.findings().atLeast(failOn).isEmpty()) {
      return ExitCodes.FINDINGS;
    }
    return ExitCodes.OK;
  }

  /** The time from the JVM's start to this command's start, as the runtime reports it. */
  private static java.time.Duration startUp() {
    long started = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    return java.time.Duration.ofMillis(Math.max(0, Clock.systemUTC().millis() - started));
  }

  /** A scan saved through the registry. */
  private record Saved(Result result, StoredSnapshot stored) {}

  /**
   * Runs the preflight, then syncs a registered integration through the registry with this
   * command's connector (lease, IN_PROGRESS, then SUCCESS or ERROR), then the rules on the
   * snapshot it saved.
   */
  private static Saved runRegistered(OrgOptions.Target target, @Nullable ProgressBar progress,
      Integrations registry, String name, boolean full, Timings phases, Consumer<Snapshot> onSnapshot) {
    // First, alone: credentials it refuses must not leave a sync in the integration's history.
    Preflight preflight = phases.time("preflight", () -> target.connector().check());
    CancellationToken cancellation = new CancellationToken();
    SyncRequest request = SyncRequest.by(System.getProperty("user.name", "governance"))
        .withCancellation(cancellation).withFull(full);
    if (progress != null) {
      request = request.withProgress(progress);
    }
    SyncRequest sent = request;
    SyncReport report = phases.time("sync", () -> {
      try (Interrupt interrupt = Interrupt.cancelling(cancellation)) {
        return registry.sync(name, sent, target.connector());
      } finally {
        if (progress != null) {
          progress.finish();
        }
      }
    });
    Snapshot snapshot = phases.time("snapshot", () -> registry.store().load(name, report.snapshot().id()));
    onSnapshot.accept(snapshot);
    FindingsReport findings = phases.time("findings", () -> FindingsEngine.builder().build().evaluate(snapshot));
    return new Saved(new Result(preflight, report.result(), snapshot, findings), report.snapshot());
  }

  /**
   * Runs the sync with the preflight beside it, then the rules.
   *
   * @param target the open connector
   * @param progress where progress goes, or {@code null} for nowhere
   * @return what was found
   */
  static Result run(OrgOptions.Target target, @Nullable ProgressBar progress) {
    return run(target, progress, Timings.none(), null, null, snapshot -> { });
  }

  /**
   * Runs the sync (a delta from a previous snapshot where the connector can) with the preflight
   * beside it, then the rules, timing each. A failed preflight cancels the sync and is what the scan
   * reports.
   *
   * @param target the open connector
   * @param progress where progress goes, or {@code null} for nowhere
   * @param phases where the time of each phase goes
   * @param previous the last whole snapshot, or {@code null} to read in full
   * @param previousId its id in the store, or {@code null}
   * @param onSnapshot told of the snapshot as soon as it is built, before the rules run
   * @return what was found
   */
  static Result run(OrgOptions.Target target, @Nullable ProgressBar progress, Timings phases,
      @Nullable Snapshot previous, @Nullable String previousId, Consumer<Snapshot> onSnapshot) {
    SnapshotBuilder builder = Snapshot.builder(target.connector().tenant(), target.connector().id());
    CancellationToken cancellation = new CancellationToken();
    CompletableFuture<Preflight> checked = checkBeside(target.connector(), phases, cancellation);
    SyncContext.Builder context = SyncContext.builder().cancellation(cancellation).previous(previous, previousId);
    if (progress != null) {
      context.progress(progress);
    }
    SyncResult sync;
    try {
      sync = phases.time("sync", () -> {
        try (Interrupt interrupt = Interrupt.cancelling(cancellation)) {
          return target.connector().collect(SyncPlan.everything(), builder, context.build());
        } finally {
          if (progress != null) {
            progress.finish();
          }
        }
      });
    } catch (RuntimeException | Error e) {
      if (checked.isCompletedExceptionally()) {
        // The preflight's failure cancelled the sync: it is the one to report.
        RuntimeException first = preflightFailure(checked);
        first.addSuppressed(e);
        throw first;
      }
      throw e;
    }
    Preflight preflight = phases.time("preflight wait",
        () -> Futures.join(checked, "the preflight"));
    Snapshot snapshot = phases.time("snapshot", builder::build);
    onSnapshot.accept(snapshot);
    FindingsReport findings = phases.time("findings", () -> FindingsEngine.builder().build().evaluate(snapshot));
    return new Result(preflight, sync, snapshot, findings);
  }

  /**
   * Starts the preflight on a thread of its own, beside the sync, as {@link Connector#check()}
   * allows: its few calls then cost the scan no time of their own. If it fails, it cancels the sync.
   * Its wall time is recorded as {@code preflight (beside the sync)}, without a CPU time, which the
   * sync's includes.
   */
  private static CompletableFuture<Preflight> checkBeside(Connector connector, Timings phases,
      CancellationToken sync) {
    CompletableFuture<Preflight> checked = new CompletableFuture<>();
    Timings.Beside timed = phases.beside("preflight (beside the sync)");
    Thread thread = new Thread(() -> {
      Preflight preflight;
      try {
        preflight = connector.check();
      } catch (Throwable e) {
        checked.completeExceptionally(e);
        sync.cancel();
        return;
      }
      timed.end();
      checked.complete(preflight);
    }, "governance-preflight");
    thread.setDaemon(true);
    thread.start();
    return checked;
  }

  /** What a failed preflight threw. */
  private static RuntimeException preflightFailure(CompletableFuture<Preflight> checked) {
    try {
      Futures.join(checked, "the preflight");
    } catch (RuntimeException e) {
      return e;
    }
    throw new IllegalStateException("the preflight did not fail");
  }
}
