package dev.governance.testkit.okta.internal.state;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The commands on application assignments beyond adding and removing them: an app user's profile
 * and scope, a group assignment's priority and profile, signing keys, and admin scope grants. Part of {@link
 * TenantChanges} (reached through {@link TenantChanges#apps()}), run under its write lock.
 */
public final class AppChanges {
  /** The highest group assignment priority Okta takes. */
  public static final int MAX_PRIORITY = 100;
  private final TenantState s;
  private final TenantChanges changes;

  AppChanges(TenantState state, TenantChanges changes) {
    this.s = state;
    this.changes = changes;
  }

  /**
   * Tells whether a group assigned to the application reaches the user.
   *
   * @param a the application
   * @param u the user
   * @return whether the user is in one of the app's groups
   */
  public static boolean viaGroup(AppRec a, UserRec u) {
    for (int i = 0; i < a.groups.size(); i++) {
      if (u.groups.containsSorted(a.groups.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether the application lists the user, directly or through a group.
   *
   * @param a the application
   * @param u the user
   * @return whether {@code /apps/{id}/users} lists it
   */
  public static boolean listed(AppRec a, UserRec u) {
    return TenantState.listedAsAppUser(a, u) && (a.directUsers.containsSorted(u.idx) || viaGroup(a, u));
  }

  /**
   * Updates an app user: sets its app profile (replacing the one set before, as Okta's "fetch,
   * change, post back" update does) and, with {@code scope} {@code GROUP}, turns a direct
   * assignment into the group assignment the user also has. A user the app does not list is 404;
   * {@code GROUP} for a user no assigned group reaches, or {@code USER} for one not directly
   * assigned, is 400 {@code E0000001}.
   *
   * @param actor who updates
   * @param a the application
   * @param u the user
   * @param profile the new app profile, or {@code null} to keep it
   * @param scope {@code USER}, {@code GROUP}, or {@code null} to keep it
   */
  public void updateUser(Actor actor, AppRec a, UserRec u, @Nullable Map<String, Object> profile,
      @Nullable String scope) {
    if (!listed(a, u)) {
      throw OktaError.notFound(u.id + " (AppUser)");
    }
    boolean direct = a.directUsers.containsSorted(u.idx);
    if ("GROUP".equals(scope) && direct) {
      if (!viaGroup(a, u)) {
        throw OktaError.validation("scope: no group assigned to the app reaches " + u.id
            + ", so its assignment cannot become a group assignment.");
      }
      a.directUsers.removeSorted(u.idx);
    } else if ("USER".equals(scope) && !direct) {
      throw OktaError.validation("scope: " + u.id + " is assigned through a group; assign it directly with "
          + "POST /api/v1/apps/{appId}/users.");
    } else if (scope != null && !scope.equals("USER") && !scope.equals("GROUP")) {
      throw OktaError.validation("scope: must be USER or GROUP.");
    }
    if (profile != null) {
      a.userProfiles.put(u.idx, new LinkedHashMap<>(profile));
    }
    a.lastUpdated = s.now();
    changes.log(actor, "application.user_membership.update", "Update user's application properties",
        TenantChanges.user(u), TenantChanges.app(a));
  }

  /**
   * Sets the app profile a new direct assignment was sent with.
   *
   * @param a the application
   * @param u the assigned user
   * @param profile the profile
   */
  public void userProfile(AppRec a, UserRec u, Map<String, Object> profile) {
    a.userProfiles.put(u.idx, new LinkedHashMap<>(profile));
  }

  /**
   * Assigns a group, or updates its assignment: {@code priority} (0 to {@value #MAX_PRIORITY}, else
   * 400 {@code E0000001}) places it among the app's groups (lower first; without one a new group
   * goes last), {@code profile} replaces its app profile.
   *
   * @param actor who assigns
   * @param a the application
   * @param g the group
   * @param priority the priority, or {@code null}
   * @param profile the profile, or {@code null}
   */
  public void assignGroup(Actor actor, AppRec a, GroupRec g, @Nullable Integer priority,
      @Nullable Map<String, Object> profile) {
    if (priority != null && (priority < 0 || priority > MAX_PRIORITY)) {
      throw OktaError.validation("priority: must be between 0 and " + MAX_PRIORITY + ".");
    }
    boolean added = changes.assignGroup(actor, a, g);
    boolean moved = false;
    if (priority != null) {
      int at = Math.min(priority, a.groups.size() - 1);
      int now = indexOf(a.groups, g.idx);
      if (at != now) {
        a.groups.remove(g.idx);
        a.groups.insert(at, g.idx);
        moved = true;
      }
    }
    boolean reprofiled = profile != null && !profile.equals(a.groupProfiles.get(g.idx));
    if (profile != null) {
      a.groupProfiles.put(g.idx, new LinkedHashMap<>(profile));
    }
    if (!added && (moved || reprofiled)) {
      a.lastUpdated = s.now();
      changes.log(actor, "group.application_assignment.update", "Update assigned application in group",
          TenantChanges.group(g), TenantChanges.app(a));
    }
  }

  private static int indexOf(IntList list, int value) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == value) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Generates a signing key credential for an application. Okta refuses a validity outside 2 to 10
   * years (400 {@code E0000001}, "Validity years out of range. It should be 2 - 10 years") and
   * writes {@code app.keys.generate}.
   *
   * @param actor who generates it
   * @param a the application
   * @param validityYears the validity in years
   * @return the key
   */
  public KeyRec generateKey(Actor actor, AppRec a, int validityYears) {
    if (validityYears < 2 || validityYears > 10) {
      throw new OktaError(400, "E0000001", "Api validation failed: generateKey",
          java.util.List.of("Validity years out of range. It should be 2 - 10 years"));
    }
    java.security.interfaces.RSAPublicKey pub;
    try {
      java.security.KeyPairGenerator gen = java.security.KeyPairGenerator.getInstance("RSA");
      gen.initialize(2048);
      pub = (java.security.interfaces.RSAPublicKey) gen.generateKeyPair().getPublic();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no RSA key generator", e);
    }
    java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
    long now = s.now();
    KeyRec k = new KeyRec(s.ids().secret(20), b64.encodeToString(unsigned(pub.getModulus())),
        b64.encodeToString(unsigned(pub.getPublicExponent())), now,
        now + validityYears * 365L * 24 * 3600 * 1000);
    a.keys.add(k);
    changes.log(actor, "app.keys.generate", "Generate new application key credential", TenantChanges.app(a));
    return k;
  }

  private static byte[] unsigned(java.math.BigInteger v) {
    byte[] b = v.toByteArray();
    return b.length > 1 && b[0] == 0 ? java.util.Arrays.copyOfRange(b, 1, b.length) : b;
  }

  /**
   * Grants an Okta scope to an OpenID Connect app as an admin. Okta writes {@code
   * app.oauth2.admin.consent.grant}; a scope the app holds already is refused (400 {@code
   * E0000001}), as is an app that is not an OpenID Connect client.
   *
   * @param actor who grants
   * @param a the application
   * @param scope the scope, e.g. {@code okta.users.read}
   * @param createdBy the granting user's id
   * @return the grant
   */
  public GrantRec grant(Actor actor, AppRec a, String scope, String createdBy) {
    if (!"OPENID_CONNECT".equals(a.signOnMode)) {
      throw OktaError.validation("Only OpenID Connect apps (OAuth 2.0 clients) are granted Okta scopes; " + a.id
          + " is " + a.signOnMode + ".");
    }
    for (GrantRec g : a.grants) {
      if (g.admin() && g.scopeId.equals(scope) && "ACTIVE".equals(g.status)) {
        throw OktaError.validation("scopeId: " + scope + " is granted to the app already (" + g.id + ").");
      }
    }
    GrantRec g = s.addGrant(a.idx, scope, s.now(), createdBy);
    changes.log(actor, "app.oauth2.admin.consent.grant", "Admin consent granted for scope", TenantChanges.app(a),
        new LogTargetRec(g.id, "OAuth2ScopeConsentGrant", g.scopeId, g.scopeId));
    return g;
  }

  /**
   * Records an end user's consent to an OpenID Connect app's scope (source {@code END_USER}), as
   * the user's sign-in to the app would. Okta writes {@code app.oauth2.as.consent.grant}. Refused
   * for an app that is not an OpenID Connect client, for a user who is not active, and for a scope
   * the user consented to already.
   *
   * @param actor who records it
   * @param a the application
   * @param u the consenting user
   * @param scope the scope, e.g. {@code okta.users.read}
   * @return the grant
   */
  public GrantRec consent(Actor actor, AppRec a, UserRec u, String scope) {
    if (!"OPENID_CONNECT".equals(a.signOnMode)) {
      throw OktaError.validation("Only OpenID Connect apps (OAuth 2.0 clients) are consented Okta scopes; " + a.id
          + " is " + a.signOnMode + ".");
    }
    if (u.deleted || u.status != dev.governance.testkit.okta.UserStatus.ACTIVE) {
      throw OktaError.validation("User " + u.id + " is " + u.status + "; only an active user consents.");
    }
    for (GrantRec g : a.grants) {
      if (g.activeConsentOf(u.id) && g.scopeId.equals(scope)) {
        throw OktaError.validation("scopeId: " + u.id + " consented to " + scope + " already (" + g.id + ").");
      }
    }
    GrantRec g = s.addGrant(a.idx, scope, s.now(), u.id, u.id);
    changes.log(actor, "app.oauth2.as.consent.grant", "User consent granted for scope", TenantChanges.app(a),
        new LogTargetRec(g.id, "OAuth2ScopeConsentGrant", g.scopeId, g.scopeId));
    return g;
  }
}
