package dev.governance.scim;

import static dev.governance.scim.ScimSettings.ALLOW_LOOPBACK;
import static dev.governance.scim.ScimSettings.PASSWORD_ENV;
import static dev.governance.scim.ScimSettings.PASSWORD_FILE;
import static dev.governance.scim.ScimSettings.TOKEN_ENV;
import static dev.governance.scim.ScimSettings.TOKEN_FILE;
import static dev.governance.scim.ScimSettings.URL;
import static dev.governance.scim.ScimSettings.USERNAME;

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
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Opens {@link ScimConnector}s by the id {@code scim}, found through {@link
 * java.util.ServiceLoader} or registered explicitly. {@link #settings()} describes every setting:
 *
 * <ul>
 *   <li>{@code url} (or {@code tenant}, as the integration registry names it): the SCIM base URL;
 *       {@code allowLoopback=true} accepts plain http on a loopback address;
 *   <li>credentials, one kind of them: a bearer token from {@code tokenEnv} (an environment
 *       variable's name) or {@code tokenFile} (a file); or {@code username} with {@code
 *       passwordEnv} or {@code passwordFile} for basic authentication; or a {@link Secret} service
 *       in the context (the registry's resolved credential: a bearer token, or with {@code
 *       username} the password). A secret is never a setting itself;
 *   <li>{@code pageSize}, {@code connectTimeout}, {@code readTimeout}, {@code maxRetries}, {@code
 *       retryBackoff}, {@code maxRetryAfter}, whose ranges {@link ScimConnectorOptions.Builder}
 *       checks.
 * </ul>
 *
 * <p>Settings are checked all at once before any variable or file is read.
 *
 * @since 0.1
 */
public final class ScimConnectorProvider implements ConnectorProvider {
  private final Function<String, @Nullable String> environment;

  /** Creates the provider reading the process environment; {@link java.util.ServiceLoader} calls this. */
  public ScimConnectorProvider() {
    this(System::getenv);
  }

  /**
   * Creates the provider with another environment, for tests.
   *
   * @param environment returns an environment variable's value, or {@code null}
   */
  public ScimConnectorProvider(Function<String, @Nullable String> environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  @Override
  public String id() {
    return ScimConnector.ID;
  }

  @Override
  public String displayName() {
    return "SCIM 2.0";
  }

  /**
   * Describes the URL, credential and tuning settings this provider accepts.
   *
   * @return the description
   */
  @Override
  public ConnectorSettings settings() {
    return ScimSettings.SETTINGS;
  }

  @Override
  public Connector open(ConnectorContext context) {
    SettingValues values = ScimSettings.SETTINGS.parse(context.settings());
    ScimConnectorOptions.Builder b = ScimSettings.tuning(values,
        ScimConnectorOptions.builder().clock(context.clock()));
    b.url(values.get(URL).orElseThrow()).allowLoopback(values.get(ALLOW_LOOPBACK).orElse(false));
    b.credentials(credentials(values, context));
    return ScimConnector.open(b.build());
  }

  private ScimCredentials credentials(SettingValues values, ConnectorContext context) {
    List<Setting<?>> given = ScimSettings.CREDENTIALS.stream().filter(values::isGiven).toList();
    var secret = context.service(Secret.class);
    boolean token = values.isGiven(TOKEN_ENV) || values.isGiven(TOKEN_FILE);
    boolean basic = values.isGiven(USERNAME) || values.isGiven(PASSWORD_ENV) || values.isGiven(PASSWORD_FILE);
    if (token && basic) {
      throw new InvalidConfigurationException("credentials", "Give one kind of credentials: tokenEnv"
          + " or tokenFile for a bearer token, or username with passwordEnv or passwordFile");
    }
    if (values.isGiven(TOKEN_ENV) && values.isGiven(TOKEN_FILE)) {
      throw new InvalidConfigurationException(TOKEN_FILE.name(), "Give tokenEnv or tokenFile, not both");
    }
    if (values.isGiven(PASSWORD_ENV) && values.isGiven(PASSWORD_FILE)) {
      throw new InvalidConfigurationException(PASSWORD_FILE.name(), "Give passwordEnv or passwordFile,"
          + " not both");
    }
    if (secret.isPresent()) {
      Setting<?> other = given.stream().filter(s -> s != USERNAME).findFirst().orElse(null);
      if (other != null) {
        throw new InvalidConfigurationException(other.name(), "The credential comes from the Secret"
            + " service (the integration's credential); drop the setting '" + other.name() + "'");
      }
      return values.isGiven(USERNAME)
          ? ScimCredentials.basic(values.get(USERNAME).orElseThrow(), secret.get())
          : ScimCredentials.bearer(secret.get());
    }
    if (values.isGiven(TOKEN_ENV)) {
      return ScimCredentials.bearer(fromEnv(TOKEN_ENV, values.get(TOKEN_ENV).orElseThrow(), "bearer token"));
    }
    if (values.isGiven(TOKEN_FILE)) {
      return ScimCredentials.bearer(fromFile(TOKEN_FILE, values.get(TOKEN_FILE).orElseThrow(), "bearer token"));
    }
    if (basic) {
      if (!values.isGiven(USERNAME)) {
        throw new InvalidConfigurationException(USERNAME.name(), "Basic authentication needs username"
            + " with passwordEnv or passwordFile");
      }
      String username = values.get(USERNAME).orElseThrow();
      Secret password;
      if (values.isGiven(PASSWORD_ENV)) {
        password = fromEnv(PASSWORD_ENV, values.get(PASSWORD_ENV).orElseThrow(), "password");
      } else if (values.isGiven(PASSWORD_FILE)) {
        password = fromFile(PASSWORD_FILE, values.get(PASSWORD_FILE).orElseThrow(), "password");
      } else {
        throw new InvalidConfigurationException(PASSWORD_ENV.name(), "Basic authentication needs"
            + " passwordEnv or passwordFile with username");
      }
      try {
        return ScimCredentials.basic(username, password);
      } catch (IllegalArgumentException e) {
        throw new InvalidConfigurationException(USERNAME.name(), String.valueOf(e.getMessage()), e);
      }
    }
    throw new InvalidConfigurationException("credentials", "The SCIM connector needs credentials:"
        + " tokenEnv or tokenFile for a bearer token, or username with passwordEnv or passwordFile");
  }

  private Secret fromEnv(Setting<?> setting, String name, String what) {
    String value = environment.apply(name);
    if (value == null || value.isBlank()) {
      throw new InvalidConfigurationException(setting.name(), "The environment variable "
          + Quoted.quote(name) + " is not set or empty; export the " + what + " in it, or name a"
          + " file that holds it instead");
    }
    return Secret.of(value.strip());
  }

  private static Secret fromFile(Setting<?> setting, Path file, String what) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new InvalidConfigurationException(setting.name(), "The file "
          + Quoted.quote(file.toString()) + " cannot be read (" + e.getClass().getSimpleName()
          + "); it should hold the " + what, e);
    }
    if (text.isEmpty()) {
      throw new InvalidConfigurationException(setting.name(), "The file "
          + Quoted.quote(file.toString()) + " is empty; it should hold the " + what);
    }
    return Secret.of(text);
  }
}
