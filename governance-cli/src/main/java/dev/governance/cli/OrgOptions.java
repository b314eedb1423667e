package dev.governance.cli;

import dev.governance.core.Connectors;
import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.Secret;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.ConnectorContext;
import dev.governance.okta.OktaConnector;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.TenantShape;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options that say which Okta org a reading command ({@code scan}, {@code check}, {@code
 * access}) reads: an org with its credentials ({@link OktaOptions}), the Okta SDKs' environment, or
 * the embedded demo tenant. Each becomes a {@link ConnectorContext} with the Okta provider's
 * settings, opened through {@link Connectors}.
 */
final class OrgOptions {

  @Option(names = "--demo", description = "Read an embedded fake tenant of the demo shape "
      + "(started on 127.0.0.1 for this run); no Okta org needed.")
  boolean demo;

  @Option(names = "--demo-seed", defaultValue = "1", paramLabel = "N", description = "Seed of the "
      + "demo tenant (default: ${DEFAULT-VALUE}).")
  long demoSeed;

  @Option(names = "--okta-env", description = "Read the org and credentials where the Okta SDKs "
      + "look: the OKTA_CLIENT_* environment variables (OKTA_CLIENT_ORGURL, OKTA_CLIENT_TOKEN, ...), "
      + "then ~/.okta/okta.yaml. Not read without this option.")
  boolean oktaEnv;

  @Mixin OktaOptions okta = new OktaOptions();

  /** An open connector, and the fake tenant behind it for {@code --demo}. */
  record Target(Connector connector, @Nullable FakeOktaTenant tenant) implements AutoCloseable {
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

  /** Tells whether any option naming an Okta org was given ({@code --setting} aside). */
  boolean given() {
    return demo || oktaEnv || okta.given();
  }

  /** The {@code --setting}s given, for a connector other than Okta's. */
  Map<String, String> extraSettings() {
    return okta.extra;
  }

  /**
   * Opens the Okta connector the options describe, through the providers on the class path.
   *
   * @throws InvalidConfigurationException naming the option to fix
   */
  Target open() {
    return open(Connectors.builder().build());
  }

  /**
   * Opens the Okta connector the options describe.
   *
   * @param connectors the providers
   * @throws InvalidConfigurationException naming the option to fix
   */
  Target open(Connectors connectors) {
    if (demo) {
      if (oktaEnv || okta.given()) {
        throw new InvalidConfigurationException("--demo", "--demo reads the embedded demo tenant; "
            + "drop --org and the credential options, or drop --demo");
      }
      FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(demoSeed).start();
      try {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("org", tenant.orgUrl());
        settings.put("allowLoopback", "true");
        return new Target(open(connectors, ConnectorContext.builder()
            .settings(okta.withExtra(settings))
            .service(Secret.class, Secret.of(tenant.apiToken()))), tenant);
      } catch (RuntimeException e) {
        tenant.close();
        throw e;
      }
    }
    if (oktaEnv) {
      if (okta.given()) {
        throw new InvalidConfigurationException("--okta-env", "--okta-env reads the org and "
            + "credentials from the OKTA_CLIENT_* variables and ~/.okta/okta.yaml; drop --org, --demo "
            + "and the credential options, or drop --okta-env");
      }
      Map<String, String> settings = new LinkedHashMap<>(okta.connectionSettings());
      settings.put("fromEnvironment", "true");
      return new Target(open(connectors, ConnectorContext.builder().settings(settings)), null);
    }
    Map<String, String> settings = okta.settings();
    if (!settings.containsKey("org") && !settings.containsKey("tenant")) {
      throw new InvalidConfigurationException("--org", "Name the Okta org with --org "
          + "https://<your-org>.okta.com, use --okta-env to read OKTA_CLIENT_ORGURL, or try --demo");
    }
    OktaOptions.requireOneCredential(settings);
    OktaOptions.requireCompleteServiceApp(settings.containsKey("privateKeyFile"), settings);
    return new Target(open(connectors, ConnectorContext.builder().settings(settings)), null);
  }

  private Connector open(Connectors connectors, ConnectorContext.Builder context) {
    try {
      return connectors.open(OktaConnector.ID, context.build());
    } catch (InvalidConfigurationException e) {
      throw okta.translate(e);
    }
  }
}
