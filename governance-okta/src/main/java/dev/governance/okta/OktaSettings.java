package dev.governance.okta;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.internal.Quoted;
import dev.governance.core.spi.ConnectorSettings;
import dev.governance.core.spi.Setting;
import dev.governance.core.spi.SettingType;
import dev.governance.core.spi.SettingValues;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The settings {@link OktaConnectorProvider} accepts, and how they become {@link
 * OktaConnectorOptions}. Defaults are read from {@link OktaConnectorOptions#defaults()} and ranges
 * are checked by its builder, so that each lives in one place.
 */
final class OktaSettings {

  private static final OktaConnectorOptions DEFAULTS = OktaConnectorOptions.defaults();

  static final Setting<String> ORG = Setting.builder("org", SettingType.string()).alias("tenant")
      .description("The Okta org as people paste it, e.g. acme.okta.com; required unless"
          + " fromEnvironment=true").build();
  static final Setting<Boolean> ALLOW_LOOPBACK = Setting.builder("allowLoopback", SettingType.bool())
      .defaultValue(false)
      .description("Accept a plain-http loopback org, such as a fake tenant on this machine").build();
  static final Setting<Boolean> FROM_ENVIRONMENT = Setting.builder("fromEnvironment", SettingType.bool())
      .defaultValue(false)
      .description("Read the org and credentials from the OKTA_CLIENT_* variables and"
          + " ~/.okta/okta.yaml, and from nowhere else").build();
  static final Setting<String> TOKEN_ENV = Setting.builder("tokenEnv", SettingType.string())
      .secretReference().description("The environment variable that holds an API token").build();
  static final Setting<Path> TOKEN_FILE = Setting.builder("tokenFile", SettingType.path())
      .secretReference().description("A file that holds an API token").build();
  static final Setting<String> CLIENT_ID = Setting.builder("clientId", SettingType.string())
      .description("The client id of an OAuth 2.0 service app signing in with private_key_jwt").build();
  static final Setting<Path> PRIVATE_KEY_FILE = Setting.builder("privateKeyFile", SettingType.path())
      .secretReference().description("A file that holds the service app's private key, PEM or JWK").build();
  static final Setting<String> SCOPES = Setting.builder("scopes", SettingType.string())
      .description("The OAuth scopes the service app requests, separated by spaces or commas").build();
  static final Setting<String> KEY_ID = Setting.builder("keyId", SettingType.string())
      .description("The key id registered with the service app, if the key does not carry it").build();
  static final Setting<Integer> CONCURRENCY = Setting.builder("concurrency", SettingType.integer())
      .defaultValue(DEFAULTS.concurrency())
      .description("The most requests in flight at once, 1 to " + OktaConnectorOptions.MAX_CONCURRENCY)
      .build();
  static final Setting<Double> BUCKET_SHARE = Setting.builder("bucketShare", SettingType.decimal())
      .defaultValue(DEFAULTS.bucketShare())
      .description("The share of each rate-limit bucket spent per window when Okta does not say"
          + " this principal's share, e.g. 0.5 for half").build();
  static final Setting<Boolean> READ_PRINCIPAL_RATE_LIMIT =
      Setting.builder("readPrincipalRateLimit", SettingType.bool())
          .defaultValue(DEFAULTS.readPrincipalRateLimit())
          .description("Read this principal's share from Okta's principal rate limits API and pace"
              + " to it").build();
  static final Setting<Duration> RATE_LIMIT_WINDOW = Setting.builder("rateLimitWindow", SettingType.duration())
      .defaultValue(DEFAULTS.rateLimitWindow())
      .description("The length of Okta's rate-limit window; shorter only against a time-scaled"
          + " fake tenant").build();
  static final Setting<Integer> MAX_RETRIES = Setting.builder("maxRetries", SettingType.integer())
      .defaultValue(DEFAULTS.maxRetries())
      .description("How often one request is retried after a 429 or a transient failure, 0 to "
          + OktaConnectorOptions.MAX_RETRIES).build();
  static final Setting<String> FACTORS = Setting.builder("factors", SettingType.oneOf("admins", "everyone"))
      .defaultValue(DEFAULTS.factorsForEveryone() ? "everyone" : "admins")
      .description("Whose authentication factors are read: admins only, or everyone (one call per"
          + " user)").build();
  static final Setting<Duration> CONNECT_TIMEOUT = Setting.builder("connectTimeout", SettingType.duration())
      .defaultValue(DEFAULTS.connectTimeout()).description("How long to wait for a connection").build();
  static final Setting<Duration> READ_TIMEOUT = Setting.builder("readTimeout", SettingType.duration())
      .defaultValue(DEFAULTS.readTimeout()).description("How long to wait for an answer")
      .build();
  static final Setting<Boolean> PREFER_SHORTER_SYNC = Setting.builder("preferShorterSync", SettingType.bool())
      .defaultValue(DEFAULTS.preferShorterSync())
      .description("Spend more calls in roomy buckets to spend fewer in the scarce apps bucket,"
          + " for a shorter sync").build();
  static final Setting<Duration> RETRY_BACKOFF = Setting.builder("retryBackoff", SettingType.duration())
      .defaultValue(DEFAULTS.retryBackoff())
      .description("The first wait before a transiently failed request is sent again, doubling"
          + " after; 0 to " + SettingType.duration().format(OktaConnectorOptions.MAX_RETRY_BACKOFF))
      .build();
  static final Setting<Duration> SYNC_DEADLINE = Setting.builder("syncDeadline", SettingType.duration())
      .defaultValue(DEFAULTS.syncDeadline())
      .description("How long one sync may wait for Okta's rate limits to reset").build();

  /** The settings that name the org or a credential, which {@code fromEnvironment} excludes. */
  static final List<Setting<?>> ORG_AND_CREDENTIALS =
      List.of(ORG, TOKEN_ENV, TOKEN_FILE, CLIENT_ID, PRIVATE_KEY_FILE, SCOPES, KEY_ID);

  /**
   * Every setting, in the order tables list them; parsing also builds the options, so that a value
   * out of the builder's range is refused wherever settings are validated.
   */
  static final ConnectorSettings SETTINGS = ConnectorSettings.of(
      ORG, ALLOW_LOOPBACK, FROM_ENVIRONMENT, TOKEN_ENV, TOKEN_FILE, CLIENT_ID, PRIVATE_KEY_FILE,
      SCOPES, KEY_ID, CONCURRENCY, BUCKET_SHARE, READ_PRINCIPAL_RATE_LIMIT, RATE_LIMIT_WINDOW,
      MAX_RETRIES, FACTORS, CONNECT_TIMEOUT, READ_TIMEOUT, PREFER_SHORTER_SYNC, RETRY_BACKOFF,
      SYNC_DEADLINE).withCheck(values -> options(values, Clock.systemUTC()));

  private OktaSettings() {}

  /**
   * Builds the options the settings give; the builder checks each value's range.
   *
   * @param values the parsed settings
   * @param clock the clock lifecycle actions record their time by
   * @return the options
   * @throws InvalidConfigurationException naming every setting the builder refused
   */
  static OktaConnectorOptions options(SettingValues values, Clock clock) {
    return options(values, OktaConnectorOptions.builder().clock(clock));
  }

  /**
   * Applies the given settings over a base.
   *
   * @param values the parsed settings
   * @param b the base options, changed by the settings given
   * @return the options
   */
  static OktaConnectorOptions options(SettingValues values, OktaConnectorOptions.Builder b) {
    List<InvalidConfigurationException> problems = new ArrayList<>();
    apply(values, CONCURRENCY, b::concurrency, problems);
    apply(values, BUCKET_SHARE, b::bucketShare, problems);
    apply(values, READ_PRINCIPAL_RATE_LIMIT, b::readPrincipalRateLimit, problems);
    apply(values, RATE_LIMIT_WINDOW, b::rateLimitWindow, problems);
    apply(values, MAX_RETRIES, b::maxRetries, problems);
    apply(values, FACTORS, f -> b.factorsForEveryone(f.equals("everyone")), problems);
    apply(values, CONNECT_TIMEOUT, b::connectTimeout, problems);
    apply(values, READ_TIMEOUT, b::readTimeout, problems);
    apply(values, PREFER_SHORTER_SYNC, b::preferShorterSync, problems);
    apply(values, RETRY_BACKOFF, b::retryBackoff, problems);
    apply(values, SYNC_DEADLINE, b::syncDeadline, problems);
    if (!problems.isEmpty()) {
      throw InvalidConfigurationException.combine(problems);
    }
    return b.build();
  }

  /** Passes a given setting's value to the builder, and records its refusal as the setting's. */
  private static <T> void apply(SettingValues values, Setting<T> setting, Consumer<T> target,
      List<InvalidConfigurationException> problems) {
    if (!values.isGiven(setting)) {
      return; // the builder's default, which the description shows
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
