package dev.governance.testkit.okta.internal.auth;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is calling: an API token acting as its owner, or an OAuth service app with granted scopes.
 *
 * @param user owner's user position, or -1 for an app
 * @param app service app position, or -1 for a token
 * @param tokenId the API token id, or null
 * @param scopes OAuth scopes carried by a bearer token (empty for SSWS)
 * @param key the key for per-principal rate-limit shares
 */
public record Principal(
    int user, int app, @Nullable String tokenId, Set<String> scopes, String key) {
  /**
   * Creates a principal.
   *
   * @param user owner's user position, or -1 for an app
   * @param app service app position, or -1 for a token
   * @param tokenId the API token id, or null
   * @param scopes OAuth scopes
   * @param key rate-limit key
   */
  public Principal {
    scopes = Set.copyOf(scopes);
  }

  /**
   * Whether this is an OAuth bearer principal.
   *
   * @return true for OAuth
   */
  public boolean isOAuth() {
    return app >= 0;
  }

  /**
   * Whether the OAuth scopes allow a permission; SSWS principals always pass.
   *
   * @param perm the permission
   * @return whether allowed
   */
  public boolean scopeAllows(Perm perm) {
    if (!isOAuth()) {
      return true;
    }
    if (scopes.contains(perm.scope())) {
      return true;
    }
    return perm.isRead() && scopes.contains(perm.scope().replace(".read", ".manage"));
  }
}
