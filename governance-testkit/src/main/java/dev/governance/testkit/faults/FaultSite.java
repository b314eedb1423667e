package dev.governance.testkit.faults;

import java.util.Objects;

/**
 * An endpoint the good sync read, where a fault can be put: for HTTP, a method and a path template
 * with the ids replaced, e.g. {@code GET /api/v1/groups/*}{@code /users}.
 *
 * @param endpoint the endpoint, as the target names it
 * @param requests how many requests the good sync sent to it
 * @param laterPages how many of them asked for a later page of a list; 0 when it was never paged
 * @since 0.1
 */
public record FaultSite(String endpoint, int requests, int laterPages) {

  /** Validates the components. */
  public FaultSite {
    Objects.requireNonNull(endpoint, "endpoint");
    if (endpoint.isBlank()) {
      throw new IllegalArgumentException("endpoint must not be blank");
    }
    if (requests < 1 || laterPages < 0 || laterPages >= requests) {
      throw new IllegalArgumentException("a site has at least one request and fewer later pages"
          + " than requests (its first page is one), got requests=" + requests + ", laterPages="
          + laterPages);
    }
  }

  /**
   * Tells whether the good sync read more than one page of a list here.
   *
   * @return {@code true} if a later page was read
   */
  public boolean paged() {
    return laterPages > 0;
  }

  @Override
  public String toString() {
    return endpoint;
  }
}
