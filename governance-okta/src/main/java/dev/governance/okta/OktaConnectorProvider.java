package dev.governance.okta;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.Secret;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.ConnectorContext;
import dev.governance.core.spi.ConnectorProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Opens {@link OktaConnector}s by the id {@code okta}, for code that picks connectors by name
 * through {@link dev.governance.core.Connectors}.
 *
 * <p>Settings:
 *
 * <ul>
 *   <li>{@code org} (or {@code tenant}, as the integration registry names it): the Okta domain as
 *       people paste it (required); {@code allowLoopback=true}
 *       accepts a plain-http loopback URL, for a fake tenant;
 *   <li>credentials: a service of type {@link OktaCredentials} in the context, or a {@link
 *       Secret} service (the registry's resolved credential: an API token, or with {@code
 *       clientId} and {@code scopes} a service app's private key), or {@code
 *       tokenEnv} (the name of an environment variable holding an API token) or {@code tokenFile}
 *       (a file holding it), or {@code clientId}, {@code privateKeyFile}, {@code scopes}
 *       (space-separated) and optionally {@code keyId} for an OAuth service app. A secret is never
 *       a setting itself;
 *   <li>{@code fromEnvironment=true}: the org and the credentials come from where the Okta SDKs
 *       look, the {@code OKTA_CLIENT_*} environment variables and {@code ~/.okta/okta.yaml} (see
 *       {@link OktaEnvironment}), and from nowhere else: giving {@code org} or credentials as well
 *       is refused. Without this setting neither is read;
 *   <li>options: a service of type {@link OktaConnectorOptions} in the context, e.g. added through
 *       {@link dev.governance.core.integration.IntegrationsBuilder#connectorContext}, and over it the
 *       settings {@code concurrency}, {@code bucketShare}, {@code factors=everyone}.
 * </ul>
 *
 * @since 0.1
 */
public final class OktaConnectorProvider implements ConnectorProvider {

  private static final List<String> ORG_AND_CREDENTIAL_SETTINGS =
      List.of("org", "tokenEnv", "tokenFile", "clientId", "privateKeyFile");

  private final Function<String, @Nullable String> environment;
  private final Path homeDirectory;

  /** Creates the provider reading the process environment; {@link java.util.ServiceLoader} calls this. */
  public OktaConnectorProvider() {
    this(System::getenv, Path.of(System.getProperty("user.home")));
  }

  /**
   * Creates the provider with another environment, for tests.
   *
   * @param environment returns an environment variable's value, or {@code null}
   */
  public OktaConnectorProvider(Function<String, @Nullable String> environment) {
    this(environment, Path.of(System.getProperty("user.home")));
  }

  /**
   * Creates the provider with another environment and home directory, for tests.
   *
   * @param environment returns an environment variable's value, or {@code null}
   * @param homeDirectory the directory whose {@code .okta/okta.yaml} {@code fromEnvironment=true}
   *     reads
   */
  public OktaConnectorProvider(Function<String, @Nullable String> environment, Path homeDirectory) {
    this.environment = Objects.requireNonNull(environment, "environment");
    this.homeDirectory = Objects.requireNonNull(homeDirectory, "homeDirectory");
  }

  @Override
  public String id() {
    return OktaConnector.ID;
  }

  @Override
  public String displayName() {
    return "Okta";
  }

  @Override
  public Connector open(ConnectorContext context) {
    OktaOrg.Parser parser = OktaOrg.parser();
    if (context.setting("allowLoopback").map(Boolean::parseBoolean).orElse(false)) {
      parser = parser.allowLoopbackForTesting();
    }
    OktaOrg org;
    OktaCredentials credentials;
    if (context.setting("fromEnvironment").map(Boolean::parseBoolean).orElse(false)) {
      refuseOtherSources(context);
      OktaEnvironment.Settings found =
          OktaEnvironment.of(environment, homeDirectory).withOrgParser(parser).read();
      org = found.org();
      credentials = found.credentials();
    } else {
      String orgText = context.setting("org").or(() -> context.setting("tenant")).orElse(null);
      if (orgText == null) {
        throw new InvalidConfigurationException("org",
            "The setting 'org' is required: the Okta domain, e.g. acme.okta.com; or set "
                + "fromEnvironment=true to read OKTA_CLIENT_ORGURL and ~/.okta/okta.yaml");
      }
      org = parser.parse(orgText);
      credentials = context.service(OktaCredentials.class)
          .or(() -> context.service(Secret.class).map(secret -> fromSecret(context, secret)))
          .orElseGet(() -> credentials(context));
    }
    OktaConnectorOptions.Builder options = context.service(OktaConnectorOptions.class)
        .map(OktaConnectorOptions::toBuilder).orElseGet(OktaConnectorOptions::builder);
    try {
      context.setting("concurrency").map(Integer::parseInt).ifPresent(options::concurrency);
      context.setting("bucketShare").map(Double::parseDouble).ifPresent(options::bucketShare);
    } catch (NumberFormatException e) {
      throw new InvalidConfigurationException("concurrency", "concurrency and bucketShare must be numbers: " + e.getMessage());
    }
    if (context.setting("factors").map("everyone"::equalsIgnoreCase).orElse(false)) {
      options.factorsForEveryone(true);
    }
    return OktaConnector.open(org, credentials, options.build());
  }

  private static void refuseOtherSources(ConnectorContext context) {
    for (String setting : ORG_AND_CREDENTIAL_SETTINGS) {
      if (context.setting(setting).isPresent()) {
        throw new InvalidConfigurationException(setting, "fromEnvironment=true reads the org and "
            + "the credentials from the OKTA_CLIENT_* variables and ~/.okta/okta.yaml; drop the "
            + "setting '" + setting + "' or drop fromEnvironment");
      }
    }
    if (context.service(OktaCredentials.class).isPresent()
        || context.service(Secret.class).isPresent()) {
      throw new InvalidConfigurationException("fromEnvironment", "fromEnvironment=true reads the "
          + "credentials from the OKTA_CLIENT_* variables and ~/.okta/okta.yaml; do not pass "
          + "credentials as a service of the context as well");
    }
  }

  private OktaCredentials credentials(ConnectorContext context) {
    if (context.setting("tokenEnv").isPresent()) {
      String name = context.setting("tokenEnv").get();
      String value = environment.apply(name);
      if (value == null || value.isBlank()) {
        throw new InvalidConfigurationException("tokenEnv",
            "The environment variable " + name + " is not set; export the API token in it, or use tokenFile");
      }
      return OktaCredentials.apiToken(Secret.of(value.trim()));
    }
    if (context.setting("tokenFile").isPresent()) {
      return OktaCredentials.apiToken(Secret.of(read(Path.of(context.setting("tokenFile").get()), "tokenFile")));
    }
    if (context.setting("clientId").isPresent()) {
      OktaCredentials.ServiceApp.Builder app = OktaCredentials.serviceApp()
          .clientId(context.setting("clientId").get())
          .privateKey(OktaPrivateKey.fromFile(Path.of(context.requireSetting("privateKeyFile"))))
          .scopeNames(Arrays.asList(context.requireSetting("scopes").trim().split("[\\s,]+")));
      context.setting("keyId").ifPresent(app::keyId);
      return app.build();
    }
    throw new InvalidConfigurationException("credentials",
        "No Okta credentials: set tokenEnv or tokenFile for an API token, clientId with privateKeyFile and"
            + " scopes for a service app, or pass OktaCredentials as a service of the context");
  }

  /**
   * Credentials from a secret the integration registry resolved: an API token, or, when the
   * integration has a {@code clientId} setting, the private key of a service app.
   */
  private static OktaCredentials fromSecret(ConnectorContext context, Secret secret) {
    if (context.setting("clientId").isEmpty()) {
      return OktaCredentials.apiToken(Secret.of(secret.reveal().trim()));
    }
    OktaCredentials.ServiceApp.Builder app = OktaCredentials.serviceApp()
        .clientId(context.setting("clientId").get())
        .privateKey(OktaPrivateKey.parse(Secret.of(secret.reveal())))
        .scopeNames(Arrays.asList(context.requireSetting("scopes").trim().split("[\\s,]+")));
    context.setting("keyId").ifPresent(app::keyId);
    return app.build();
  }

  private static String read(Path file, String setting) {
    try {
      String value = Files.readString(file, StandardCharsets.UTF_8).trim();
      if (value.isEmpty()) {
        throw new InvalidConfigurationException(setting, "The file " + file + " is empty; put the API token in it");
      }
      return value;
    } catch (IOException e) {
      throw new InvalidConfigurationException(setting, "Cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
