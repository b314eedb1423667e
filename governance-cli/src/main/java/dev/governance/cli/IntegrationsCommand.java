package dev.governance.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.integration.CredentialReference;
import dev.governance.core.integration.CredentialReplacement;
import dev.governance.core.integration.Integration;
import dev.governance.core.integration.IntegrationEdit;
import dev.governance.core.integration.IntegrationFeature;
import dev.governance.core.integration.IntegrationSpec;
import dev.governance.core.integration.Integrations;
import dev.governance.okta.OktaConnector;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code governance integrations}: the registry of connected tenants in {@code --home}, or in
 * PostgreSQL with {@code --store}. The registry keeps where each secret is (an environment variable
 * or a file), never the secret.
 *
 * @since 0.1
 */
@Command(
    name = "integrations",
    mixinStandardHelpOptions = true,
    description = "Manages the connected tenants kept in --home (integrations.json) or in the "
        + "PostgreSQL database --store; secrets stay in the environment variables or files named.",
    subcommands = {IntegrationsCommand.Add.class, IntegrationsCommand.ListCommand.class,
        IntegrationsCommand.Edit.class, IntegrationsCommand.Delete.class, IntegrationsCommand.Rotate.class,
        IntegrationsSync.class, IntegrationsWorker.class})
final class IntegrationsCommand {

  @Mixin
  private StoreOptions storeOptions = new StoreOptions();

  @Option(names = "--actor", paramLabel = "WHO", scope = ScopeType.INHERIT,
      description = "Who makes the change, for the record (default: the system user).")
  @Nullable String actor;

  StoreOptions.Opened open() {
    return storeOptions.open();
  }

