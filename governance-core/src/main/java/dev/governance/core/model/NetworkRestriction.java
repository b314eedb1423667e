package dev.governance.core.model;

import java.util.Set;

/**
 * Where an {@link ApiToken} may be used from.
 *
 * @param connection {@code ANYWHERE}, or the kind of restriction the provider applies (Okta:
 *     {@code ZONE})
 * @param include network zones the token may be used from
 * @param exclude network zones the token may not be used from
 * @since 0.1
 */
public record NetworkRestriction(String connection, Set<String> include, Set<String> exclude) {

  private static final NetworkRestriction ANYWHERE = new NetworkRestriction("ANYWHERE", Set.of(), Set.of());

  /** Validates and copies the components. */
  public NetworkRestriction {
    Checks.id(connection, "connection");
    include = Set.copyOf(include);
    exclude = Set.copyOf(exclude);
  }

  /**
   * Returns the absence of a restriction.
   *
   * @return a restriction that allows every network
   */
  public static NetworkRestriction anywhere() {
    return ANYWHERE;
  }

  /**
   * Tells whether the token may be used from any network.
   *
   * @return {@code true} when there is no restriction
   */
  public boolean unrestricted() {
    return "ANYWHERE".equalsIgnoreCase(connection) && include.isEmpty() && exclude.isEmpty();
  }
}
