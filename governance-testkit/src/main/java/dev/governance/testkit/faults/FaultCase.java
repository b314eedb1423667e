package dev.governance.testkit.faults;

import java.util.Objects;

/**
 * One sync of the matrix: a fault kind at a site and a position.
 *
 * @param number the case's place in the run, from 1
 * @param kind the fault
 * @param site where
 * @param position which requests
 * @param seed the case's own seed, derived from the matrix's, for the target's choices (e.g.
 *     which later page); the same matrix seed gives every case the same seed
 * @since 0.1
 */
public record FaultCase(int number, FaultKind kind, FaultSite site, FaultPosition position, long seed) {

  /** Validates the components. */
  public FaultCase {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(position, "position");
    if (number < 1) {
      throw new IllegalArgumentException("number starts at 1, got " + number);
    }
    if (!position.appliesTo(site)) {
      throw new IllegalArgumentException("the position " + position + " needs a paged site; "
          + site + " was not paged");
    }
  }

  /**
   * Tells whether the connector must end this case as the good sync did: a fault it must absorb,
   * on one request once.
   *
   * @return {@code true} if only an equal sync passes
   */
  public boolean mustBeAbsorbed() {
    return kind.mustBeAbsorbed() && position.once();
  }

  /**
   * Describes the case, e.g. {@code #12 503 at GET /api/v1/users, a later page}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "#" + number + " " + kind.name() + " at " + site.endpoint() + ", " + position.label();
  }
}
