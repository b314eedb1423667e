package dev.governance.testkit.okta.internal.state;

import dev.governance.testkit.okta.AppStatus;
import dev.governance.testkit.okta.OktaGroupType;
import dev.governance.testkit.okta.UserStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything a tenant holds, in tables indexed by position, with id indexes: the queries of the
 * tenant model. The tables are read-only views; only {@link TenantChanges} changes them, and
 * {@link Tenant} owns the lock that keeps each query on one consistent view.
 */
public final class TenantState {
  private final List<UserRec> users = new ArrayList<>();
  private final List<GroupRec> groups = new ArrayList<>();
  private final List<AppRec> apps = new ArrayList<>();
  private final List<TokenRec> tokens = new ArrayList<>();
  private final List<RoleRec> roles = new ArrayList<>();
  private final List<GroupRuleRec> rules = new ArrayList<>();
  private final Map<Integer, List<FactorRec>> factors = new HashMap<>();
  private final List<LogEventRec> log = new ArrayList<>();
  private final Map<String, PrincipalRateLimitRec> principalRateLimits = new java.util.LinkedHashMap<>();
  private @Nullable Set<String> enrollableFactorTypes;
  private final Map<String, Integer> userById = new HashMap<>();
  private final Map<String, Integer> userByLogin = new HashMap<>();
  private final Map<String, Integer> groupById = new HashMap<>();
  private final Map<String, Integer> appById = new HashMap<>();
  private final Map<String, TokenRec> tokenBySecret = new HashMap<>();
  private final Clock clock;
  private final Ids ids;
  private long grantCounter;
  private long miscCounter;

  /** The org id. */
  public final String orgId;

  /**
   * Creates an empty tenant.
   *
   * @param clock the clock for timestamps
   * @param seed the seed for ids
   */
  public TenantState(Clock clock, long seed) {
    this.clock = clock;
    this.ids = new Ids(seed);
    this.orgId = ids.next("00o", 1);
  }

  /**
   * Users by position, deleted ones included.
   *
   * @return a read-only view
   */
  public List<UserRec> users() {
    return java.util.Collections.unmodifiableList(users);
  }

  /**
   * Groups by position.
   *
   * @return a read-only view
   */
  public List<GroupRec> groups() {
    return java.util.Collections.unmodifiableList(groups);
  }

  /**
   * Applications by position.
   *
   * @return a read-only view
   */
  public List<AppRec> apps() {
    return java.util.Collections.unmodifiableList(apps);
  }

  /**
   * API tokens in creation order, revoked ones included.
   *
   * @return a read-only view
   */
  public List<TokenRec> tokens() {
    return java.util.Collections.unmodifiableList(tokens);
  }

  /**
   * Admin role assignments in creation order.
   *
   * @return a read-only view
   */
  public List<RoleRec> roles() {
    return java.util.Collections.unmodifiableList(roles);
  }

  /**
   * Group rules.
   *
   * @return a read-only view
   */
  public List<GroupRuleRec> rules() {
    return java.util.Collections.unmodifiableList(rules);
  }

  /**
   * A user's enrolled factors.
   *
   * @param user the user's position
   * @return the factors, in enrolment order
   */
  public List<FactorRec> factors(int user) {
    return java.util.Collections.unmodifiableList(factors.getOrDefault(user, List.of()));
  }

  /**
   * The System Log in persistence order.
   *
   * @return a read-only view
   */
  public List<LogEventRec> log() {
    return java.util.Collections.unmodifiableList(log);
  }

  /**
   * Principal rate limits by principal id, in creation order.
   *
   * @return a read-only view
   */
  public Map<String, PrincipalRateLimitRec> principalRateLimits() {
    return java.util.Collections.unmodifiableMap(principalRateLimits);
  }

  /**
   * Factor types the authenticator enrollment policy allows, or {@code null} for every type. Okta
   * lists only enrolled factors that policy makes required or optional; the others stay enrolled but
   * hidden.
   *
   * @return the types, or {@code null}
   */
  public @Nullable Set<String> enrollableFactorTypes() {
    return enrollableFactorTypes;
  }

  void enrollableFactorTypes(@Nullable Set<String> types) {
    enrollableFactorTypes = types == null ? null : Set.copyOf(types);
  }

