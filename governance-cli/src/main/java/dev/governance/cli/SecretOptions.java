package dev.governance.cli;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.integration.CredentialReference;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * Where a credential's secret is, declared once for every command that takes one. Secrets are never
 * arguments (arguments show in {@code ps} and shell history): an API token comes from an
 * environment variable or a file, a service app's private key from a file.
 */
final class SecretOptions {

  @Option(names = "--token-env", paramLabel = "NAME", description = "Environment variable holding an API token.")
  @Nullable String tokenEnv;

  @Option(names = "--token-file", paramLabel = "PATH", description = "File holding an API token.")
  @Nullable Path tokenFile;

  @Option(names = "--private-key-file", paramLabel = "PATH", description = "File holding a service "
      + "app's private key (PEM or JWK).")
  @Nullable Path privateKeyFile;

  /** How many of the options were given. */
  int count() {
    return (tokenEnv != null ? 1 : 0) + (tokenFile != null ? 1 : 0) + (privateKeyFile != null ? 1 : 0);
  }

  /** The options given, as the Okta provider's settings. */
  Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    if (tokenEnv != null) {
      settings.put("tokenEnv", tokenEnv);
    }
    if (tokenFile != null) {
      settings.put("tokenFile", tokenFile.toString());
    }
    if (privateKeyFile != null) {
      settings.put("privateKeyFile", privateKeyFile.toString());
    }
    return settings;
  }

  /**
   * Where the secret is, for the integration registry, which reads it only when it connects.
   *
   * @throws InvalidConfigurationException unless exactly one option was given
   */
  CredentialReference reference() {
    if (count() != 1) {
      throw new InvalidConfigurationException("credentials", (count() == 0 ? "Say where the secret is"
          : "Give one place for the secret") + ": --token-env NAME or --token-file PATH for an API "
          + "token, or --private-key-file PATH for a service app's key");
    }
    if (tokenEnv != null) {
      return CredentialReference.environmentVariable(tokenEnv);
    }
    // count() == 1 and no --token-env: one of the two files was given.
    return CredentialReference.file(java.util.Objects.requireNonNull(tokenFile != null ? tokenFile : privateKeyFile));
  }
}
