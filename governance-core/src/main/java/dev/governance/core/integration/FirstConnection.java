package dev.governance.core.integration;

import java.time.Instant;
import java.util.Objects;

/**
 * When an integration first connected to its tenant, and who made it connect.
 *
 * @param at when
 * @param by who: the actor passed to the sync or check
 * @since 0.1
 */
public record FirstConnection(Instant at, String by) {

  /** Validates the components. */
  public FirstConnection {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
  }
}