  String actor() {
    return actor != null ? actor : System.getProperty("user.name", "governance");
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Registers a tenant.")
  static final class Add implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand IntegrationsCommand parent;
    @Spec CommandSpec spec;

    @Mixin OktaOptions okta = new OktaOptions();

    @Option(names = "--id", paramLabel = "ID", description = "The integration's id (default: a new UUID).")
    @Nullable String id;

    @Option(names = "--owner", required = true, paramLabel = "EMAIL", description = "Primary owner.")
    String owner = "";

    @Option(names = "--secondary-owner", paramLabel = "EMAIL", description = "Secondary owner; repeatable.")
    List<String> secondaryOwners = List.of();

    @Option(names = "--feature", paramLabel = "FEATURE", description = "${COMPLETION-CANDIDATES}; repeatable (default: both).")
    List<IntegrationFeature> features = List.of(IntegrationFeature.APP_GOVERNANCE, IntegrationFeature.POSTURE_SCAN);

    @Option(names = "--description", paramLabel = "TEXT", description = "What the tenant is.")
    @Nullable String description;

    @Override
    public Integer call() {
      if (okta.org == null) {
        throw new InvalidConfigurationException("--org", "Name the Okta org to register with --org "
            + "https://<your-org>.okta.com");
      }
      CredentialReference credential = okta.secret.reference();
      Map<String, String> settings = okta.connectionSettings();
      OktaOptions.requireCompleteServiceApp(okta.secret.privateKeyFile != null, settings);
      IntegrationSpec.Builder b = IntegrationSpec.builder(OktaConnector.ID, okta.org).credential(credential)
          .primaryOwner(owner).secondaryOwners(secondaryOwners.toArray(String[]::new))
          .features(features.toArray(IntegrationFeature[]::new));
      settings.forEach(b::setting);
      if (id != null) {
        b.id(id);
      }
      if (description != null) {
        b.description(description);
      }
      Integration added;
      try (StoreOptions.Opened o = parent.open()) {
        added = o.registry.add(b.build(), parent.actor());
      } catch (InvalidConfigurationException e) {
        throw okta.translate(e);
      }
      spec.commandLine().getOut().printf("Added %s: %s (%s)%n", added.id(), added.tenant(), added.credential().describe());
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the tenants.")
  static final class ListCommand implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand IntegrationsCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      try (StoreOptions.Opened o = parent.open()) {
        Integrations registry = o.registry;
        List<Integration> all = registry.list();
        Optional<Integration> most = registry.mostExcessiveSync();
        if (json) {
          JsonGenerator g = new JsonFactory().createGenerator(out);
          g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
          g.useDefaultPrettyPrinter();
          g.writeStartObject();
          g.writeArrayFieldStart("integrations");
          for (Integration i : all) {
            IntegrationsView.write(g, i);
          }
          g.writeEndArray();
          g.writeStringField("excessiveSyncDuration", registry.excessiveSyncDuration().toString());
          if (most.isPresent()) {
            g.writeStringField("mostExcessiveSync", most.get().id());
          } else {
            g.writeNullField("mostExcessiveSync");
          }
          g.writeEndObject();
          g.flush();
          out.println();
        } else if (all.isEmpty()) {
          out.println("No integrations; add one with 'governance integrations add'.");
        } else {
          for (Integration i : all) {
            IntegrationsView.print(out, i, registry.excessiveSyncDuration());
          }
          IntegrationsView.printMostExcessive(out, most, registry.excessiveSyncDuration());
        }
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  @Command(name = "edit", mixinStandardHelpOptions = true,
      description = "Changes owners, features, description or connector settings.")
  static final class Edit implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand IntegrationsCommand parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The integration.")
    String id = "";

    @Option(names = "--owner", paramLabel = "EMAIL", description = "New primary owner.")
    @Nullable String owner;

    @Option(names = "--secondary-owner", paramLabel = "EMAIL", description = "Secondary owners, replacing the current ones; repeatable.")
    @Nullable List<String> secondaryOwners;

    @Option(names = "--feature", paramLabel = "FEATURE", description = "Features, replacing the current ones; repeatable.")
    @Nullable List<IntegrationFeature> features;

    @Option(names = "--description", paramLabel = "TEXT", description = "New description.")
    @Nullable String description;

    @Option(names = "--clear-description", description = "Remove the description.")
    boolean clearDescription;

    @Option(names = "--setting", paramLabel = "NAME=VALUE", description = "Adds or changes a connector"
        + " setting, keeping the others, e.g. factors=everyone; repeatable ('governance connectors'"
        + " lists them).")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--remove-setting", paramLabel = "NAME", description = "Removes a connector"
        + " setting, so that its default applies; repeatable.")
    List<String> removedSettings = List.of();

    @Override
    public Integer call() {
      IntegrationEdit.Builder b = IntegrationEdit.builder();
      if (owner != null) {
        b.primaryOwner(owner);
      }
      if (secondaryOwners != null) {
        b.secondaryOwners(secondaryOwners.toArray(String[]::new));
      }
      if (features != null) {
        b.features(features.toArray(IntegrationFeature[]::new));
      }
      if (description != null) {
        b.description(description);
      } else if (clearDescription) {
        b.clearDescription();
      }
      settings.forEach(b::setting);
      removedSettings.forEach(b::removeSetting);
      Integration edited;
      try (StoreOptions.Opened o = parent.open()) {
        edited = o.registry.edit(id, b.build());
      }
      spec.commandLine().getOut().printf("Edited %s: owner %s%n", edited.id(), edited.primaryOwner());
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }

  @Command(name = "delete", mixinStandardHelpOptions = true, description = "Removes a tenant and its snapshots.")
  static final class Delete implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand IntegrationsCommand parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The integration.")
    String id = "";

    @Option(names = "--confirm", required = true, paramLabel = "TENANT", description = "The integration's tenant, exactly, to confirm.")
    String confirm = "";

    @Override
    public Integer call() {
      try (StoreOptions.Opened o = parent.open()) {
        o.registry.delete(id, confirm);
      }
      spec.commandLine().getOut().println("Deleted " + id);
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }

  @Command(name = "rotate", mixinStandardHelpOptions = true, description = "Replaces a tenant's "
      + "credential after checking the new one opens the same tenant and can read.")
  static final class Rotate implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand IntegrationsCommand parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The integration.")
    String id = "";

    @Mixin SecretOptions secret = new SecretOptions();

    @Option(names = "--replace-working", description = "Replace the current credential even if it still works.")
    boolean replaceWorking;

    @Override
    public Integer call() {
      Integration rotated;
      try (StoreOptions.Opened o = parent.open()) {
        rotated = o.registry.updateCredential(id, secret.reference(), replaceWorking
            ? CredentialReplacement.REPLACE_WORKING : CredentialReplacement.ONLY_IF_CURRENT_FAILS,
            parent.actor());
      }
      spec.commandLine().getOut().printf("Rotated %s: now %s%n", rotated.id(), rotated.credential().describe());
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }
}
