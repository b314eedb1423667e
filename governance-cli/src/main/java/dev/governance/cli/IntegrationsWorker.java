package dev.governance.cli;

import dev.governance.core.integration.IntegrationWorker;
import dev.governance.core.integration.SyncRequest;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code governance integrations worker}: syncs the integrations that are due, on every node that
 * runs one; the leases in the shared store make sure each is synced by one worker at a time.
 *
 * @since 0.1
 */
@Command(name = "worker", mixinStandardHelpOptions = true, description = {"Syncs the integrations "
    + "that are due (never synced, or last synced --interval ago), at most --parallelism at once, "
    + "until stopped (Ctrl-C). Run one per node on a shared --store: each integration is synced by "
    + "one worker at a time."})
final class IntegrationsWorker implements Callable<Integer> {

  @ParentCommand IntegrationsCommand parent;
  @Spec CommandSpec spec;

  @Option(names = "--parallelism", paramLabel = "N", defaultValue = "2",
      description = "Integrations synced at once (default: ${DEFAULT-VALUE}).")
  int parallelism = 2;

  @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "PT24H",
      description = "An integration is due this long after its last sync ended, ISO-8601 "
          + "(default: ${DEFAULT-VALUE}).")
  Duration interval = Duration.ofHours(24);

  @Option(names = "--poll", paramLabel = "DURATION", defaultValue = "PT1M",
      description = "Time between rounds (default: ${DEFAULT-VALUE}).")
  Duration poll = Duration.ofMinutes(1);

  @Option(names = "--once", description = "Run one round and exit.")
  boolean once;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    try (StoreOptions.Opened o = parent.open()) {
      IntegrationWorker.Builder b = o.registry.worker().parallelism(parallelism).interval(interval)
          .pollEvery(poll).request(i -> SyncRequest.by(parent.actor()));
      o.registry.addListener(change -> {
        synchronized (out) {
          out.printf("%s %s%s%n", change.integration().id(), change.current().state(),
              change.current().reason() == null ? "" : ": " + change.current().reason());
          out.flush();
        }
      });
      try (IntegrationWorker worker = b.build()) {
        if (once) {
          IntegrationWorker.Round round = worker.runOnce();
          out.printf("Synced %d (%d failed); %d due were taken by other workers%n",
              round.synced().size(), round.failed().size(), round.busy().size());
          out.flush();
          return round.failed().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
        }
        out.printf("Worker %s syncing every %s, %d at once; Ctrl-C stops it%n",
            o.registry.leaseOwner(), interval, parallelism);
        out.flush();
        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = new Thread(stop::countDown);
        Runtime.getRuntime().addShutdownHook(hook);
        worker.start();
        stop.await();
      }
    }
    return ExitCodes.OK;
  }
}
