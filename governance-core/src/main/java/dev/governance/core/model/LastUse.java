package dev.governance.core.model;

import java.time.Instant;

/**
 * When a credential was last used, and how that is known.
 *
 * @param at the last use
 * @param source where the value comes from
 * @since 0.1
 */
public record LastUse(Instant at, LastUseSource source) {

  /** Validates the components. */
  public LastUse {
    Checks.present(at, "at");
    Checks.present(source, "source");
  }
}
