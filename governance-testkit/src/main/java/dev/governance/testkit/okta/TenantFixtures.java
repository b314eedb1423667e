package dev.governance.testkit.okta;

import dev.governance.testkit.okta.internal.state.AppRec;
import dev.governance.testkit.okta.internal.state.GroupRec;
import dev.governance.testkit.okta.internal.state.FactorRec;
import dev.governance.testkit.okta.internal.state.GroupRuleRec;
import dev.governance.testkit.okta.internal.state.RoleRec;
import dev.governance.testkit.okta.internal.state.Actor;
import dev.governance.testkit.okta.internal.state.OktaError;
import dev.governance.testkit.okta.internal.state.Tenant;
import dev.governance.testkit.okta.internal.state.TenantChanges;
import dev.governance.testkit.okta.internal.state.TenantState;
import dev.governance.testkit.okta.internal.state.TokenRec;
import dev.governance.testkit.okta.internal.state.UserRec;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Seeds and changes a tenant's state directly (not through the API, so nothing is journaled).
 * Every change goes through the same commands, with the same rules, as the API's; a rule that
 * Okta would answer with an error is an {@link IllegalArgumentException} here. Seeding writes no
 * System Log event: it describes the tenant as it already is. Methods return Okta ids.
 * Thread-safe.
 *
 * @since 0.1
 */
public final class TenantFixtures {
  /** Okta's factor types (schema {@code UserFactorType} of the management API). */
  private static final Set<String> FACTOR_TYPES = Set.of("call", "email", "push", "question",
      "signed_nonce", "sms", "token", "token:hardware", "token:hotp", "token:software:totp", "u2f",
      "web", "webauthn");

  private final Tenant tenant;
  private final Actor actor;
  private @Nullable TenantChanges c;
  /** The tenant's state, read only inside {@link #write}, under the write lock. */
  private final TenantState s;

  TenantFixtures(Tenant tenant, Actor actor) {
    this.tenant = tenant;
    this.actor = actor;
    this.s = tenant.write(TenantChanges::state);
  }

  /**
   * Runs a change under the tenant's write lock; a refusal by Okta's rules becomes an {@link
   * IllegalArgumentException} that says what Okta would answer.
   */
  private <T> T write(Supplier<T> action) {
    return tenant.write(changes -> {
      c = changes;
      try {
        return action.get();
      } catch (OktaError e) {
        throw new IllegalArgumentException(e.getMessage() + (e.causes.isEmpty() ? "" : ": "
            + String.join("; ", e.causes)) + " (Okta answers " + e.status + " " + e.code + ")", e);
      } finally {
        c = null;
      }
    });
  }

  private TenantChanges changes() {
    return Objects.requireNonNull(c, "changes are made inside write()");
  }

  /**
   * Adds an active user; it joins {@code Everyone}.
   *
   * @param login login (also the email)
   * @return the user id
   */
  public String addUser(String login) {
    return addUser(login, UserStatus.ACTIVE, "First", "Last", Map.of());
  }

  /**
   * Adds a user with a status and profile; it joins {@code Everyone}.
   *
   * @param login login (also the email)
   * @param status status
   * @param firstName first name
   * @param lastName last name
   * @param customAttributes further profile attributes (any JSON values)
   * @return the user id
   */
  public String addUser(String login, UserStatus status, String firstName, String lastName,
      Map<String, Object> customAttributes) {
    Objects.requireNonNull(login, "login");
    Objects.requireNonNull(status, "status");
    return write(() -> {
      UserRec existing = s.user(login);
      if (existing != null && existing.login.equalsIgnoreCase(login)) {
        throw new IllegalArgumentException("A user with login '" + login + "' already exists; "
            + "logins must be unique within a tenant.");
      }
      Map<String, Object> profile = new HashMap<>(customAttributes);
      profile.put("login", login);
      profile.put("email", login);
      profile.put("firstName", firstName);
      profile.put("lastName", lastName);
      return changes().createUser(actor, profile, status, false).id;
    });
  }

  /**
   * Adds a group.
   *
   * @param name profile name
   * @param type type
   * @return the group id
   */
  public String addGroup(String name, OktaGroupType type) {
    return addGroup(name, type, null, Map.of());
  }

