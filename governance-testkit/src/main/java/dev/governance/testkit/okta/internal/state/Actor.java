package dev.governance.testkit.okta.internal.state;

import org.jspecify.annotations.Nullable;

/**
 * Who makes a change, as the System Log names it. {@link #SEED} sets the tenant up (fixtures,
 * generators, fixture files): it follows the same rules as every other change but writes no event,
 * because it describes the tenant as it already is rather than something that happens to it.
 *
 * @param id the actor's id (a user or an OAuth client)
 * @param type {@code User} or {@code PublicClientApp}
 * @param alternateId a login or a client id
 * @param tokenId the API token that made the change, or {@code null}
 * @param requestId the request that made the change
 */
public record Actor(String id, String type, String alternateId, @Nullable String tokenId, String requestId) {

  /** The tenant's own set-up: no System Log event. */
  public static final Actor SEED = new Actor("", "", "", null, "");

  /**
   * Tells whether this actor's changes are logged.
   *
   * @return {@code false} for {@link #SEED}
   */
  public boolean logged() {
    return this != SEED;
  }
}
