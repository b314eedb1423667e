package dev.governance.core.integration;

import java.util.Objects;

/**
 * An integration's sync status changed.
 *
 * @param integration the integration, with its new status
 * @param previous the status before
 * @since 0.1
 */
public record StatusChange(Integration integration, SyncStatus previous) {

  /** Validates the components. */
  public StatusChange {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(previous, "previous");
  }

  /**
   * Returns the new status.
   *
   * @return the status
   */
  public SyncStatus current() {
    return integration.status();
  }
}
