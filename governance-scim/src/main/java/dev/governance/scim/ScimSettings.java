package dev.governance.scim;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.internal.Quoted;
import dev.governance.core.spi.ConnectorSettings;
import dev.governance.core.spi.Setting;
import dev.governance.core.spi.SettingType;
import dev.governance.core.spi.SettingValues;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The settings {@link ScimConnectorProvider} accepts. Defaults come from {@link
 * ScimConnectorOptions#builder()} and ranges are checked by it, so that each lives in one place.
 */
final class ScimSettings {
  private static final ScimConnectorOptions DEFAULTS = ScimConnectorOptions.builder()
      .url("https://scim.example.com").credentials(ScimCredentials.bearer(dev.governance.core.Secret.of("x")))
      .build();

  static final Setting<String> URL = Setting.builder("url", SettingType.string()).alias("tenant")
      .required().description("The SCIM base URL, below which /Users and /ServiceProviderConfig are,"
          + " e.g. https://scim.example.com/scim/v2").build();
  static final Setting<Boolean> ALLOW_LOOPBACK = Setting.builder("allowLoopback", SettingType.bool())
      .defaultValue(false)
      .description("Accept a plain-http loopback URL, such as a fake SCIM server on this machine")
      .build();
  static final Setting<String> TOKEN_ENV = Setting.builder("tokenEnv", SettingType.string())
      .secretReference().description("The environment variable that holds a bearer token").build();
  static final Setting<Path> TOKEN_FILE = Setting.builder("tokenFile", SettingType.path())
      .secretReference().description("A file that holds a bearer token").build();
  static final Setting<String> USERNAME = Setting.builder("username", SettingType.string())
      .description("The user name for HTTP basic authentication, with passwordEnv or passwordFile")
      .build();
  static final Setting<String> PASSWORD_ENV = Setting.builder("passwordEnv", SettingType.string())
      .secretReference().description("The environment variable that holds the basic password").build();
  static final Setting<Path> PASSWORD_FILE = Setting.builder("passwordFile", SettingType.path())
      .secretReference().description("A file that holds the basic password").build();
  static final Setting<Integer> PAGE_SIZE = Setting.builder("pageSize", SettingType.integer())
      .defaultValue(DEFAULTS.pageSize())
      .description("The count asked for per page, 1 to " + ScimConnectorOptions.MAX_PAGE_SIZE
          + "; servers may return fewer").build();
  static final Setting<Duration> CONNECT_TIMEOUT = Setting.builder("connectTimeout", SettingType.duration())
      .defaultValue(DEFAULTS.connectTimeout()).description("How long to wait for a connection").build();
  static final Setting<Duration> READ_TIMEOUT = Setting.builder("readTimeout", SettingType.duration())
      .defaultValue(DEFAULTS.readTimeout()).description("How long to wait for an answer").build();
  static final Setting<Integer> MAX_RETRIES = Setting.builder("maxRetries", SettingType.integer())
      .defaultValue(DEFAULTS.maxRetries())
      .description("How often one request is retried after a 429, a 5xx or a broken connection, 0 to "
          + ScimConnectorOptions.MAX_RETRIES).build();
  static final Setting<Duration> RETRY_BACKOFF = Setting.builder("retryBackoff", SettingType.duration())
      .defaultValue(DEFAULTS.retryBackoff())
      .description("The first wait before a transiently failed request is sent again, doubling after")
      .build();
  static final Setting<Duration> MAX_RETRY_AFTER = Setting.builder("maxRetryAfter", SettingType.duration())
      .defaultValue(DEFAULTS.maxRetryAfter())
      .description("The longest Retry-After of a 429 that is waited for before giving up").build();

  static final List<Setting<?>> CREDENTIALS =
      List.of(TOKEN_ENV, TOKEN_FILE, USERNAME, PASSWORD_ENV, PASSWORD_FILE);

  static final ConnectorSettings SETTINGS = ConnectorSettings.of(URL, ALLOW_LOOPBACK, TOKEN_ENV,
      TOKEN_FILE, USERNAME, PASSWORD_ENV, PASSWORD_FILE, PAGE_SIZE, CONNECT_TIMEOUT, READ_TIMEOUT,
      MAX_RETRIES, RETRY_BACKOFF, MAX_RETRY_AFTER).withCheck(values -> tuning(values,
          ScimConnectorOptions.builder()));

  private ScimSettings() {}

  /**
   * Applies the tuning settings given to a builder; the builder checks each value's range.
   *
   * @param values the parsed settings
   * @param b the builder
   * @return the builder
   * @throws InvalidConfigurationException naming every setting the builder refused
   */
  static ScimConnectorOptions.Builder tuning(SettingValues values, ScimConnectorOptions.Builder b) {
    List<InvalidConfigurationException> problems = new ArrayList<>();
    apply(values, PAGE_SIZE, b::pageSize, problems);
    apply(values, CONNECT_TIMEOUT, b::connectTimeout, problems);
    apply(values, READ_TIMEOUT, b::readTimeout, problems);
    apply(values, MAX_RETRIES, b::maxRetries, problems);
    apply(values, RETRY_BACKOFF, b::retryBackoff, problems);
    apply(values, MAX_RETRY_AFTER, b::maxRetryAfter, problems);
    if (!problems.isEmpty()) {
      throw InvalidConfigurationException.combine(problems);
    }
    return b;
  }

  private static <T> void apply(SettingValues values, Setting<T> setting, Consumer<T> target,
      List<InvalidConfigurationException> problems) {
    if (!values.isGiven(setting)) {
      return;
    }
    try {
      target.accept(values.get(setting).orElseThrow());
    } catch (InvalidConfigurationException e) {
      problems.add(new InvalidConfigurationException(setting.name(), "The setting '"
          + setting.name() + "' is out of range, was "
          + Quoted.quote(values.text(setting.name()).orElse("")) + ": " + e.getMessage(), e));
    }
  }
}