  void putFactors(int user, List<FactorRec> list) {
    factors.put(user, new ArrayList<>(list));
  }

  void addRule(GroupRuleRec rule) {
    rules.add(rule);
  }

  void removeRule(GroupRuleRec rule) {
    rules.remove(rule);
  }

  void putPrincipalRateLimit(PrincipalRateLimitRec r) {
    principalRateLimits.put(r.principalId(), r);
  }

  void removeRole(RoleRec r) {
    roles.remove(r);
  }

  void removeRoles(java.util.function.Predicate<RoleRec> which) {
    roles.removeIf(which);
  }

  /**
   * The clock.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * The id source.
   *
   * @return the ids
   */
  public Ids ids() {
    return ids;
  }

  /**
   * Current time in epoch milliseconds.
   *
   * @return now
   */
  public long now() {
    return clock.millis();
  }

  /**
   * Adds a user.
   *
   * @param login login, unique
   * @param status status
   * @param created creation time
   * @return the record
   */
  UserRec addUser(String login, UserStatus status, long created) {
    if (userByLogin.containsKey(login.toLowerCase(java.util.Locale.ROOT))) {
      throw new IllegalArgumentException("A user with login '" + login + "' already exists; "
          + "logins must be unique within a tenant.");
    }
    UserRec u = new UserRec(users.size(), ids.next("00u", users.size()), login, status);
    u.created = created;
    u.lastUpdated = created;
    users.add(u);
    userById.put(u.id, u.idx);
    userByLogin.put(login.toLowerCase(java.util.Locale.ROOT), u.idx);
    return u;
  }

  /** Changes a user's login in the login index; the caller checked it is unique. */
  void relogin(UserRec u, String login) {
    userByLogin.remove(u.login.toLowerCase(java.util.Locale.ROOT));
    u.login = login;
    userByLogin.put(login.toLowerCase(java.util.Locale.ROOT), u.idx);
  }

  /** Marks a group deleted; it keeps its position, so that paging cursors stay valid. */
  void deleteGroup(GroupRec g) {
    g.deleted = true;
  }

  /**
   * Adds a group.
   *
   * @param name profile name
   * @param type group type
   * @param created creation time
   * @return the record
   */
  GroupRec addGroup(String name, OktaGroupType type, long created) {
    GroupRec g = new GroupRec(groups.size(), ids.next("00g", groups.size()), name, type);
    g.created = created;
    g.lastUpdated = created;
    g.lastMembershipUpdated = created;
    groups.add(g);
    groupById.put(g.id, g.idx);
    return g;
  }

  /**
   * Adds an application.
   *
   * @param name app name
   * @param label label
   * @param signOnMode sign-on mode
   * @param status status
   * @param created creation time
   * @return the record
   */
  AppRec addApp(String name, String label, String signOnMode, AppStatus status, long created) {
    AppRec a = new AppRec(
        apps.size(), ids.next("0oa", apps.size()), name, label, signOnMode, status);
    a.created = created;
    a.lastUpdated = created;
    apps.add(a);
    appById.put(a.id, a.idx);
    return a;
  }

  /**
   * Adds a member to a group (both indexes).
   *
   * @param group group position
   * @param user user position
   * @return whether it was new
   */
  boolean addMember(int group, int user) {
    if (groups.get(group).members.addSorted(user)) {
      users.get(user).groups.addSorted(group);
      return true;
    }
    return false;
  }

  /**
   * Removes a member from a group (both indexes).
   *
   * @param group group position
   * @param user user position
   * @return whether it was present
   */
  boolean removeMember(int group, int user) {
    if (groups.get(group).members.removeSorted(user)) {
      users.get(user).groups.removeSorted(group);
      return true;
    }
    return false;
  }

  /**
   * Applies what Okta does when a user is deactivated, to a user whose status is already {@code
   * DEPROVISIONED}: its direct assignments to active applications go (Okta leaves those of
   * inactive applications untouched), its group memberships stay (their application rows are hidden
   * by {@link #listedAsAppUser}), its API tokens are deprovisioned, and its consent grants are
   * revoked (a consent lasts until the user is deactivated or deleted).
   *
   * @param u the user
   */
  void deprovision(UserRec u) {
    for (AppRec a : apps) {
      if (a.status == AppStatus.ACTIVE) {
        a.directUsers.removeSorted(u.idx);
      }
    }
    for (TokenRec t : tokens) {
      if (t.owner == u.idx) {
        t.revoked(true);
      }
    }
    for (AppRec a : apps) {
      for (GrantRec g : a.grants) {
        if (g.activeConsentOf(u.id)) {
          g.status = "REVOKED";
          g.lastUpdated = now();
        }
      }
    }
  }

