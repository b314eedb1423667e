package dev.governance.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.governance.core.spi.AccessLevel;
import dev.governance.core.spi.ActionAccess;
import dev.governance.core.spi.CollectionAccess;
import dev.governance.core.spi.Preflight;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code governance check}: the preflight only. Tells who the credentials act as, what they may
 * read and change, and what to grant for more. Exits with 4 when they can read nothing useful.
 *
 * @since 0.1
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {"Checks what the credentials allow, without reading the inventory.",
        "Exit codes: 0 something can be read, 2 usage, 3 authentication, 4 nothing useful can be "
            + "read, 5 provider or network failure."})
final class CheckCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private OrgOptions org = new OrgOptions();

  @Option(names = "--connector", paramLabel = "ID", defaultValue = "okta", description = "The "
      + "connector to read with (default: ${DEFAULT-VALUE}); another connector takes the options of "
      + "its settings, listed below with its id ('governance connectors ID' describes them).")
  private String connector = "okta";

  @Option(names = "--json", description = "Print the result as JSON on standard output.")
  private boolean json;

  @Override
  public Integer call() throws IOException {
    Preflight p;
    try (OrgOptions.Target target = ConnectorOptions.target(connector, org,
        spec.commandLine().getParseResult(), dev.governance.core.Connectors.builder().build())) {
      p = target.connector().check();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      printJson(out, p);
    } else {
      out.printf("Credentials: %s%nAccess level: %s (%d API calls)%n", p.principal(), p.accessLevel(), p.apiCalls());
      p.collections().forEach((c, a) -> out.printf("  read %-16s %s%n", c.label(), describe(a)));
      p.actions().forEach((k, a) -> out.printf("  %-21s %s%n", k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
          a.permitted() ? "allowed" : "denied: " + ((ActionAccess.Denied) a).reason()));
      p.advice().forEach(a -> out.println("To do: " + a));
      out.flush();
    }
    return p.accessLevel() == AccessLevel.NONE ? ExitCodes.PERMISSION : ExitCodes.OK;
  }

  private static String describe(CollectionAccess a) {
    if (a instanceof CollectionAccess.Forbidden f) {
      TreeSet<String> missing = new TreeSet<>(f.missingScopes());
      missing.addAll(f.missingPermissions());
      return "forbidden: " + f.reason() + (missing.isEmpty() ? "" : " (missing " + String.join(", ", missing) + ")");
    } else if (a instanceof CollectionAccess.EmptyButSuspicious s) {
      return "readable, but empty: " + s.reason();
    }
    return "allowed";
  }

  private static void printJson(PrintWriter out, Preflight p) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    g.writeStringField("principal", p.principal());
    g.writeStringField("accessLevel", p.accessLevel().name());
    g.writeNumberField("apiCalls", p.apiCalls());
    g.writeObjectFieldStart("collections");
    for (var e : p.collections().entrySet()) {
      g.writeStringField(e.getKey().name(), describe(e.getValue()));
    }
    g.writeEndObject();
    g.writeObjectFieldStart("actions");
    for (var e : p.actions().entrySet()) {
      g.writeBooleanField(e.getKey().name(), e.getValue().permitted());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("advice");
    for (String a : p.advice()) {
      g.writeString(a);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    out.println();
    out.flush();
  }
}
