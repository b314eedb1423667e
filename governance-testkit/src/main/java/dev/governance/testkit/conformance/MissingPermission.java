package dev.governance.testkit.conformance;

import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.Connector;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Credentials that lack a permission, and the collections they therefore cannot read.
 *
 * @param description what is missing, in plain words, e.g. {@code without okta.apiTokens.read}
 * @param opener opens the connector with those credentials; called once per check that needs it
 * @param unreadable the collections the missing permission keeps from being read
 * @since 0.2
 */
public record MissingPermission(String description, Supplier<? extends Connector> opener,
    Set<InventoryCollection> unreadable) {

  /** Validates and copies the components. */
  public MissingPermission {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(opener, "opener");
    if (unreadable.isEmpty()) {
      throw new IllegalArgumentException("name at least one collection the missing permission keeps unread");
    }
    unreadable = Set.copyOf(unreadable);
  }

  /**
   * Describes credentials missing a permission.
   *
   * @param description what is missing, in plain words
   * @param opener opens the connector with those credentials
   * @param first a collection they cannot read
   * @param more more such collections
   * @return the description
   */
  public static MissingPermission of(String description, Supplier<? extends Connector> opener,
      InventoryCollection first, InventoryCollection... more) {
    return new MissingPermission(description, opener, java.util.EnumSet.of(first, more));
  }
}
