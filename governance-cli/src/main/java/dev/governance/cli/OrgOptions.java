package dev.governance.cli;

import dev.governance.core.Secret;
import dev.governance.core.internal.Quoted;
import dev.governance.core.InvalidConfigurationException;
import dev.governance.okta.OktaConnector;
import dev.governance.okta.OktaConnectorOptions;
import dev.governance.okta.OktaCredentials;
import dev.governance.okta.OktaEnvironment;
import dev.governance.okta.OktaOrg;
import dev.governance.okta.OktaPrivateKey;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.TenantShape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options that name an Okta org and its credentials, shared by the commands that read one.
 * Secrets are never arguments: an API token comes from an environment variable or a file, a
 * service app's private key from a file.
 */
final class OrgOptions {

  @Option(names = "--demo", description = "Read an embedded fake tenant of the demo shape "
      + "(started on 127.0.0.1 for this run); no Okta org needed.")
  boolean demo;

  @Option(names = "--demo-seed", defaultValue = "1", paramLabel = "N", description = "Seed of the "
      + "demo tenant (default: ${DEFAULT-VALUE}).")
  long demoSeed;

  @Option(names = "--org", paramLabel = "URL", description = "The Okta org, e.g. https://acme.okta.com.")
  @Nullable String org;

  @Option(names = "--token-env", paramLabel = "NAME", description = "Environment variable holding an API token.")
  @Nullable String tokenEnv;

  @Option(names = "--token-file", paramLabel = "PATH", description = "File holding an API token.")
  @Nullable Path tokenFile;

  @Option(names = "--client-id", paramLabel = "ID", description = "Client id of an OAuth service app.")
  @Nullable String clientId;

  @Option(names = "--private-key-file", paramLabel = "PATH", description = "The service app's private key (PEM or JWK).")
  @Nullable Path privateKeyFile;

  @Option(names = "--scopes", paramLabel = "SCOPES", description = "Scopes to request, space- or comma-separated, e.g. \"okta.users.read okta.groups.read\".")
  @Nullable String scopes;

  @Option(names = "--key-id", paramLabel = "KID", description = "Key id registered with the service app (optional).")
  @Nullable String keyId;

  @Option(names = "--okta-env", description = "Read the org and credentials where the Okta SDKs "
      + "look: the OKTA_CLIENT_* environment variables (OKTA_CLIENT_ORGURL, OKTA_CLIENT_TOKEN, ...), "
      + "then ~/.okta/okta.yaml. Not read without this option.")
  boolean oktaEnv;

  @Option(names = "--allow-loopback", description = "Accept a plain-http 127.0.0.1 org, such as a "
      + "tenant served by 'governance fake-okta'.")
  boolean allowLoopback;

  /** An open connector, and the fake tenant behind it for {@code --demo}. */
  record Target(OktaConnector connector, @Nullable FakeOktaTenant tenant) implements AutoCloseable {
    @Override
    public void close() {
      try {
        connector.close();
      } finally {
        if (tenant != null) {
          tenant.close();
        }
      }
    }
  }

  /** Tells whether any option of this group was given. */
  boolean given() {
    return demo || oktaEnv || org != null || tokenEnv != null || tokenFile != null || clientId != null;
  }

