package dev.governance.core.integration;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads the secret a {@link CredentialReference} points to. A product that keeps secrets in a
 * vault implements this (or passes a lookup to {@link #of}) for {@link
 * CredentialReference.Named} references.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface SecretResolver {

  /**
   * Reads a secret.
   *
   * @param reference where it is
   * @return the secret
   * @throws InvalidConfigurationException if it cannot be found or read; the message names the
   *     reference, never a secret
   */
  Secret resolve(CredentialReference reference);

  /**
   * Returns a resolver for environment variables and files only; named references fail.
   *
   * @return the resolver
   */
  static SecretResolver standard() {
    return of(System::getenv, name -> Optional.empty());
  }

  /**
   * Returns a resolver that reads environment variables through {@code environment}, files from
   * disk, and named secrets through {@code named}.
   *
   * @param environment the environment, e.g. {@code System::getenv} or a map's {@code get}
   * @param named finds a named secret; empty when it does not know the name
   * @return the resolver
   */
  static SecretResolver of(
      Function<String, @Nullable String> environment, Function<String, Optional<String>> named) {
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(named, "named");
    return reference -> {
      String value;
      if (reference instanceof CredentialReference.EnvironmentVariable e) {
        value = environment.apply(e.name());
      } else if (reference instanceof CredentialReference.File f) {
        try {
          value = Files.readString(f.path(), StandardCharsets.UTF_8).strip();
        } catch (IOException ex) {
          throw new InvalidConfigurationException("credential", "Cannot read the credential from "
              + reference.describe() + " (" + ex.getClass().getSimpleName()
              + "); check that the file exists and is readable", null);
        }
      } else {
        value = named.apply(((CredentialReference.Named) reference).name()).orElse(null);
      }
      if (value == null || value.isBlank()) {
        throw new InvalidConfigurationException("credential", "No secret found in "
            + reference.describe() + (reference instanceof CredentialReference.Named
                ? "; pass a SecretResolver that knows this name to Integrations.builder()"
                : "; set it to the tenant's credential"));
      }
      return Secret.of(value);
    };
  }
}
