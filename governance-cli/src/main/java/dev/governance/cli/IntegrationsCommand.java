package dev.governance.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.governance.core.Connectors;
import dev.governance.core.integration.CredentialReference;
import dev.governance.core.integration.CredentialReplacement;
import dev.governance.core.integration.Integration;
import dev.governance.core.integration.IntegrationEdit;
import dev.governance.core.integration.IntegrationFeature;
import dev.governance.core.integration.IntegrationSpec;
import dev.governance.core.integration.Integrations;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code governance integrations}: the registry of connected tenants in {@code --home}. The
 * registry keeps where each secret is (an environment variable or a file), never the secret.
 *
 * @since 0.1
 */
@Command(
    name = "integrations",
    mixinStandardHelpOptions = true,
    description = "Manages the connected tenants kept in --home (integrations.json; secrets stay in "
        + "the environment variables or files named).",
    subcommands = {IntegrationsCommand.Add.class, IntegrationsCommand.ListCommand.class,
        IntegrationsCommand.Edit.class, IntegrationsCommand.Delete.class, IntegrationsCommand.Rotate.class})
final class IntegrationsCommand {

  @Option(names = "--home", paramLabel = "DIR", scope = ScopeType.INHERIT,
      description = "Home directory (default: ~/.governance).")
  @Nullable Path home;

  @Option(names = "--actor", paramLabel = "WHO", scope = ScopeType.INHERIT,
      description = "Who makes the change, for the record (default: the system user).")
  @Nullable String actor;

  Integrations registry() {
    return Integrations.builder(Home.resolve(home))
        .connectors(Connectors.builder().build())
        .build();
  }

  String actor() {
    return actor != null ? actor : System.getProperty("user.name", "governance");
  }

  /** Where a secret is: exactly one of the options. */
  static final class Credential {
    @Option(names = "--token-env", paramLabel = "NAME", description = "Environment variable holding the API token.")
    @Nullable String tokenEnv;

    @Option(names = "--token-file", paramLabel = "PATH", description = "File holding the API token.")
    @Nullable Path tokenFile;

    @Option(names = "--private-key-file", paramLabel = "PATH", description = "File holding a service app's private key.")
    @Nullable Path privateKeyFile;

    CredentialReference reference() {
      if (tokenEnv != null) {
        return CredentialReference.environmentVariable(tokenEnv);
      }
      Path file = tokenFile != null ? tokenFile : privateKeyFile;
      if (file == null) {
        throw OrgOptions.usage("--token-env", "Say where the secret is: --token-env, --token-file or --private-key-file");
      }
      return CredentialReference.file(file);
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Registers a tenant.")
  static final class Add implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand IntegrationsCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--org", required = true, paramLabel = "URL", description = "The Okta org.")
    String org = "";

    @ArgGroup(exclusive = true, multiplicity = "1")
    Credential credential = new Credential();

    @Option(names = "--client-id", paramLabel = "ID", description = "Service app client id (with --private-key-file and --scopes).")
    @Nullable String clientId;

    @Option(names = "--scopes", paramLabel = "SCOPES", description = "Service app scopes.")
    @Nullable String scopes;

    @Option(names = "--key-id", paramLabel = "KID", description = "Service app key id.")
    @Nullable String keyId;

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

    @Option(names = "--allow-loopback", description = "Accept a plain-http 127.0.0.1 org (a fake tenant).")
    boolean allowLoopback;

    @Override
    public Integer call() {
      if ((clientId == null) != (credential.privateKeyFile == null) || (clientId != null && scopes == null)) {
        throw OrgOptions.usage("--client-id", "A service app needs --client-id, --private-key-file and --scopes together; an API token needs --token-env or --token-file");
      }
      IntegrationSpec.Builder b = IntegrationSpec.builder("okta", org).credential(credential.reference())
          .primaryOwner(owner).secondaryOwners(secondaryOwners.toArray(String[]::new))
          .features(features.toArray(IntegrationFeature[]::new));
      if (clientId != null && scopes != null) {
        b.setting("clientId", clientId).setting("scopes", scopes);
        if (keyId != null) {
          b.setting("keyId", keyId);
        }
      }
      if (allowLoopback) {
        b.setting("allowLoopback", "true");
      }
      if (id != null) {
        b.id(id);
      }
      if (description != null) {
        b.description(description);
      }
      Integration added = parent.registry().add(b.build(), parent.actor());
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
      List<Integration> all = parent.registry().list();
      if (json) {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        g.writeStartArray();
        for (Integration i : all) {
          g.writeStartObject();
          g.writeStringField("id", i.id());
          g.writeStringField("provider", i.providerId());
          g.writeStringField("tenant", i.tenant());
          g.writeStringField("credential", i.credential().describe());
          g.writeStringField("primaryOwner", i.primaryOwner());
          g.writeStringField("status", i.status().state().name());
          if (i.lastSyncedAt() != null) {
            g.writeStringField("lastSyncedAt", i.lastSyncedAt().toString());
          }
          g.writeEndObject();
        }
        g.writeEndArray();
        g.flush();
        out.println();
      } else if (all.isEmpty()) {
        out.println("No integrations; add one with 'governance integrations add'.");
      } else {
        for (Integration i : all) {
          out.printf("%s  %s  %s  owner %s  %s%n", i.id(), i.tenant(), i.credential().describe(),
              i.primaryOwner(), i.status().state());
        }
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  @Command(name = "edit", mixinStandardHelpOptions = true, description = "Changes owners, features or description.")
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
      Integration edited = parent.registry().edit(id, b.build());
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
      parent.registry().delete(id, confirm);
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

    @ArgGroup(exclusive = true, multiplicity = "1")
    Credential credential = new Credential();

    @Option(names = "--replace-working", description = "Replace the current credential even if it still works.")
    boolean replaceWorking;

    @Override
    public Integer call() {
      Integration rotated = parent.registry().updateCredential(id, credential.reference(),
          replaceWorking ? CredentialReplacement.REPLACE_WORKING : CredentialReplacement.ONLY_IF_CURRENT_FAILS,
          parent.actor());
      spec.commandLine().getOut().printf("Rotated %s: now %s%n", rotated.id(), rotated.credential().describe());
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }
}
