package dev.governance.testkit.okta.internal.http;

import dev.governance.testkit.okta.internal.auth.PrincipalAccess;
import dev.governance.testkit.okta.internal.auth.Authorizer;
import dev.governance.testkit.okta.internal.auth.Perm;
import dev.governance.testkit.okta.internal.auth.Principal;
import dev.governance.testkit.okta.internal.json.Json;
import dev.governance.testkit.okta.internal.state.OktaError;
import dev.governance.testkit.okta.internal.state.Actor;
import dev.governance.testkit.okta.internal.state.TenantChanges;
import dev.governance.testkit.okta.internal.state.TenantState;
import dev.governance.testkit.okta.internal.state.UserRec;
import java.util.BitSet;
import java.util.Deque;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One request as the API handlers see it: who calls, what was asked, and the tenant. */
public final class RequestContext {
  /** The tenant. */
  public final TenantState state;
  /** Org URL without trailing slash. */
  public final String base;
  /** HTTP method. */
  public final String method;
  /** Request path. */
  public final String path;
  /** Raw query string (may be empty). */
  public final String rawQuery;
  /** Request id. */
  public final String requestId;
  /** Request body (empty when none). */
  public final byte[] body;
  /** The caller. */
  public final Principal principal;
  private final Map<String, Deque<String>> params;
  private final @Nullable TenantChanges changes;
  private @Nullable PrincipalAccess access;

  /**
   * Creates a context.
   *
   * @param state tenant
   * @param base org URL
   * @param method method
   * @param path path
   * @param rawQuery raw query
   * @param params decoded query parameters
   * @param requestId request id
   * @param body body bytes
   * @param principal caller
   * @param changes the tenant's commands for a request that may change it (under the write lock),
   *     or {@code null} for a read
   */
  public RequestContext(TenantState state, String base, String method, String path, String rawQuery,
      Map<String, Deque<String>> params, String requestId, byte[] body, Principal principal,
      @Nullable TenantChanges changes) {
    this.changes = changes;
    this.state = state;
    this.base = base;
    this.method = method;
    this.path = path;
    this.rawQuery = rawQuery;
    this.params = params;
    this.requestId = requestId;
    this.body = body;
    this.principal = principal;
  }

  /**
   * The tenant's commands; only a request served under the write lock has them.
   *
   * @return the commands
   * @throws IllegalStateException for a read
   */
  public TenantChanges changes() {
    if (changes == null) {
      throw new IllegalStateException(method + " " + path + " was served as a read but tried to change the tenant");
    }
    return changes;
  }

  /**
   * The caller as the System Log names it.
   *
   * @return the actor
   */
  public Actor actor() {
    UserRec caller = caller();
    if (caller != null) {
      return new Actor(caller.id, "User", caller.login, principal.tokenId(), requestId);
    }
    String app = state.apps().get(principal.app()).id;
    return new Actor(app, "PublicClientApp", app, principal.tokenId(), requestId);
  }

  /**
   * A query parameter.
   *
   * @param name name
   * @return the first value or null
   */
  public @Nullable String q(String name) {
    Deque<String> d = params.get(name);
    return d == null || d.isEmpty() ? null : d.getFirst();
  }

  /**
   * The caller's access (computed once per request, under the read lock).
   *
   * @return access
   */
  public PrincipalAccess access() {
    if (access == null) {
      access = Authorizer.access(state, principal);
    }
    return access;
  }

  /**
   * The calling user, or null for a service app.
   *
   * @return the user
   */
  public @Nullable UserRec caller() {
    return principal.user() >= 0 ? state.users().get(principal.user()) : null;
  }

  /**
   * Checks the OAuth scope for a permission.
   *
   * @param perm permission
   */
  public void requireScope(Perm perm) {
    if (!principal.scopeAllows(perm)) {
      throw new InsufficientScope(perm.scope(), path);
    }
  }

  /**
   * Checks scope and org-wide or any-target permission.
   *
   * @param perm permission
   */
  public void require(Perm perm) {
    requireScope(perm);
    if (!access().anywhere(perm)) {
      throw OktaError.forbidden();
    }
  }

  /** Who may see what in a list. */
  public enum Scope {
    /** Everything. */
    ALL,
    /** Only what the role targets allow: the groups of {@link #listGroups(Perm)}, or apps. */
    TARGETS,
    /** Nothing: an empty list (service apps without an admin role). */
    NONE
  }

  /**
   * Checks a list permission and tells how far it reaches.
   *
   * @param perm permission
   * @return the reach
   */
  public Scope listScope(Perm perm) {
    requireScope(perm);
    PrincipalAccess a = access();
    if (a.orgWide(perm)) {
      return Scope.ALL;
    }
    if (a.anywhere(perm)) {
      return Scope.TARGETS;
    }
    if (principal.isOAuth() && !a.anyRole()) {
      return Scope.NONE;
    }
    throw OktaError.forbidden();
  }

  /**
   * Groups a scoped permission reaches.
   *
   * @param perm permission
   * @return the groups, never null
   */
  public BitSet listGroups(Perm perm) {
    BitSet b = access().groups(perm);
    return b == null ? new BitSet() : b;
  }

  /**
   * Whether a user is visible under a permission.
   *
   * @param perm permission
   * @param u user
   * @return true if visible
   */
  public boolean userVisible(Perm perm, UserRec u) {
    if (access().orgWide(perm)) {
      return true;
    }
    BitSet groups = access().groups(perm);
    if (groups == null) {
      return false;
    }
    for (int i = 0; i < u.groups.size(); i++) {
      if (groups.get(u.groups.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Starts a JSON writer.
   *
   * @return a writer
   */
  public Json json() {
    return new Json();
  }

  /** A bearer token lacks the scope an endpoint needs. */
  public static final class InsufficientScope extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The scope that was needed. */
    public final String scope;
    /** The resource path. */
    public final String resource;

    /**
     * Creates it.
     *
     * @param scope needed scope
     * @param resource path
     */
    public InsufficientScope(String scope, String resource) {
      super(scope, null, false, false);
      this.scope = scope;
      this.resource = resource;
    }
  }
}
