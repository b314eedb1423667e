package dev.governance.okta;

import static dev.governance.okta.OktaSettings.ALLOW_LOOPBACK;
import static dev.governance.okta.OktaSettings.CLIENT_ID;
import static dev.governance.okta.OktaSettings.FROM_ENVIRONMENT;
import static dev.governance.okta.OktaSettings.KEY_ID;
import static dev.governance.okta.OktaSettings.ORG;
import static dev.governance.okta.OktaSettings.PRIVATE_KEY_FILE;
import static dev.governance.okta.OktaSettings.SCOPES;
import static dev.governance.okta.OktaSettings.TOKEN_ENV;
import static dev.governance.okta.OktaSettings.TOKEN_FILE;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.Secret;
import dev.governance.core.internal.Quoted;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.ConnectorContext;
import dev.governance.core.spi.ConnectorProvider;
import dev.governance.core.spi.ConnectorSettings;
import dev.governance.core.spi.Setting;
import dev.governance.core.spi.SettingValues;
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
 * through {@link dev.governance.core.Connectors}. {@link #settings()} describes every setting
 * (docs/connectors.md lists them, generated from that description):
 *
 * <ul>
 *   <li>{@code org} (or {@code tenant}, as the integration registry names it): the Okta domain as
 *       people paste it; {@code allowLoopback=true} accepts a plain-http loopback URL, for a fake
 *       tenant;
 *   <li>credentials, one kind of them: a service of type {@link OktaCredentials} in the context;
 *       or a {@link Secret} service (the registry's resolved credential: an API token, or with
 *       {@code clientId} and {@code scopes} a service app's private key); or {@code tokenEnv} (the
 *       name of an environment variable holding an API token) or {@code tokenFile} (a file holding
 *       it); or {@code clientId}, {@code privateKeyFile}, {@code scopes} (space- or
 *       comma-separated) and optionally {@code keyId} for an OAuth service app. A secret is never
 *       a setting itself;
 *   <li>{@code fromEnvironment=true}: the org and the credentials come from where the Okta SDKs
 *       look, the {@code OKTA_CLIENT_*} environment variables and {@code ~/.okta/okta.yaml} (see
 *       {@link OktaEnvironment}), and from nowhere else: giving {@code org} or credentials as well
 *       is refused. Without this setting neither is read;
 *   <li>every option of {@link OktaConnectorOptions}: {@code concurrency}, {@code bucketShare},
 *       {@code readPrincipalRateLimit}, {@code rateLimitWindow}, {@code maxRetries}, {@code
 *       factors} ({@code admins} or {@code everyone}), {@code connectTimeout}, {@code
 *       readTimeout}, {@code preferShorterSync}, {@code retryBackoff}, {@code syncDeadline};
 *       durations as {@code 30s}, {@code 5m}, {@code 4h} or ISO-8601 ({@code PT30S}). The
 *       options' builder checks their ranges. A service of type {@link OktaConnectorOptions} in
 *       the context (e.g. added through {@link
 *       dev.governance.core.integration.IntegrationsBuilder#connectorContext}) is the base the
 *       settings given change; without it, the defaults with the context's clock.
 * </ul>
 *
 * <p>Every problem with the settings is reported at once, in one {@link
 * InvalidConfigurationException}, before any file or variable is read.
 *
 * @since 0.1
 */
public final class OktaConnectorProvider implements ConnectorProvider {

  /** The settings that name a credential's secret or a service app. */
  private static final List<Setting<?>> CREDENTIAL_SETTINGS =
      List.of(TOKEN_ENV, TOKEN_FILE, CLIENT_ID, PRIVATE_KEY_FILE, SCOPES, KEY_ID);

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

  /**
   * Describes the org, credential and option settings this provider accepts.
   *
   * @return the description
   */
  @Override
  public ConnectorSettings settings() {
    return OktaSettings.SETTINGS;
  }

  @Override
  public Connector open(ConnectorContext context) {
    SettingValues values = OktaSettings.SETTINGS.parse(context.settings());
    OktaConnectorOptions options = OktaSettings.options(values, context.service(OktaConnectorOptions.class)
        .map(OktaConnectorOptions::toBuilder).orElseGet(() -> OktaConnectorOptions.builder().clock(context.clock())));
    OktaOrg.Parser parser = OktaOrg.parser();
    if (values.get(ALLOW_LOOPBACK).orElse(false)) {
      parser = parser.allowLoopbackForTesting();
    }
    OktaOrg org;
    OktaCredentials credentials;
    if (values.get(FROM_ENVIRONMENT).orElse(false)) {
      refuseOtherSources(values, context);
      OktaEnvironment.Settings found =
          OktaEnvironment.of(environment, homeDirectory).withOrgParser(parser).read();
      org = found.org();
      credentials = found.credentials();
    } else {
      String orgText = values.get(ORG).orElseThrow(() -> new InvalidConfigurationException("org",
          "The setting 'org' is required: the Okta domain, e.g. acme.okta.com; or set "
              + "fromEnvironment=true to read OKTA_CLIENT_ORGURL and ~/.okta/okta.yaml"));
      try {
        org = parser.parse(orgText);
      } catch (InvalidConfigurationException e) {
        throw new InvalidConfigurationException(ORG.name(), java.util.Objects.requireNonNullElse(e.getMessage(), "the org is not valid"), e);
      }
      credentials = credentials(values, context);
    }
    return OktaConnector.open(org, credentials, options);
  }

  private static void refuseOtherSources(SettingValues values, ConnectorContext context) {
    for (Setting<?> setting : OktaSettings.ORG_AND_CREDENTIALS) {
      if (values.isGiven(setting)) {
        throw new InvalidConfigurationException(setting.name(), "fromEnvironment=true reads the org and "
            + "the credentials from the OKTA_CLIENT_* variables and ~/.okta/okta.yaml; drop the "
            + "setting '" + setting.name() + "' or drop fromEnvironment");
      }
    }
    if (context.service(OktaCredentials.class).isPresent()
        || context.service(Secret.class).isPresent()) {
      throw new InvalidConfigurationException("fromEnvironment", "fromEnvironment=true reads the "
          + "credentials from the OKTA_CLIENT_* variables and ~/.okta/okta.yaml; do not pass "
          + "credentials as a service of the context as well");
    }
  }

  /** Credentials from exactly one source: a service of the context, or settings of one kind. */
  private OktaCredentials credentials(SettingValues values, ConnectorContext context) {
    var given = CREDENTIAL_SETTINGS.stream().filter(values::isGiven).toList();
    var typed = context.service(OktaCredentials.class);
    if (typed.isPresent()) {
      if (!given.isEmpty() || context.service(Secret.class).isPresent()) {
        throw twoSources(given.isEmpty() ? "the Secret service" : "the setting '" + given.get(0).name() + "'",
            "OktaCredentials service");
      }
      return typed.get();
    }
    var secret = context.service(Secret.class);
    if (secret.isPresent()) {
      for (Setting<?> s : List.of(TOKEN_ENV, TOKEN_FILE, PRIVATE_KEY_FILE)) {
        if (values.isGiven(s)) {
          throw twoSources("the setting '" + s.name() + "'", "Secret service (the integration's credential)");
        }
      }
      return fromSecret(values, secret.get());
    }
    int kinds = (values.isGiven(TOKEN_ENV) ? 1 : 0) + (values.isGiven(TOKEN_FILE) ? 1 : 0)
        + (values.isGiven(CLIENT_ID) ? 1 : 0);
    if (kinds > 1) {
      throw new InvalidConfigurationException("credentials", "Give one kind of credentials: tokenEnv,"
          + " tokenFile, or clientId with privateKeyFile and scopes");
    }
    if (values.isGiven(TOKEN_ENV)) {
      refuseServiceAppSettings(values);
      String name = values.get(TOKEN_ENV).orElseThrow();
      String value = environment.apply(name);
      if (value == null || value.isBlank()) {
        throw new InvalidConfigurationException(TOKEN_ENV.name(), "The environment variable "
            + Quoted.quote(name) + " is not set or empty; export the API token in it, or name a file"
            + " that holds it instead");
      }
      return OktaCredentials.apiToken(Secret.of(value.trim()));
    }
    if (values.isGiven(TOKEN_FILE)) {
      refuseServiceAppSettings(values);
      return OktaCredentials.apiToken(Secret.of(readToken(values.get(TOKEN_FILE).orElseThrow())));
    }
    if (values.isGiven(CLIENT_ID)) {
      if (!values.isGiven(PRIVATE_KEY_FILE)) {
        throw new InvalidConfigurationException(PRIVATE_KEY_FILE.name(), "A service app needs"
            + " privateKeyFile (the file of its private key) with clientId");
      }
      OktaPrivateKey key;
      try {
        key = OktaPrivateKey.fromFile(values.get(PRIVATE_KEY_FILE).orElseThrow());
      } catch (InvalidConfigurationException e) {
        throw new InvalidConfigurationException(PRIVATE_KEY_FILE.name(), java.util.Objects.requireNonNullElse(e.getMessage(), "the private key file cannot be read"), e);
      }
      return serviceApp(values, key);
    }
    if (!given.isEmpty()) {
      throw new InvalidConfigurationException(given.get(0).name(), "The setting '"
          + given.get(0).name() + "' belongs to a service app: give clientId as well");
    }
    throw new InvalidConfigurationException("credentials",
        "No Okta credentials: set tokenEnv or tokenFile for an API token, clientId with privateKeyFile and"
            + " scopes for a service app, or pass OktaCredentials as a service of the context");
  }

  /**
   * Credentials from a secret the integration registry resolved: an API token, or, when the
   * integration has a {@code clientId} setting, the private key of a service app.
   */
  private static OktaCredentials fromSecret(SettingValues values, Secret secret) {
    if (!values.isGiven(CLIENT_ID)) {
      refuseServiceAppSettings(values);
      return OktaCredentials.apiToken(Secret.of(secret.reveal().trim()));
    }
    OktaPrivateKey key;
    try {
      key = OktaPrivateKey.parse(Secret.of(secret.reveal()));
    } catch (InvalidConfigurationException e) {
      throw new InvalidConfigurationException("credential", java.util.Objects.requireNonNullElse(e.getMessage(), "the credential is not valid"), e);
    }
    return serviceApp(values, key);
  }

  private static OktaCredentials serviceApp(SettingValues values, OktaPrivateKey key) {
    String scopes = values.get(SCOPES).orElseThrow(() -> new InvalidConfigurationException(
        SCOPES.name(), "A service app needs scopes with clientId, e.g. \"okta.users.read okta.groups.read\""));
    OktaCredentials.ServiceApp.Builder app = OktaCredentials.serviceApp()
        .clientId(values.get(CLIENT_ID).orElseThrow())
        .privateKey(key)
        .scopeNames(Arrays.asList(scopes.split("[\\s,]+")));
    values.get(KEY_ID).ifPresent(app::keyId);
    return app.build();
  }

  /** Refuses {@code scopes} and {@code keyId} with an API token, where they would be ignored. */
  private static void refuseServiceAppSettings(SettingValues values) {
    for (Setting<?> s : List.of(SCOPES, KEY_ID)) {
      if (values.isGiven(s)) {
        throw new InvalidConfigurationException(s.name(), "The setting '" + s.name()
            + "' belongs to a service app, and an API token has no use for it: drop it, or give"
            + " clientId for a service app");
      }
    }
  }

  private static InvalidConfigurationException twoSources(String one, String other) {
    return new InvalidConfigurationException("credentials", "Credentials come from two places, "
        + one + " and the " + other + "; give one");
  }

  private static String readToken(Path file) {
    try {
      String value = Files.readString(file, StandardCharsets.UTF_8).trim();
      if (value.isEmpty()) {
        throw new InvalidConfigurationException(TOKEN_FILE.name(), "The file "
            + Quoted.quote(file.toString()) + " is empty; put the API token in it");
      }
      return value;
    } catch (IOException e) {
      throw new InvalidConfigurationException(TOKEN_FILE.name(), "Cannot read "
          + Quoted.quote(file.toString()) + " (" + e.getClass().getSimpleName()
          + "); give a readable file holding the API token", e);
    }
  }
}
