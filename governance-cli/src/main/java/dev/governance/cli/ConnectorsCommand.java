package dev.governance.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.governance.core.Connectors;
import dev.governance.core.NotFoundException;
import dev.governance.core.internal.Quoted;
import dev.governance.core.internal.SettingsTable;
import dev.governance.core.spi.ConnectorProvider;
import dev.governance.core.spi.Setting;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code governance connectors}: the connector providers on the class path, each with the settings
 * it accepts (name, type, default, whether it is a secret reference, description), as its own
 * description says.
 *
 * @since 0.1
 */
@Command(
    name = "connectors",
    mixinStandardHelpOptions = true,
    description = "Lists the connector providers and the settings each accepts (for --setting and "
        + "the integration registry).")
final class ConnectorsCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "ID", description = "Only this provider, e.g. okta.")
  private @Nullable String id;

  @Option(names = "--json", description = "Print the providers and their settings as JSON.")
  private boolean json;

  @Override
  public Integer call() throws IOException {
    Connectors connectors = Connectors.builder().build();
    List<ConnectorProvider> providers;
    String wanted = id;
    if (wanted == null) {
      providers = List.copyOf(connectors.providers().values());
    } else {
      providers = List.of(connectors.provider(wanted).orElseThrow(() -> new NotFoundException(
          "connector", Quoted.text(wanted), "No connector provider with id " + Quoted.quote(wanted)
              + "; the known ones are " + String.join(", ", connectors.providers().keySet()), null)));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      printJson(out, providers);
    } else {
      for (int i = 0; i < providers.size(); i++) {
        ConnectorProvider p = providers.get(i);
        if (i > 0) {
          out.println();
        }
        out.printf("%s  (%s)%n", p.id(), p.displayName());
        out.print(SettingsTable.text(p.settings()));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void printJson(PrintWriter out, List<ConnectorProvider> providers) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.useDefaultPrettyPrinter();
    g.writeStartArray();
    for (ConnectorProvider p : providers) {
      g.writeStartObject();
      g.writeStringField("id", p.id());
      g.writeStringField("displayName", p.displayName());
      g.writeBooleanField("described", p.settings().isDescribed());
      g.writeArrayFieldStart("settings");
      for (Setting<?> s : p.settings().settings()) {
        g.writeStartObject();
        g.writeStringField("name", s.name());
        g.writeArrayFieldStart("aliases");
        for (String alias : s.aliases()) {
          g.writeString(alias);
        }
        g.writeEndArray();
        g.writeStringField("type", s.type().name());
        g.writeBooleanField("required", s.required());
        if (s.defaultText().isPresent()) {
          g.writeStringField("default", s.defaultText().get());
        }
        g.writeBooleanField("secretReference", s.secretReference());
        g.writeStringField("description", s.description());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.flush();
    out.println();
  }
}
