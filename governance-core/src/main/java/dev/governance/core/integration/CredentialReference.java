package dev.governance.core.integration;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where an integration's secret (an API token, a private key) is kept. The registry stores only
 * this reference, never the secret; a {@link SecretResolver} reads the secret when a connector is
 * opened.
 *
 * @since 0.1
 */
public sealed interface CredentialReference {

  /**
   * Refers to an environment variable.
   *
   * @param name the variable's name
   * @return the reference
   */
  static CredentialReference environmentVariable(String name) {
    return new EnvironmentVariable(name);
  }

  /**
   * Refers to a file holding the secret.
   *
   * @param path the file
   * @return the reference
   */
  static CredentialReference file(Path path) {
    return new File(path);
  }

  /**
   * Refers to a secret by a name that the caller's {@link SecretResolver} understands, e.g. a key
   * in a vault.
   *
   * @param name the name
   * @return the reference
   */
  static CredentialReference named(String name) {
    return new Named(name);
  }

  /**
   * Describes the reference for people, e.g. {@code environment variable OKTA_TOKEN}. Never
   * contains the secret.
   *
   * @return the description
   */
  String describe();

  /**
   * The secret is the value of an environment variable.
   *
   * @param name the variable's name
   */
  record EnvironmentVariable(String name) implements CredentialReference {
    /** Validates the name. */
    public EnvironmentVariable {
      requireText(name, "environment variable name");
    }

    @Override
    public String describe() {
      return "environment variable " + name;
    }
  }

  /**
   * The secret is the content of a file (surrounding whitespace is ignored).
   *
   * @param path the file
   */
  record File(Path path) implements CredentialReference {
    /** Validates the path. */
    public File {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public String describe() {
      return "file " + path;
    }
  }

  /**
   * The secret is found by name by the caller's resolver.
   *
   * @param name the name
   */
  record Named(String name) implements CredentialReference {
    /** Validates the name. */
    public Named {
      requireText(name, "credential name");
    }

    @Override
    public String describe() {
      return "credential named " + name;
    }
  }

  private static void requireText(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }
}
