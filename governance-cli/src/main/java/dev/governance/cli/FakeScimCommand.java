package dev.governance.cli;

import dev.governance.core.internal.Quoted;
import dev.governance.testkit.scim.FakeScimServer;
import dev.governance.testkit.scim.ScimAccess;
import dev.governance.testkit.scim.ScimFeatures;
import dev.governance.testkit.scim.ScimShape;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code governance fake-scim}: serves a fake SCIM 2.0 service provider until stopped, for test
 * suites in any language. The first four lines on standard output are {@code SCIM_URL=…}, {@code
 * TOKEN=…} (reads and writes everything), {@code READ_ONLY_TOKEN=…} and {@code SERVER users=…
 * groups=…}. docs/fake-scim.md describes the server.
 *
 * @since 0.1
 */
@Command(
    name = "fake-scim",
    mixinStandardHelpOptions = true,
    description = {"Serves a fake SCIM 2.0 service provider on 127.0.0.1 until stopped (Ctrl-C).",
        "Prints SCIM_URL=, TOKEN=, READ_ONLY_TOKEN= and SERVER counts first."})
public final class FakeScimCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--shape", defaultValue = "small", paramLabel = "empty|small|medium",
      description = "Generated contents (default: ${DEFAULT-VALUE}).")
  String shape = "small";

  @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default: "
      + "${DEFAULT-VALUE}); the same shape and seed give the same server and tokens.")
  long seed;

  @Option(names = "--port", defaultValue = "0", description = "Port on 127.0.0.1; 0 picks a "
      + "free one (default).")
  int port;

  @Option(names = "--page-size-cap", defaultValue = "200", paramLabel = "N", description = "The "
      + "most resources on one page, whatever count asks for (default: ${DEFAULT-VALUE}).")
  int pageSizeCap;

  @Option(names = "--silent-cap", description = "Do not advertise the cap in filter.maxResults.")
  boolean silentCap;

  @Option(names = "--no-groups", description = "Offer no Group resource type.")
  boolean noGroups;

  @Option(names = "--no-filter", description = "Say filter.supported=false and refuse filters.")
  boolean noFilter;

  @Option(names = "--no-etag", description = "Say etag.supported=false; resources carry no version.")
  boolean noEtag;

  private final CountDownLatch stopped = new CountDownLatch(1);

  @Override
  public Integer call() throws InterruptedException {
    ScimShape parsed;
    try {
      parsed = ScimShape.valueOf(shape.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Unknown SCIM shape "
          + Quoted.quote(shape) + "; use empty, small or medium.");
    }
    ScimFeatures features;
    try {
      features = ScimFeatures.builder().pageSizeCap(pageSizeCap).advertiseCap(!silentCap)
          .groups(!noGroups).filter(!noFilter).etag(!noEtag).build();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--page-size-cap: "
          + e.getMessage());
    }
    FakeScimServer server;
    try {
      server = FakeScimServer.builder().shape(parsed).seed(seed).port(port).features(features).start();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    } catch (RuntimeException e) {
      throw Serving.portRefused(spec, port, e);
    }
    Serving.stopOnShutdown(stopped, "fake-scim-shutdown");
    PrintWriter out = spec.commandLine().getOut();
    out.println("SCIM_URL=" + server.baseUrl());
    out.println("TOKEN=" + server.token());
    out.println("READ_ONLY_TOKEN=" + server.issueToken(ScimAccess.readOnly()));
    out.println("SERVER users=" + server.fixtures().userCount() + " groups="
        + server.fixtures().groupCount());
    out.println("Serving until stopped");
    out.flush();
    Serving.untilStopped(stopped, server::close);
    return 0;
  }

  /** Stops serving; {@link #call()} then returns. */
  void stop() {
    stopped.countDown();
  }
}
