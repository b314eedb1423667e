package dev.governance.testkit.faults;

import java.util.Objects;

/**
 * A kind of fault a {@link FaultTarget} can put at a site, e.g. a 503 or a dropped connection.
 *
 * @param name a short name for reports, e.g. {@code 503} or {@code connection reset}
 * @param mustBeAbsorbed whether a connector must absorb the fault when it hits one request once:
 *     retry it away and end with everything the good sync read. Transient failures (a 429, a 5xx,
 *     a dropped connection, a cut or garbled body) must be; others (a revoked credential) need
 *     only be reported honestly
 * @since 0.1
 */
public record FaultKind(String name, boolean mustBeAbsorbed) {

  /** Validates the components. */
  public FaultKind {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