  /**
   * Opens the connector the options describe.
   *
   * @throws InvalidConfigurationException naming the option to fix
   */
  Target open() {
    if (demo) {
      if (oktaEnv || org != null || tokenEnv != null || tokenFile != null || clientId != null) {
        throw usage("--demo", "--demo reads the embedded demo tenant; drop --org and the credential options, or drop --demo");
      }
      FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(demoSeed).start();
      try {
        OktaOrg parsed = OktaOrg.parser().allowLoopbackForTesting().parse(tenant.orgUrl());
        return new Target(OktaConnector.open(parsed, OktaCredentials.apiToken(Secret.of(tenant.apiToken())),
            OktaConnectorOptions.defaults()), tenant);
      } catch (RuntimeException e) {
        tenant.close();
        throw e;
      }
    }
    OktaOrg.Parser parser = OktaOrg.parser();
    if (allowLoopback) {
      parser = parser.allowLoopbackForTesting();
    }
    if (oktaEnv) {
      if (demo || org != null || tokenEnv != null || tokenFile != null || clientId != null) {
        throw usage("--okta-env", "--okta-env reads the org and credentials from the OKTA_CLIENT_* "
            + "variables and ~/.okta/okta.yaml; drop --org, --demo and the credential options, or drop --okta-env");
      }
      OktaEnvironment.Settings found = OktaEnvironment.system().withOrgParser(parser).read();
      return new Target(OktaConnector.open(found.org(), found.credentials(),
          OktaConnectorOptions.defaults()), null);
    }
    if (org == null) {
      throw usage("--org", "Name the Okta org with --org https://<your-org>.okta.com, use "
          + "--okta-env to read OKTA_CLIENT_ORGURL, or try --demo");
    }
    OktaOrg parsed;
    try {
      parsed = parser.parse(org);
    } catch (InvalidConfigurationException e) {
      if (!allowLoopback && isLoopback(org)) {
        throw new InvalidConfigurationException("--org", e.getMessage()
            + " With this command, add --allow-loopback to read a fake tenant on this machine.", e);
      }
      throw e;
    }
    return new Target(OktaConnector.open(parsed, credentials(), OktaConnectorOptions.defaults()), null);
  }

  /** Tells whether the org names a loopback address, which only --allow-loopback accepts. */
  private static boolean isLoopback(String org) {
    try {
      return OktaOrg.parser().allowLoopbackForTesting().parse(org).kind() == OktaOrg.Kind.LOOPBACK;
    } catch (InvalidConfigurationException notAnOrgEvenThen) {
      return false;
    }
  }

  private OktaCredentials credentials() {
    int kinds = (tokenEnv != null ? 1 : 0) + (tokenFile != null ? 1 : 0) + (clientId != null ? 1 : 0);
    if (kinds == 0) {
      throw usage("credentials", "Give credentials: --token-env NAME or --token-file PATH for an API "
          + "token, or --client-id, --private-key-file and --scopes for a service app");
    }
    if (kinds > 1) {
      throw usage("credentials", "Give one kind of credentials: --token-env, --token-file, or --client-id with --private-key-file");
    }
    if (tokenEnv != null) {
      String value = System.getenv(tokenEnv);
      if (value == null || value.isBlank()) {
        throw usage("--token-env", "The environment variable " + Quoted.quote(tokenEnv)
            + " is not set or empty; export the API token in it, or use --token-file");
      }
      return OktaCredentials.apiToken(Secret.of(value.trim()));
    }
    if (tokenFile != null) {
      return OktaCredentials.apiToken(Secret.of(read(tokenFile, "--token-file")));
    }
    if (privateKeyFile == null || scopes == null) {
      throw usage("--client-id", "A service app needs --private-key-file PATH and --scopes \"okta.users.read ...\" with --client-id");
    }
    if (!Files.isReadable(privateKeyFile)) {
      throw usage("--private-key-file", "Cannot read the private key file " + Quoted.quote(privateKeyFile.toString()) + "; give the path of the app's PEM or JWK key");
    }
    OktaCredentials.ServiceApp.Builder app = OktaCredentials.serviceApp().clientId(clientId)
        .privateKey(OktaPrivateKey.fromFile(privateKeyFile))
        .scopeNames(Arrays.asList(scopes.trim().split("[\\s,]+")));
    if (keyId != null) {
      app.keyId(keyId);
    }
    return app.build();
  }

  private static String read(Path file, String option) {
    try {
      String value = Files.readString(file, StandardCharsets.UTF_8).trim();
      if (value.isEmpty()) {
        throw usage(option, "The file " + Quoted.quote(file.toString()) + " is empty; put the API token in it");
      }
      return value;
    } catch (IOException e) {
      throw usage(option, "Cannot read " + Quoted.quote(file.toString()) + " (" + e.getClass().getSimpleName() + "); give a readable file holding the API token");
    }
  }

  static InvalidConfigurationException usage(String option, String message) {
    return new InvalidConfigurationException(option, message);
  }
}