  /**
   * Tells whether an application lists a user it reaches directly or through a group: never a
   * deleted user, and a deactivated one only on an inactive application (deactivation leaves those
   * assignments untouched; a reactivation brings the group-derived ones of active applications back).
   *
   * @param a the application
   * @param u the user
   * @return whether {@code /apps/{id}/users} lists the user
   */
  public static boolean listedAsAppUser(AppRec a, UserRec u) {
    return !u.deleted && !(u.status == UserStatus.DEPROVISIONED && a.status != AppStatus.INACTIVE);
  }

  /**
   * Tells whether {@code /users/{id}/factors} lists a factor: only those of a type the enrollment
   * policy allows.
   *
   * @param f the factor
   * @return whether it is listed
   */
  public boolean listed(FactorRec f) {
    Set<String> allowed = enrollableFactorTypes;
    return allowed == null || allowed.contains(f.factorType());
  }

  /**
   * Adds a scope-consent grant.
   *
   * @param app app position
   * @param scope scope id
   * @param created creation time
   * @param createdBy granting user id
   * @return the grant
   */
  GrantRec addGrant(int app, String scope, long created, String createdBy) {
    return addGrant(app, scope, created, createdBy, null);
  }

  GrantRec addGrant(int app, String scope, long created, String createdBy, @Nullable String userId) {
    GrantRec g = new GrantRec(ids.next("oag", ++grantCounter), app, scope, created, createdBy, userId);
    apps.get(app).grants.add(g);
    return g;
  }

  /**
   * Adds an API token.
   *
   * @param name name
   * @param owner owner position
   * @param secret secret, or null to make one
   * @param created creation time
   * @param lastUsed last use
   * @return the token
   */
  TokenRec addToken(
      String name, int owner, @Nullable String secret, long created, long lastUsed) {
    String s = secret != null ? secret : "00" + ids.secret(40);
    if (tokenBySecret.containsKey(s)) {
      throw new IllegalArgumentException("Two API tokens share one secret; give each its own.");
    }
    TokenRec t = new TokenRec(ids.next("00T", tokens.size()), name, owner, s, created, lastUsed);
    tokens.add(t);
    tokenBySecret.put(s, t);
    return t;
  }

  /**
   * Adds a role assignment.
   *
   * @param role the assignment
   * @return the assignment
   */
  RoleRec addRole(RoleRec role) {
    roles.add(role);
    return role;
  }

  /**
   * Makes a new id for a minor object (role assignments, factors, rules, log events).
   *
   * @param prefix three-character prefix
   * @return the id
   */
  public String newId(String prefix) {
    return ids.next(prefix, ++miscCounter);
  }

  /**
   * Finds a user by id, login, or unambiguous login short name (the part before {@code @}).
   *
   * @param idOrLogin id or login
   * @return the user or null
   */
  public @Nullable UserRec user(String idOrLogin) {
    Integer i = userById.get(idOrLogin);
    if (i == null) {
      i = userByLogin.get(idOrLogin.toLowerCase(java.util.Locale.ROOT));
    }
    if (i == null && !idOrLogin.contains("@")) {
      String prefix = idOrLogin.toLowerCase(java.util.Locale.ROOT) + "@";
      for (Map.Entry<String, Integer> e : userByLogin.entrySet()) {
        if (e.getKey().startsWith(prefix)) {
          if (i != null) {
            return null;
          }
          i = e.getValue();
        }
      }
    }
    return i == null || users.get(i).deleted ? null : users.get(i);
  }

  /**
   * Finds a user by id, deleted or not (for paging cursors).
   *
   * @param id the id
   * @return the user or null
   */
  public @Nullable UserRec userForCursor(String id) {
    Integer i = userById.get(id);
    return i == null ? null : users.get(i);
  }

  /**
   * Finds a group by id.
   *
   * @param id id
   * @return the group or null
   */
  public @Nullable GroupRec group(String id) {
    Integer i = groupById.get(id);
    return i == null || groups.get(i).deleted ? null : groups.get(i);
  }

