package dev.governance.core.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretResolverTest {

  @TempDir Path dir;

  private final SecretResolver resolver = SecretResolver.of(
      Map.of("TOKEN", "env-secret")::get, name -> Optional.ofNullable(Map.of("vault/acme", "vault-secret").get(name)));

  @Test
  void environmentVariableFileAndNameAreRead() throws Exception {
    Path file = Files.writeString(dir.resolve("token"), "  file-secret\n");
    assertThat(resolver.resolve(CredentialReference.environmentVariable("TOKEN")).reveal()).isEqualTo("env-secret");
    assertThat(resolver.resolve(CredentialReference.file(file)).reveal()).isEqualTo("file-secret");
    assertThat(resolver.resolve(CredentialReference.named("vault/acme")).reveal()).isEqualTo("vault-secret");
  }

  @Test
  void missingFileIsNamedWithoutItsContent() {
    assertThatThrownBy(() -> resolver.resolve(CredentialReference.file(dir.resolve("absent"))))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("absent")
        .hasMessageContaining("exists");
  }

  @Test
  void unknownNameSaysToPassAResolver() {
    assertThatThrownBy(() -> SecretResolver.standard().resolve(CredentialReference.named("vault/x")))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("SecretResolver");
  }

  @Test
  void resolvedSecretIsMaskedInText() {
    Secret secret = resolver.resolve(CredentialReference.environmentVariable("TOKEN"));
    assertThat(secret.toString()).doesNotContain("env-secret").isEqualTo(Secret.MASK);
    assertThat(secret.reveal()).isEqualTo("env-secret");
  }

  @Test
  void blankReferencesAreRefused() {
    assertThatThrownBy(() -> CredentialReference.environmentVariable(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
