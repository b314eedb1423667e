package dev.governance.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.governance.core.GovernanceException;
import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.integration.Integration;
import dev.governance.core.integration.Integrations;
import dev.governance.core.integration.SyncReport;
import dev.governance.core.integration.SyncRequest;
import dev.governance.core.integration.SyncStatus;
import dev.governance.core.spi.CancellationToken;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code governance integrations sync ID|--all}: syncs registered tenants through the registry,
 * with its credential, lease and status (IN_PROGRESS, then SUCCESS or ERROR with the reason).
 *
 * @since 0.1
 */
@Command(name = "sync", mixinStandardHelpOptions = true, description = {"Syncs a registered "
    + "tenant, or all of them, into the store: its status goes to IN_PROGRESS, then SUCCESS or "
    + "ERROR with the reason. Another process syncing the same tenant refuses it (exit code 6).",
    "Exit codes: 0 every sync succeeded, 5 a sync failed (its status says why), 6 busy."})
final class IntegrationsSync implements Callable<Integer> {

  @ParentCommand IntegrationsCommand parent;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", arity = "0..1", description = "The integration.")
  @Nullable String id;

  @Option(names = "--all", description = "Sync every integration, one after the other.")
  boolean all;

  @Option(names = "--full", description = "Read everything, even where a delta from the last whole "
      + "snapshot would do (the registry also reads in full on its own schedule).")
  boolean full;

  @Option(names = "--json", description = "Print the outcome as JSON.")
  boolean json;

  @Option(names = "--no-progress", description = "Do not draw the progress bar on standard error.")
  boolean noProgress;

  @Override
  public Integer call() throws IOException {
    if ((id == null) == !all) {
      throw new InvalidConfigurationException("ID", "Name one integration to sync, or give --all");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Integration> done = new ArrayList<>();
    java.util.Map<String, SyncReport> reports = new java.util.HashMap<>();
    int exit = ExitCodes.OK;
    try (StoreOptions.Opened o = parent.open()) {
      Integrations registry = o.registry;
      List<String> ids = all ? registry.list().stream().map(Integration::id).toList()
          : List.of(java.util.Objects.requireNonNull(id));
      for (String each : ids) {
        ProgressBar bar = noProgress ? null
            : new ProgressBar(err, System.console() != null, System::nanoTime);
        CancellationToken cancellation = new CancellationToken();
        SyncRequest request = SyncRequest.by(parent.actor()).withCancellation(cancellation).withFull(full);
        if (bar != null) {
          request = request.withProgress(bar);
        }
        try (Interrupt interrupt = Interrupt.cancelling(cancellation)) {
          reports.put(each, registry.sync(each, request));
        } catch (GovernanceException e) {
          if (!all) {
            throw e;
          }
          err.println("error: " + each + ": " + e.getMessage());
          exit = Math.max(exit, ExitCodes.of(e));
          if (e instanceof dev.governance.core.CancelledException) {
            break;
          }
        } finally {
          if (bar != null) {
            bar.finish();
          }
        }
        Integration now = registry.get(each);
        done.add(now);
        if (now.status().state() == SyncStatus.State.ERROR) {
          exit = Math.max(exit, ExitCodes.FAILURE);
        }
      }
      if (json) {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        g.writeStartArray();
        for (Integration i : done) {
          IntegrationsView.write(g, i, reports.get(i.id()));
        }
        g.writeEndArray();
        g.flush();
        out.println();
      } else {
        for (Integration i : done) {
          IntegrationsView.print(out, i, registry.excessiveSyncDuration());
          SyncReport report = reports.get(i.id());
          if (report != null) {
            out.printf("  this sync        %s%n", IntegrationsView.describe(report));
          }
        }
      }
    }
    out.flush();
    return exit;
  }
}
