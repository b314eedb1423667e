package dev.governance.core.integration;

import java.util.Objects;

/**
 * A secret read through a {@link CredentialReference}, handed to a connector as a service of its
 * {@link dev.governance.core.spi.ConnectorContext} ({@code context.service(ResolvedSecret.class)}).
 * Its {@code toString} is masked, it is not serializable, and the registry never writes it
 * anywhere.
 *
 * @since 0.1
 */
public final class ResolvedSecret {

  private final CredentialReference source;
  private final String value;

  /**
   * Wraps a secret.
   *
   * @param source where it was read from
   * @param value the secret; not blank
   */
  public ResolvedSecret(CredentialReference source, String value) {
    this.source = Objects.requireNonNull(source, "source");
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("the secret read from " + source.describe() + " is blank");
    }
    this.value = value;
  }

  /**
   * Returns where the secret was read from.
   *
   * @return the reference
   */
  public CredentialReference source() {
    return source;
  }

  /**
   * Returns the secret itself. Pass it to the provider's client and nowhere else.
   *
   * @return the secret
   */
  public String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "ResolvedSecret[" + source.describe() + ", value=****]";
  }
}