  /**
   * Finds a group by id, deleted or not (for paging cursors).
   *
   * @param id the id
   * @return the group or null
   */
  public @Nullable GroupRec groupForCursor(String id) {
    Integer i = groupById.get(id);
    return i == null ? null : groups.get(i);
  }

  /**
   * Finds an application by id.
   *
   * @param id id
   * @return the app or null
   */
  public @Nullable AppRec app(String id) {
    Integer i = appById.get(id);
    return i == null || apps.get(i).deleted ? null : apps.get(i);
  }

  /**
   * Finds a live token by its secret.
   *
   * @param secret the secret
   * @return the token or null
   */
  public @Nullable TokenRec tokenBySecret(String secret) {
    TokenRec t = tokenBySecret.get(secret);
    return t == null || t.revoked() ? null : t;
  }

  /**
   * Finds a token by id.
   *
   * @param id the id
   * @return the token or null
   */
  public @Nullable TokenRec token(@Nullable String id) {
    for (TokenRec t : tokens) {
      if (t.id.equals(id)) {
        return t;
      }
    }
    return null;
  }

  /**
   * Appends a System Log event.
   *
   * @param event the event without sequence number (its seq is replaced)
   */
  void log(LogEventRec event) {
    log.add(new LogEventRec(log.size() + 1L, event.uuid(), event.published(),
        event.eventType(), event.displayMessage(), event.actorId(), event.actorType(),
        event.actorAlternateId(), event.targets(), event.tokenId(), event.requestId()));
  }

  // ---- custom roles and resource sets

  private final List<CustomRoleRec> customRoles = new ArrayList<>();
  private final List<ResourceSetRec> resourceSets = new ArrayList<>();

  /**
   * Custom roles in creation order.
   *
   * @return a read-only view
   */
  public List<CustomRoleRec> customRoles() {
    return java.util.Collections.unmodifiableList(customRoles);
  }

  /**
   * Resource sets in creation order.
   *
   * @return a read-only view
   */
  public List<ResourceSetRec> resourceSets() {
    return java.util.Collections.unmodifiableList(resourceSets);
  }

  /**
   * Finds a custom role by id or label, as {@code roleIdOrLabel} paths do.
   *
   * @param idOrLabel the id or the label
   * @return the role or null
   */
  public @Nullable CustomRoleRec customRole(@Nullable String idOrLabel) {
    for (CustomRoleRec r : customRoles) {
      if (r.id.equals(idOrLabel) || r.label.equals(idOrLabel)) {
        return r;
      }
    }
    return null;
  }

  /**
   * Finds a resource set by id or label, as {@code resourceSetIdOrLabel} paths do.
   *
   * @param idOrLabel the id or the label
   * @return the set or null
   */
  public @Nullable ResourceSetRec resourceSet(@Nullable String idOrLabel) {
    for (ResourceSetRec r : resourceSets) {
      if (r.id.equals(idOrLabel) || r.label.equals(idOrLabel)) {
        return r;
      }
    }
    return null;
  }

  /**
   * The permissions an assignment grants: its custom role's current ones, or the set-up's.
   *
   * @param r the assignment
   * @return the permissions
   */
  public Set<String> permissions(RoleRec r) {
    CustomRoleRec role = r.customRoleId == null ? null : customRole(r.customRoleId);
    return role == null ? r.permissions : role.permissions;
  }

  /**
   * The assignments that make up the binding of a custom role to a resource set, one per member.
   *
   * @param set the set
   * @param role the role
   * @return the assignments, in creation order (a new list)
   */
  public List<RoleRec> binding(ResourceSetRec set, CustomRoleRec role) {
    List<RoleRec> out = new ArrayList<>();
    for (RoleRec r : roles) {
      if (set.id.equals(r.resourceSetId) && role.id.equals(r.customRoleId)) {
        out.add(r);
      }
    }
    return out;
  }

  void addCustomRole(CustomRoleRec r) {
    customRoles.add(r);
  }

  void removeCustomRole(CustomRoleRec r) {
    customRoles.remove(r);
  }

  void addResourceSet(ResourceSetRec r) {
    resourceSets.add(r);
  }

  void removeResourceSet(ResourceSetRec r) {
    resourceSets.remove(r);
  }
}
