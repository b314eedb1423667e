package dev.governance.cli;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.okta.OktaOrg;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options that name an Okta org and its credentials, declared once for every command that
 * needs them ({@code scan}, {@code check}, {@code access}, {@code integrations add}). They become
 * the Okta provider's settings ({@code governance connectors okta} lists them), so that the
 * command opens Okta through {@link dev.governance.core.Connectors} as any application does.
 */
final class OktaOptions {

  /** The option that sets each Okta setting, to name the option in an error about the setting. */
  static final Map<String, String> OPTION_OF_SETTING = Map.of(
      "org", "--org", "allowLoopback", "--allow-loopback", "fromEnvironment", "--okta-env",
      "tokenEnv", "--token-env", "tokenFile", "--token-file", "privateKeyFile", "--private-key-file",
      "clientId", "--client-id", "scopes", "--scopes", "keyId", "--key-id");

  @Option(names = "--org", paramLabel = "URL", description = "The Okta org, as you would paste it, "
      + "e.g. https://acme.okta.com.")
  @Nullable String org;

  @Option(names = "--allow-loopback", description = "Accept a plain-http 127.0.0.1 org, such as a "
      + "tenant served by 'governance fake-okta'.")
  boolean allowLoopback;

  @Mixin SecretOptions secret = new SecretOptions();

  @Option(names = "--client-id", paramLabel = "ID", description = "Client id of an OAuth service app "
      + "(with --private-key-file and --scopes).")
  @Nullable String clientId;

  @Option(names = "--scopes", paramLabel = "SCOPES", description = "Scopes the service app requests, "
      + "space- or comma-separated, e.g. \"okta.users.read okta.groups.read\".")
  @Nullable String scopes;

  @Option(names = "--key-id", paramLabel = "KID", description = "Key id registered with the service "
      + "app (optional).")
  @Nullable String keyId;

  @Option(names = "--setting", paramLabel = "NAME=VALUE", description = "A connector setting, e.g. "
      + "factors=everyone; repeatable ('governance connectors' lists them).")
  Map<String, String> extra = new LinkedHashMap<>();

  /** Tells whether an org or a credential was named. */
  boolean given() {
    return org != null || secret.count() > 0 || clientId != null;
  }

  /** The settings of the service app options and {@code --allow-loopback}, with {@code --setting}s. */
  Map<String, String> connectionSettings() {
    Map<String, String> settings = new LinkedHashMap<>();
    if (allowLoopback) {
      settings.put("allowLoopback", "true");
    }
    if (clientId != null) {
      settings.put("clientId", clientId);
    }
    if (scopes != null) {
      settings.put("scopes", scopes);
    }
    if (keyId != null) {
      settings.put("keyId", keyId);
    }
    return withExtra(settings);
  }

  /** Every option given, as the Okta provider's settings, with {@code --setting}s. */
  Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>(connectionSettings());
    if (org != null) {
      settings.put("org", org);
    }
    settings.putAll(withExtra(secret.settings()));
    return settings;
  }

  /** Adds the {@code --setting}s, refusing one that an option of this command already set. */
  Map<String, String> withExtra(Map<String, String> settings) {
    Map<String, String> all = new LinkedHashMap<>(settings);
    extra.forEach((name, value) -> {
      String option = OPTION_OF_SETTING.get(name);
      if (option != null && given(name)) {
        throw new InvalidConfigurationException("--setting", "--setting " + name + "=… repeats "
            + option + "; give it once");
      }
      all.put(name, value);
    });
    return all;
  }

  private boolean given(String setting) {
    return switch (setting) {
      case "org" -> org != null;
      case "allowLoopback" -> allowLoopback;
      case "tokenEnv" -> secret.tokenEnv != null;
      case "tokenFile" -> secret.tokenFile != null;
      case "privateKeyFile" -> secret.privateKeyFile != null;
      case "clientId" -> clientId != null;
      case "scopes" -> scopes != null;
      case "keyId" -> keyId != null;
      default -> false;
    };
  }

  /**
   * Refuses credentials the command line cannot make work, in the words of its options: none, more
   * than one kind, or a service app without its key or scopes.
   *
   * @param settings the settings the options and {@code --setting}s give
   */
  static void requireOneCredential(Map<String, String> settings) {
    int kinds = (settings.containsKey("tokenEnv") ? 1 : 0) + (settings.containsKey("tokenFile") ? 1 : 0)
        + (settings.containsKey("clientId") ? 1 : 0);
    if (kinds == 0 && settings.containsKey("privateKeyFile")) {
      requireCompleteServiceApp(true, settings);
    }
    if (kinds == 0) {
      throw new InvalidConfigurationException("credentials", "Give credentials: --token-env NAME or "
          + "--token-file PATH for an API token, or --client-id, --private-key-file and --scopes for a "
          + "service app");
    }
    if (kinds > 1) {
      throw new InvalidConfigurationException("credentials", "Give one kind of credentials: "
          + "--token-env, --token-file, or --client-id with --private-key-file");
    }
  }

  /**
   * Refuses a service app without its key or scopes, or a key without a service app.
   *
   * @param keyGiven whether the private key is given (as a file, or as the registry's credential)
   * @param settings the settings the options and {@code --setting}s give
   */
  static void requireCompleteServiceApp(boolean keyGiven, Map<String, String> settings) {
    boolean app = settings.containsKey("clientId");
    if (app != keyGiven || (app && !settings.containsKey("scopes"))) {
      throw new InvalidConfigurationException("--client-id", "A service app needs --client-id, "
          + "--private-key-file PATH and --scopes \"okta.users.read ...\" together; an API token needs "
          + "--token-env or --token-file");
    }
  }

  /**
   * Names the option behind a setting the Okta provider refused, and points to {@code
   * --allow-loopback} when the org is a loopback address that only it accepts.
   *
   * @param e what the provider threw
   * @return the exception to report
   */
  InvalidConfigurationException translate(InvalidConfigurationException e) {
    String option = OPTION_OF_SETTING.get(e.setting());
    if (option == null || e.getSuppressed().length > 0) {
      return e;
    }
    String message = java.util.Objects.requireNonNullElse(e.getMessage(), "the option is not valid");
    if (option.equals("--org") && org != null && !allowLoopback && isLoopback(org)) {
      message += " With this command, add --allow-loopback to read a fake tenant on this machine.";
    }
    return new InvalidConfigurationException(option, message, e);
  }

  /** Tells whether the org names a loopback address, which only --allow-loopback accepts. */
  private static boolean isLoopback(String org) {
    try {
      return OktaOrg.parser().allowLoopbackForTesting().parse(org).kind() == OktaOrg.Kind.LOOPBACK;
    } catch (InvalidConfigurationException notAnOrgEvenThen) {
      return false;
    }
  }
}
