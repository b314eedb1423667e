package dev.governance.okta.catalog;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Okta management API scopes this SDK requests from Okta's org authorization server.
 *
 * <p>Scopes come in pairs: {@code okta.<resource>.read} for reads and {@code
 * okta.<resource>.manage}, which includes the reads of the same resource. There is no {@code
 * okta.logs.manage} and no {@code okta.orgs.manage} use here. Okta has no {@code okta.factors.*}
 * scopes either: factors are read with {@code okta.users.read} and managed with {@code
 * okta.users.manage}; {@link #alias(String)} maps those names, which appear in some permission
 * tables, to the real scopes.
 *
 * @since 0.1
 */
public enum OktaScope {
  /** Read users and their factors. */
  USERS_READ("users", false),
  /** Change users: suspend, unsuspend, deactivate; includes {@link #USERS_READ}. */
  USERS_MANAGE("users", true),
  /** Read groups, their members and group rules. */
  GROUPS_READ("groups", false),
  /** Change groups and their members; includes {@link #GROUPS_READ}. */
  GROUPS_MANAGE("groups", true),
  /** Read applications and their user and group assignments. */
  APPS_READ("apps", false),
  /** Change applications and their assignments; includes {@link #APPS_READ}. */
  APPS_MANAGE("apps", true),
  /** Read admin role assignments. */
  ROLES_READ("roles", false),
  /** Change admin role assignments; includes {@link #ROLES_READ}. Not needed by this SDK. */
  ROLES_MANAGE("roles", true),
  /** Read the OAuth scopes granted to applications. */
  APP_GRANTS_READ("appGrants", false),
  /** Grant and revoke OAuth scopes of applications; includes {@link #APP_GRANTS_READ}. */
  APP_GRANTS_MANAGE("appGrants", true),
  /** Read API token metadata (never the token values). */
  API_TOKENS_READ("apiTokens", false),
  /** Revoke API tokens; includes {@link #API_TOKENS_READ}. */
  API_TOKENS_MANAGE("apiTokens", true),
  /** Read the System Log. Okta has no {@code okta.logs.manage}. */
  LOGS_READ("logs", false),
  /** Read the org's settings (its name and id). */
  ORGS_READ("orgs", false);

  private static final Map<String, OktaScope> ALIASES =
      Map.of("okta.factors.read", USERS_READ, "okta.factors.manage", USERS_MANAGE);

  private final String resource;
  private final boolean manage;

  OktaScope(String resource, boolean manage) {
    this.resource = resource;
    this.manage = manage;
  }

  /**
   * Returns the scope's name as Okta spells it.
   *
   * @return e.g. {@code okta.users.read}
   */
  public String value() {
    return "okta." + resource + (manage ? ".manage" : ".read");
  }

  /**
   * Returns the resource part of the name.
   *
   * @return e.g. {@code users} or {@code appGrants}
   */
  public String resource() {
    return resource;
  }

  /**
   * Tells whether this is a {@code .manage} scope.
   *
   * @return {@code true} for {@code .manage} scopes
   */
  public boolean isManage() {
    return manage;
  }

  /**
   * Returns the {@code .read} scope of the same resource.
   *
   * @return this scope if it is a read scope
   */
  public OktaScope readScope() {
    return manage ? valueOf(name().replace("_MANAGE", "_READ")) : this;
  }

  /**
   * Returns the {@code .manage} scope of the same resource, if Okta has one that this SDK uses.
   *
   * @return the manage scope; empty for {@link #LOGS_READ} and {@link #ORGS_READ}
   */
  public Optional<OktaScope> manageScope() {
    if (manage) {
      return Optional.of(this);
    }
    String name = name().replace("_READ", "_MANAGE");
    return Arrays.stream(values()).filter(scope -> scope.name().equals(name)).findFirst();
  }

  /**
   * Tells whether a set of granted scopes allows what this scope allows: either this scope itself
   * or, for a read scope, the manage scope of the same resource.
   *
   * @param granted the granted scopes
   * @return {@code true} if this scope's operations are allowed
   */
  public boolean isSatisfiedBy(Set<OktaScope> granted) {
    return granted.contains(this)
        || (!manage && manageScope().filter(granted::contains).isPresent());
  }

  /**
   * Finds a scope by its exact name.
   *
   * @param value e.g. {@code okta.users.read}
   * @return the scope, or empty if this SDK does not use a scope of that name
   */
  public static Optional<OktaScope> fromValue(String value) {
    return Arrays.stream(values()).filter(scope -> scope.value().equals(value)).findFirst();
  }

  /**
   * Maps a scope name that Okta does not have but that permission tables sometimes use to the scope
   * Okta really checks: {@code okta.factors.read} to {@link #USERS_READ} and {@code
   * okta.factors.manage} to {@link #USERS_MANAGE}.
   *
   * @param value a scope name
   * @return the real scope, or empty if {@code value} is not such an alias
   */
  public static Optional<OktaScope> alias(String value) {
    return Optional.ofNullable(ALIASES.get(value));
  }

  /**
   * Returns the scope's name as Okta spells it.
   *
   * @return the same as {@link #value()}
   */
  @Override
  public String toString() {
    return value();
  }
}