  /**
   * Adds a group with a description and custom profile attributes.
   *
   * @param name profile name
   * @param type type
   * @param description description or null
   * @param customAttributes custom profile attributes
   * @return the group id
   */
  public String addGroup(String name, OktaGroupType type, @Nullable String description,
      Map<String, Object> customAttributes) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    return write(() -> {
      return changes().createGroup(actor, name, type, description, customAttributes).id;
    });
  }

  /**
   * Makes an {@code APP_GROUP} point at the application it was imported from.
   *
   * @param groupId the group
   * @param appId the source application
   */
  public void setGroupSource(String groupId, String appId) {
    write(() -> {
      group(groupId).sourceApp = app(appId).idx;
      return null;
    });
  }

  /**
   * Makes {@code expand=stats} leave a group's statistics out, as Okta sometimes does: a client
   * must then not assume the group is empty.
   *
   * @param groupId the group
   */
  public void withholdStats(String groupId) {
    write(() -> {
      group(groupId).statsWithheld = true;
      return null;
    });
  }

  /**
   * Adds an application.
   *
   * @param label label
   * @param mode sign-on mode
   * @param status status
   * @return the app id
   */
  public String addApp(String label, OktaSignOnMode mode, AppStatus status) {
    Objects.requireNonNull(label, "label");
    return write(() -> changes().createApp(actor, mode.appName(), label, mode.name(), status).id);
  }

  /**
   * Adds an OAuth 2.0 service app (client credentials with {@code private_key_jwt}) whose client
   * id is its app id.
   *
   * @param label label
   * @param publicKey the registered public key (RSA or EC P-256)
   * @param keyId the key id, or null
   * @return the app id, also the client id
   */
  public String addServiceApp(String label, PublicKey publicKey, String keyId) {
    Objects.requireNonNull(publicKey, "publicKey");
    return write(() -> {
      AppRec a = changes().createApp(actor, "oidc_client", label, "OPENID_CONNECT", AppStatus.ACTIVE);
      a.serviceClient = true;
      a.publicKey = publicKey;
      a.keyId = keyId;
      return a.id;
    });
  }

  /**
   * Makes a service app require DPoP, as Okta's "Require Demonstrating Proof of Possession (DPoP)
   * header in token requests" setting ({@code settings.oauthClient.dpop_bound_access_tokens}) does,
   * on by default for new API service apps: its token requests then need a DPoP proof with the
   * server's nonce, and its tokens are bound to the proof's key.
   *
   * @param appId the service app
   * @param required whether DPoP is required
   */
  public void requireDpop(String appId, boolean required) {
    write(() -> {
      AppRec a = app(appId);
      if (!a.serviceClient) {
        throw new IllegalArgumentException("Application '" + appId + "' is not a service app; DPoP"
            + " applies to service apps added with addServiceApp.");
      }
      a.requireDpop = required;
      return null;
    });
  }

  /**
   * Adds a user to a group.
   *
   * @param groupId group
   * @param userId user
   */
  public void addMember(String groupId, String userId) {
    write(() -> {
      changes().addMember(actor, group(groupId), user(userId));
      return null;
    });
  }

  /**
   * Assigns a user to an application directly.
   *
   * @param appId app
   * @param userId user
   */
  public void assignUser(String appId, String userId) {
    write(() -> {
      AppRec a = app(appId);
      UserRec u = user(userId);
      if (u.status == UserStatus.DEPROVISIONED) {
        throw new IllegalArgumentException("User '" + userId + "' is deactivated (DEPROVISIONED) "
            + "and Okta does not assign applications to deactivated users; assign it first, then "
            + "deactivate it (its assignments go), or activate it before assigning.");
      }
      return changes().assignUser(actor, a, u);
    });
  }

  /**
   * Assigns a group to an application.
   *
   * @param appId app
   * @param groupId group
   */
  public void assignGroup(String appId, String groupId) {
    write(() -> {
      changes().assignGroup(actor, app(appId), group(groupId));
      return null;
    });
  }

  /**
   * Grants an Okta API scope to an application.
   *
   * @param appId app
   * @param scope e.g. {@code okta.users.read}
   * @return the grant id
   */
  public String grantScope(String appId, String scope) {
    Objects.requireNonNull(scope, "scope");
    return write(() -> changes().grant(actor, app(appId), scope, superAdminId()).id);
  }

  /**
   * Records a user's consent to an Okta API scope of an OpenID Connect application, as the user's
   * sign-in to it would (a grant of source {@code END_USER}).
   *
   * @param appId app
   * @param userId the consenting user, active
   * @param scope e.g. {@code okta.users.read}
   * @return the grant id
   */
  public String consentScope(String appId, String userId, String scope) {
    Objects.requireNonNull(scope, "scope");
    return write(() -> changes().apps().consent(actor, app(appId), user(userId), scope).id);
  }

  private String superAdminId() {
    return s.users().isEmpty() ? "00u0000000000000000" : s.users().get(0).id;
  }

  /**
   * Assigns an admin role to a user, group or client app: a standard role, optionally limited to
   * groups or apps, or a custom role bound to a resource set; active or inactive.
   *
   * @param role what to assign
   * @return the role assignment id
   */
  public String assignRole(AdminRole role) {
    Objects.requireNonNull(role, "role");
    return write(() -> {
      int assignee = switch (role.assigneeType()) {
        case USER -> user(role.assigneeId()).idx;
        case GROUP -> group(role.assigneeId()).idx;
        case CLIENT -> app(role.assigneeId()).idx;
      };
      AdminRole.CustomRole custom = role.custom();
      // An AdminRole is either a standard role or a custom one, never both or neither.
      RoleRec r = custom == null
          ? new RoleRec(s.newId("ra1"), role.type(),
              Objects.requireNonNull(role.standard(), "standard").label(),
              role.assigneeType().name(), assignee, null, null, Set.of(), s.now())
          : new RoleRec(s.newId("irb"), "CUSTOM", custom.label(), role.assigneeType().name(),
              assignee, s.newId("cr0"), s.newId("iam"), custom.permissions(), s.now());
      for (String g : role.targetGroupIds()) {
        r.targetGroups.addSorted(group(g).idx);
      }
      for (String a : role.targetAppIds()) {
        r.targetApps.addSorted(app(a).idx);
      }
      if (custom != null) {
        for (String g : custom.resourceGroupIds()) {
          r.resourceGroups.addSorted(group(g).idx);
        }
      }
      if (!role.active()) {
        r.status = "INACTIVE";
      }
      return changes().assignRole(r).id;
    });
  }

  /**
   * Issues an API token for a user; it acts with that user's admin roles.
   *
   * @param userId owner
   * @param name token name
   * @return the token id and secret
   */
  public IssuedToken addApiToken(String userId, String name) {
    return addApiToken(userId, name, null);
  }

  /**
   * Issues an API token with a chosen secret.
   *
   * @param userId owner
   * @param name token name
   * @param secret the secret, or null to make one
   * @return the token id and secret
   */
  public IssuedToken addApiToken(String userId, String name, @Nullable String secret) {
    return write(() -> {
      UserRec owner = user(userId);
      if (owner.status == UserStatus.DEPROVISIONED) {
        throw new IllegalArgumentException("User '" + userId + "' is deactivated (DEPROVISIONED); "
            + "Okta deprovisions the API tokens of deactivated users, so none can be issued for it. "
            + "Issue the token to an active user.");
      }
      TokenRec t = changes().issueToken(owner, name, secret);
      return new IssuedToken(t.id, t.secret);
    });
  }

  /**
   * Makes a revoked API token valid again, which Okta never does: for tests that revoke a token
   * with {@link Fault.RevokeToken} and go on using the same tenant. A token that is not revoked
   * is left as it is.
   *
   * @param secret the token's secret
   * @return whether the token was revoked
   * @throws IllegalArgumentException if no token has that secret
   */
  public boolean restoreApiToken(String secret) {
    Objects.requireNonNull(secret, "secret");
    return write(() -> {
      TokenRec t = s.tokens().stream().filter(x -> x.secret.equals(secret)).findFirst().orElse(null);
      if (t == null) {
        throw new IllegalArgumentException("No API token of this tenant has the given secret; pass"
            + " the secret of one the tenant issued, e.g. apiToken()");
      }
      return changes().restoreToken(t);
    });
  }

  /**
   * Sets the share of each rate-limit bucket one API token or OAuth app may use, as an admin does
   * in the Admin Console or through {@code /api/v1/principal-rate-limits}; the tenant then caps
   * that principal at its share and lists the setting.
   *
   * @param principalId an API token's id or an OAuth service app's id
   * @param percentage percent of each bucket's org-wide limit, 1 to 100
   * @return the principal rate limit's id
   */
  public String setPrincipalRateLimit(String principalId, int percentage) {
    if (percentage < 1 || percentage > 100) {
      throw new IllegalArgumentException("A principal rate limit is a percentage from 1 to 100, got "
          + percentage + ".");
    }
    return write(() -> {
      String type;
      if (s.token(principalId) != null) {
        type = "SSWS_TOKEN";
      } else if (s.app(principalId) != null) {
        type = "OAUTH_CLIENT";
      } else {
        throw new IllegalArgumentException("No API token or OAuth app has the id '" + principalId
            + "'; pass the id of a token (addApiToken) or of a service app (addServiceApp).");
      }
      var existing = s.principalRateLimits().get(principalId);
      String id = existing == null ? s.newId("prl") : existing.id();
      changes().principalRateLimit(new dev.governance.testkit.okta.internal.state
          .PrincipalRateLimitRec(id, principalId, type, percentage, percentage, s.now()));
      return id;
    });
  }

  /**
   * Enrolls an MFA factor.
   *
   * @param userId user
   * @param factorType Okta factor type, e.g. {@code sms}, {@code push}, {@code token:software:totp}
   * @param provider e.g. {@code OKTA}, {@code GOOGLE}
   * @param profile type-specific profile, e.g. {@code phoneNumber}
   * @return the factor id
   */
  public String addFactor(String userId, String factorType, String provider,
      Map<String, Object> profile) {
    return write(() -> {
      UserRec u = user(userId);
      FactorRec f = new FactorRec(s.newId(factorPrefix(factorType)), u.idx,
          factorType, provider, "ACTIVE", s.now(), Map.copyOf(profile));
      List<FactorRec> list = new ArrayList<>(s.factors(u.idx));
      list.add(f);
      changes().factors(u, list);
      return f.id();
    });
  }

  private static String factorPrefix(String type) {
    return switch (type) {
      case "sms" -> "mbl";
      case "push" -> "opf";
      case "call" -> "clf";
      case "email" -> "emf";
      case "question" -> "ufs";
      case "webauthn" -> "fwf";
      default -> "ost";
    };
  }

  /**
   * Adds an active group rule and evaluates it at once, as an activation through the API does: every
   * user it matches joins its groups (without System Log events), and it keeps following users as
   * they change. The expression must be in the subset the tenant serves and the groups {@code
   * OKTA_GROUP}s, else an {@link IllegalArgumentException} names Okta's answer.
   *
   * @param name name, 1 to 50 characters
   * @param expression Okta expression, e.g. {@code user.department=="Sales"}
   * @param groupIds groups the rule assigns
   * @return the rule id
   */
  public String addGroupRule(String name, String expression, List<String> groupIds) {
    return write(() -> {
      List<Integer> groups = new ArrayList<>();
      for (String g : groupIds) {
        groups.add(group(g).idx);
      }
      GroupRuleRec r = new GroupRuleRec(s.newId("0pr"), name, "ACTIVE", expression,
          List.copyOf(groups), s.now());
      changes().addRule(r);
      return r.id();
    });
  }

  /**
   * Sets when a user last signed in.
   *
   * @param userId user
   * @param epochMillis time
   */
  public void setLastLogin(String userId, long epochMillis) {
    write(() -> {
      changes().lastLogin(user(userId), epochMillis);
      return null;
    });
  }

  /**
   * Sets a user's status directly (no System Log event). Setting {@code DEPROVISIONED} does what
   * Okta's deactivation does: the user's direct assignments to active applications and its API
   * tokens go, its group memberships stay (the applications of those groups no longer list it until
   * it is activated again).
   *
   * @param userId user
   * @param status new status
   */
  public void setUserStatus(String userId, UserStatus status) {
    Objects.requireNonNull(status, "status");
    write(() -> {
      changes().setStatus(user(userId), status);
      return null;
    });
  }

  /**
   * Sets the factor types the authenticator enrollment policy allows. Okta lists only the enrolled
   * factors that policy makes required or optional, so {@code /api/v1/users/{id}/factors} hides
   * enrolled factors of any other type (they stay enrolled, and show again if the policy allows
   * them later). By default every type is allowed.
   *
   * @param factorTypes Okta factor types, e.g. {@code push}, {@code token:software:totp}
   */
  public void allowFactorTypes(Set<String> factorTypes) {
    Objects.requireNonNull(factorTypes, "factorTypes");
    for (String type : factorTypes) {
      if (!FACTOR_TYPES.contains(type)) {
        throw new IllegalArgumentException("Unknown factor type '" + type + "'; use one of Okta's "
            + "factor types: " + new java.util.TreeSet<>(FACTOR_TYPES) + ".");
      }
    }
    write(() -> {
      changes().enrollableFactorTypes(factorTypes);
      return null;
    });
  }

  private UserRec user(String id) {
    UserRec u = s.user(id);
    if (u == null) {
      throw new IllegalArgumentException("No user with id or login '" + id + "' in this tenant; "
          + "add it first with addUser.");
    }
    return u;
  }

  private GroupRec group(String id) {
    GroupRec g = s.group(id);
    if (g == null) {
      throw new IllegalArgumentException("No group with id '" + id + "' in this tenant; add it "
          + "first with addGroup.");
    }
    return g;
  }

  private AppRec app(String id) {
    AppRec a = s.app(id);
    if (a == null) {
      throw new IllegalArgumentException("No application with id '" + id + "' in this tenant; "
          + "add it first with addApp or addServiceApp.");
    }
    return a;
  }
}
