package dev.governance.cli;

import dev.governance.core.internal.Quoted;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.RateLimits;
import dev.governance.testkit.okta.TenantCounts;
import dev.governance.testkit.okta.TenantShape;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code governance fake-okta}: serves a fake Okta tenant until stopped, for test suites in any
 * language. The first three lines on standard output are {@code ORG_URL=…}, {@code API_TOKEN=…}
 * and {@code TENANT users=… groups=… …}; the request journal is at {@code GET /__admin/journal}.
 *
 * @since 0.1
 */
@Command(
    name = "fake-okta",
    mixinStandardHelpOptions = true,
    description = {"Serves a fake Okta tenant on 127.0.0.1 until stopped (Ctrl-C).",
        "Prints ORG_URL=, API_TOKEN= and TENANT counts first; the request journal is at "
            + "GET <ORG_URL>/__admin/journal and the counts at GET <ORG_URL>/__admin/counts."})
public final class FakeOktaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--shape", defaultValue = "demo", paramLabel = "empty|demo|medium|large",
      description = "Generated tenant shape (default: ${DEFAULT-VALUE}).")
  String shape = "demo";

  @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default: "
      + "${DEFAULT-VALUE}); the same shape and seed give the same tenant.")
  long seed;

  @Option(names = "--port", defaultValue = "0", description = "Port on 127.0.0.1; 0 picks a "
      + "free one (default).")
  int port;

  @Option(names = "--fixture", paramLabel = "FILE", description = "JSON fixture file loaded "
      + "after the shape (format: docs/fake-tenant.md).")
  @Nullable Path fixture;

  @ArgGroup(exclusive = true)
  @Nullable Limits limits;

  private final CountDownLatch stopped = new CountDownLatch(1);

  /** Mutually exclusive rate-limit options. */
  static final class Limits {
    @Option(names = "--rate-limit-scale", paramLabel = "X", description = "Rate-limit window as a "
        + "fraction of a minute, e.g. 0.01 for 0.6-second windows.")
    @Nullable Double scale;

    @Option(names = "--no-rate-limits", description = "Never answer 429 because of limits.")
    boolean none;
  }

  @Override
  public Integer call() throws InterruptedException {
    TenantShape parsed;
    try {
      parsed = TenantShape.parse(shape);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (fixture != null && !Files.isRegularFile(fixture)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--fixture: no such file: "
          + Quoted.quote(fixture.toString()) + "; give the path of a JSON fixture file.");
    }
    RateLimits rl = RateLimits.defaults();
    if (limits != null && limits.none) {
      rl = RateLimits.disabled();
    } else if (limits != null && limits.scale != null) {
      try {
        rl = rl.withTimeScale(limits.scale);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--rate-limit-scale: "
            + e.getMessage());
      }
    }
    FakeOktaTenant.Builder builder = FakeOktaTenant.builder().shape(parsed).seed(seed).port(port)
        .rateLimits(rl);
    if (fixture != null) {
      builder.fixtureFile(fixture);
    }
    FakeOktaTenant tenant;
    try {
      tenant = builder.start();
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    } catch (RuntimeException e) {
      throw Serving.portRefused(spec, port, e);
    }
    Serving.stopOnShutdown(stopped, "fake-okta-shutdown");
    TenantCounts c = tenant.counts();
    PrintWriter out = spec.commandLine().getOut();
    out.println("ORG_URL=" + tenant.orgUrl());
    out.println("API_TOKEN=" + tenant.apiToken());
    out.println("TENANT users=" + c.users() + " groups=" + c.groups() + " apps=" + c.apps()
        + " memberships=" + c.memberships() + " appAssignments=" + c.appAssignments()
        + " grants=" + c.grants() + " apiTokens=" + c.apiTokens() + " admins=" + c.admins());
    out.println("Serving until stopped; journal at " + tenant.orgUrl() + "/__admin/journal");
    out.flush();
    Serving.untilStopped(stopped, tenant::close);
    return 0;
  }

  /** Stops serving; {@link #call()} then returns. */
  void stop() {
    stopped.countDown();
  }
}
