package dev.governance.testkit.okta.internal.state;

import dev.governance.testkit.okta.AppStatus;
import dev.governance.testkit.okta.OktaGroupType;
import dev.governance.testkit.okta.UserStatus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The commands of the tenant model: every change to a tenant, whoever makes it (the API, a
 * fixture, a fault that changes the tenant between pages), goes through one of these, under the
 * write lock that {@link Tenant#write} holds. Each command applies Okta's rules and side effects
 * and, for an actor other than {@link Actor#SEED}, writes the System Log event Okta writes. A
 * command refused by Okta's rules throws the {@link OktaError} Okta answers with; it has changed
 * nothing then.
 */
public final class TenantChanges {
  private final TenantState s;
  private final GroupRules rules;
  private final UserFactors mfa;
  private final IamChanges iam;
  private final AppChanges apps;

  TenantChanges(TenantState state) {
    this.s = state;
    this.rules = new GroupRules(state, this);
    this.mfa = new UserFactors(state, this);
    this.iam = new IamChanges(state, this);
    this.apps = new AppChanges(state, this);
  }

  /**
   * The MFA factor commands.
   *
   * @return the factor commands
   */
  public UserFactors mfa() {
    return mfa;
  }

  /**
   * The group rule commands; every change to a user or a membership below re-evaluates the active
   * rules for that user.
   *
   * @return the rule commands
   */
  public GroupRules rules() {
    return rules;
  }

  /**
   * The commands on app users' profiles and scopes, group assignments' priorities and profiles,
   * and admin scope grants.
   *
   * @return the commands
   */
  public AppChanges apps() {
    return apps;
  }

  /**
   * The commands on admin roles, custom roles, resource sets and their bindings.
   *
   * @return the commands
   */
  public IamChanges iam() {
    return iam;
  }

  /**
   * The state the commands change, for the queries a command's caller needs.
   *
   * @return the state
   */
  public TenantState state() {
    return s;
  }

  // ---- users

  /**
   * Creates a user; it joins the built-in {@code Everyone} group. A login another user has (case
   * aside) is refused as Okta refuses it. Okta writes {@code user.lifecycle.create}, and {@code
   * user.lifecycle.activate} for a user created active or provisioned.
   *
   * @param actor who creates it
   * @param profile the profile: {@code login}, {@code email}, {@code firstName}, {@code lastName}
   *     and custom attributes
   * @param status the status it starts in
   * @param withPassword whether it was created with a password
   * @return the user
   */
  public UserRec createUser(Actor actor, java.util.Map<String, Object> profile, UserStatus status,
      boolean withPassword) {
    java.util.Map<String, Object> extra = new java.util.LinkedHashMap<>(profile);
    String login = String.valueOf(extra.remove("login"));
    String email = String.valueOf(extra.getOrDefault("email", login));
    extra.remove("email");
    Object first = extra.remove("firstName");
    Object last = extra.remove("lastName");
    UserRec existing = s.user(login);
    if (existing != null && existing.login.equalsIgnoreCase(login)) {
      throw new OktaError(400, "E0000001", "Api validation failed: login",
          List.of("login: An object with this field already exists in the current organization"));
    }
    long now = s.now();
    UserRec u = s.addUser(login, status, now);
    u.email = email;
    u.firstName = first == null ? "" : String.valueOf(first);
    u.lastName = last == null ? "" : String.valueOf(last);
    u.extra = extra.isEmpty() ? null : extra;
    if (withPassword) {
      u.passwordChanged = now;
    }
    if (status != UserStatus.STAGED) {
      u.activated = now;
      u.statusChanged = now;
    }
    GroupRec everyone = everyone();
    if (everyone != null) {
      s.addMember(everyone.idx, u.idx);
    }
    if (status == UserStatus.DEPROVISIONED) {
      s.deprovision(u);
    }
    log(actor, "user.lifecycle.create", "Create okta user", user(u));
    if (status == UserStatus.ACTIVE || status == UserStatus.PROVISIONED) {
      log(actor, "user.lifecycle.activate", "Activate Okta user", user(u));
    }
    rules.userChanged(actor, u);
    return u;
  }

  private @Nullable GroupRec everyone() {
    for (GroupRec g : s.groups()) {
      if (g.type == OktaGroupType.BUILT_IN && "Everyone".equals(g.name)) {
        return g;
      }
    }
    return null;
  }

  /**
   * Sets a user's profile: the base attributes and the custom ones (replaced whole). The login
   * must stay unique.
   *
   * @param actor who changes it
   * @param u the user
   * @param login the login
   * @param email the primary email
   * @param firstName the first name
   * @param lastName the last name
   * @param extra the custom attributes
   */
  public void profile(Actor actor, UserRec u, String login, String email, String firstName, String lastName,
      java.util.Map<String, Object> extra) {
    login(u, login);
    u.email = email;
    u.firstName = firstName;
    u.lastName = lastName;
    u.extra = extra.isEmpty() ? null : new java.util.LinkedHashMap<>(extra);
    u.lastUpdated = s.now();
    log(actor, "user.account.update_profile", "Update user profile for Okta", user(u));
    rules.userChanged(actor, u);
  }

  /**
   * Sets a user's password: only the time it changed is kept, never the password.
   *
   * @param actor who sets it
   * @param u the user
   */
  public void password(Actor actor, UserRec u) {
    u.passwordChanged = s.now();
    u.lastUpdated = u.passwordChanged;
    log(actor, "user.account.update_password", "Update password for user", user(u));
  }

  /**
   * Changes a user's login, which must stay unique.
   *
   * @param u the user
   * @param login the new login
   */
  public void login(UserRec u, String login) {
    UserRec other = s.user(login);
    if (other != null && other != u && other.login.equalsIgnoreCase(login)) {
      throw new OktaError(400, "E0000001", "Api validation failed: login",
          List.of("login: An object with this field already exists in the current organization"));
    }
    s.relogin(u, login);
  }

  /**
   * A lifecycle transition, with Okta's rules: deactivate from any status but {@code
   * DEPROVISIONED}; suspend from {@code ACTIVE}; unsuspend from {@code SUSPENDED}; unlock from
   * {@code LOCKED_OUT}; activate from {@code STAGED} or {@code DEPROVISIONED} (to {@code ACTIVE}
   * when the user has a password, else {@code PROVISIONED}); reactivate from {@code PROVISIONED} or
   * {@code RECOVERY}. Anything else is refused with 400 {@code E0000001}.
   *
   * @param actor who makes it
   * @param u the user
   * @param operation {@code deactivate}, {@code suspend}, {@code unsuspend}, {@code unlock},
   *     {@code activate} or {@code reactivate}
   * @throws OktaError 404 {@code E0000008} for another operation
   */
  public void transition(Actor actor, UserRec u, String operation) {
    UserStatus from = u.status;
    UserStatus to = switch (operation) {
      case "deactivate" -> from == UserStatus.DEPROVISIONED ? null : UserStatus.DEPROVISIONED;
      case "suspend" -> from == UserStatus.ACTIVE ? UserStatus.SUSPENDED : null;
      case "unsuspend" -> from == UserStatus.SUSPENDED ? UserStatus.ACTIVE : null;
      case "unlock" -> from == UserStatus.LOCKED_OUT ? UserStatus.ACTIVE : null;
      case "activate" -> from == UserStatus.STAGED || from == UserStatus.DEPROVISIONED
          ? (u.passwordChanged != 0 ? UserStatus.ACTIVE : UserStatus.PROVISIONED) : null;
      case "reactivate" -> from == UserStatus.PROVISIONED || from == UserStatus.RECOVERY
          ? UserStatus.PROVISIONED : null;
      default -> throw new OktaError(404, "E0000008", "The requested path was not found",
          List.of("Unknown lifecycle operation '" + operation + "'."));
    };
    if (to == null) {
      throw OktaError.validation("Cannot " + operation + " a user whose status is " + from + ".");
    }
    long now = s.now();
    setStatus(u, to);
    if ("activate".equals(operation) && u.activated == 0) {
      u.activated = now;
    }
    log(actor, "user.lifecycle." + operation, switch (operation) {
      case "deactivate" -> "Deactivate Okta user";
      case "suspend" -> "Suspend Okta user";
      case "unsuspend" -> "Unsuspend Okta user";
      case "unlock" -> "Unlock Okta user";
      case "activate" -> "Activate Okta user";
      default -> "Reactivate Okta user";
    }, user(u));
    rules.userChanged(actor, u);
  }

  // ---- passwords

  /**
   * Expires a user's password: {@code ACTIVE} (or already {@code PASSWORD_EXPIRED}) becomes {@code
   * PASSWORD_EXPIRED}, so that the user must change it at the next sign-in; any other status is
   * refused with 400 {@code E0000001}. With a temporary password, the password is replaced first
   * (only the time is kept). Okta writes {@code user.account.expire_password}.
   *
   * @param actor who expires it
   * @param u the user
   * @param temporary whether a temporary password replaces it
   */
  public void expirePassword(Actor actor, UserRec u, boolean temporary) {
    if (u.status != UserStatus.ACTIVE && u.status != UserStatus.PASSWORD_EXPIRED) {
      throw OktaError.validation("Cannot expire the password of a user whose status is " + u.status
          + "; only ACTIVE users have a password to expire.");
    }
    if (temporary) {
      u.passwordChanged = s.now();
    }
    setStatus(u, UserStatus.PASSWORD_EXPIRED);
    log(actor, "user.account.expire_password", "Expire password for Okta user", user(u));
    rules.userChanged(actor, u);
  }

  /**
   * Starts a password reset: {@code ACTIVE}, {@code PASSWORD_EXPIRED}, {@code LOCKED_OUT} or {@code
   * RECOVERY} becomes {@code RECOVERY} until the user completes it; any other status is refused with
   * 400 {@code E0000001}. Okta writes {@code user.account.reset_password}.
   *
   * @param actor who resets it
   * @param u the user
   */
  public void resetPassword(Actor actor, UserRec u) {
    if (u.status != UserStatus.ACTIVE && u.status != UserStatus.PASSWORD_EXPIRED
        && u.status != UserStatus.LOCKED_OUT && u.status != UserStatus.RECOVERY) {
      throw OktaError.validation("Cannot reset the password of a user whose status is " + u.status + ".");
    }
    setStatus(u, UserStatus.RECOVERY);
    log(actor, "user.account.reset_password", "Reset password for Okta user", user(u));
    rules.userChanged(actor, u);
  }

  /**
   * Sets a user's status as set-up does, with Okta's side effects: {@code DEPROVISIONED} removes
   * the direct assignments to active applications and the API tokens, and keeps the memberships.
   *
   * @param u the user
   * @param status the status
   */
  public void setStatus(UserRec u, UserStatus status) {
    u.status = status;
    u.statusChanged = s.now();
    u.lastUpdated = u.statusChanged;
    if (status == UserStatus.DEPROVISIONED) {
      s.deprovision(u);
    }
  }

  /**
   * Deletes a deactivated user: its memberships, direct assignments, admin roles and API tokens go
   * with it. A user not yet deactivated is refused, as Okta only deactivates it then.
   *
   * @param actor who deletes it
   * @param u the user
   */
  public void deleteUser(Actor actor, UserRec u) {
    if (u.status != UserStatus.DEPROVISIONED) {
      throw OktaError.validation("Cannot delete a user whose status is " + u.status + "; deactivate it first.");
    }
    while (u.groups.size() > 0) {
      GroupRec g = s.groups().get(u.groups.get(0));
      s.removeMember(g.idx, u.idx);
      g.lastMembershipUpdated = s.now();
    }
    s.deprovision(u);
    for (AppRec a : s.apps()) {
      a.directUsers.removeSorted(u.idx);
    }
    s.removeRoles(r -> r.assignmentType.equals("USER") && r.assignee == u.idx);
    u.deleted = true;
    log(actor, "user.lifecycle.delete.initiated", "Delete Okta user", user(u));
  }

  /**
   * Sets when a user last signed in.
   *
   * @param u the user
   * @param at epoch milliseconds
   */
  public void lastLogin(UserRec u, long at) {
    u.lastLogin = at;
  }

  // ---- groups

  /**
   * Creates a group. Okta refuses a second {@code OKTA_GROUP} of the same name through its API;
   * set-up ({@link Actor#SEED}) may seed one.
   *
   * @param actor who creates it
   * @param name the profile name
   * @param type the type
   * @return the group
   */
  public GroupRec createGroup(Actor actor, String name, OktaGroupType type) {
    return createGroup(actor, name, type, null, java.util.Map.of());
  }

  /**
   * Creates a group with a description and custom profile attributes.
   *
   * @param actor who creates it
   * @param name the profile name
   * @param type the type
   * @param description the description, or {@code null}
   * @param extra the custom attributes
   * @return the group
   */
  public GroupRec createGroup(Actor actor, String name, OktaGroupType type, @Nullable String description,
      java.util.Map<String, Object> extra) {
    if (type == OktaGroupType.OKTA_GROUP && actor.logged()) {
      // Set-up may seed two groups of one name, as tenants that predate the rule hold.
      uniqueGroupName(null, name);
    }
    GroupRec g = s.addGroup(name, type, s.now());
    g.description = description;
    g.extra = extra.isEmpty() ? null : new java.util.HashMap<>(extra);
    log(actor, "group.lifecycle.create", "Create Okta group", group(g));
    return g;
  }

  private void uniqueGroupName(@Nullable GroupRec self, String name) {
    for (GroupRec other : s.groups()) {
      if (other != self && !other.deleted && other.type == OktaGroupType.OKTA_GROUP
          && other.name.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        throw new OktaError(400, "E0000001", "Api validation failed: name",
            List.of("name: An object with this field already exists in the current organization"));
      }
    }
  }

  /**
   * Replaces a group's profile. Only {@code OKTA_GROUP} profiles can be changed.
   *
   * @param actor who changes it
   * @param g the group
   * @param name the new name
   * @param description the new description, or {@code null}
   * @param extra the custom attributes, or {@code null}
   */
  public void updateGroup(Actor actor, GroupRec g, String name, @Nullable String description,
      java.util.@Nullable Map<String, Object> extra) {
    if (g.type != OktaGroupType.OKTA_GROUP) {
      throw new OktaError(403, "E0000006", "You do not have permission to perform the requested action",
          List.of("The profile of a " + g.type + " group is managed by its source and cannot be changed."));
    }
    uniqueGroupName(g, name);
    g.name = name;
    g.description = description;
    g.extra = extra == null || extra.isEmpty() ? null : new java.util.HashMap<>(extra);
    g.lastUpdated = s.now();
    log(actor, "group.profile.update", "Update Okta group profile", group(g));
  }

  /**
   * Deletes a group: its memberships, application assignments and admin roles go with it. Okta
   * refuses to delete a {@code BUILT_IN} group.
   *
   * @param actor who deletes it
   * @param g the group
   */
  public void deleteGroup(Actor actor, GroupRec g) {
    if (g.type == OktaGroupType.BUILT_IN) {
      throw new OktaError(403, "E0000006", "You do not have permission to perform the requested action",
          List.of("The BUILT_IN group " + g.name + " cannot be deleted."));
    }
    while (g.members.size() > 0) {
      s.removeMember(g.idx, g.members.get(0));
    }
    while (g.apps.size() > 0) {
      int a = g.apps.get(0);
      s.apps().get(a).groups.remove(g.idx);
      g.apps.remove(a);
    }
    s.removeRoles(r -> r.assignmentType.equals("GROUP") && r.assignee == g.idx);
    s.deleteGroup(g);
    log(actor, "group.lifecycle.delete", "Delete Okta group", group(g));
  }

  /**
   * Adds a user to a group. Only {@code OKTA_GROUP} memberships change through the API; set-up may
   * also fill imported groups. Adding a member twice changes nothing and logs nothing.
   *
   * @param actor who adds it
   * @param g the group
   * @param u the user
   * @return whether it was new
   */
  public boolean addMember(Actor actor, GroupRec g, UserRec u) {
    sourceManaged(actor, g);
    boolean changed = s.addMember(g.idx, u.idx);
    if (changed) {
      g.lastMembershipUpdated = s.now();
      log(actor, "group.user_membership.add", "Add user to group membership", user(u), group(g));
      rules.userChanged(actor, u);
    }
    return changed;
  }

  /**
   * Makes a user or a group an owner of a group. Okta's System Log event type for it was not found,
   * so none is written.
   *
   * @param actor who assigns it
   * @param g the group
   * @param ownerId the owner's id
   * @param type {@code USER} or {@code GROUP}
   * @return the owner
   * @throws OktaError 404 {@code E0000007} for an unknown user or group, 400 {@code E0000001} for
   *     another type or an owner the group already has
   */
  public OwnerRec addGroupOwner(Actor actor, GroupRec g, String ownerId, String type) {
    boolean exists = switch (type) {
      case "USER" -> {
        UserRec u = s.user(ownerId);
        yield u != null && u.id.equals(ownerId);
      }
      case "GROUP" -> s.group(ownerId) != null;
      default -> throw new OktaError(400, "E0000001", "Api validation failed: type",
          List.of("type: the owner type must be USER or GROUP"));
    };
    if (!exists) {
      throw OktaError.notFound(ownerId + " (" + (type.equals("USER") ? "User" : "UserGroup") + ")");
    }
    for (OwnerRec o : g.owners) {
      if (o.id().equals(ownerId)) {
        throw new OktaError(400, "E0000001", "Api validation failed: id",
            List.of("id: " + ownerId + " already owns group " + g.id));
      }
    }
    OwnerRec owner = new OwnerRec(ownerId, type, s.now());
    g.owners.add(owner);
    return owner;
  }

  /**
   * Removes an owner of a group.
   *
   * @param actor who removes it
   * @param g the group
   * @param ownerId the owner's id
   * @throws OktaError 404 {@code E0000007} when it does not own the group
   */
  public void removeGroupOwner(Actor actor, GroupRec g, String ownerId) {
    if (!g.owners.removeIf(o -> o.id().equals(ownerId))) {
      throw OktaError.notFound(ownerId + " (GroupOwner)");
    }
  }

  /**
   * Removes a user from a group, with the rules of {@link #addMember}.
   *
   * @param actor who removes it
   * @param g the group
   * @param u the user
   * @return whether it was a member
   */
  public boolean removeMember(Actor actor, GroupRec g, UserRec u) {
    sourceManaged(actor, g);
    if (rules.managedByAny(g.idx, u.idx)) {
      if (actor.logged()) {
        throw new OktaError(403, "E0000006", "You do not have permission to perform the requested action",
            List.of("The membership of user " + u.id + " in group " + g.id + " is managed by a group "
                + "rule; exclude the user from the rule or change the rule instead."));
      }
      rules.forget(g.idx, u.idx);
    }
    boolean changed = s.removeMember(g.idx, u.idx);
    if (changed) {
      g.lastMembershipUpdated = s.now();
      log(actor, "group.user_membership.remove", "Remove user from group membership", user(u), group(g));
      rules.userChanged(actor, u);
    }
    return changed;
  }

  private static void sourceManaged(Actor actor, GroupRec g) {
    if (actor.logged() && g.type != OktaGroupType.OKTA_GROUP) {
      throw new OktaError(403, "E0000006", "You do not have permission to perform the requested "
          + "action", List.of("Memberships of " + g.type + " groups are managed by their source "
          + "and cannot be changed through the API."));
    }
  }

  // ---- applications

  /**
   * Adds an application.
   *
   * @param actor who adds it
   * @param name the app name
   * @param label the label
   * @param signOnMode the sign-on mode
   * @param status the status
   * @return the application
   */
  public AppRec createApp(Actor actor, String name, String label, String signOnMode, AppStatus status) {
    AppRec a = s.addApp(name, label, signOnMode, status, s.now());
    log(actor, "application.lifecycle.create", "Add application", app(a));
    return a;
  }

  /**
   * Activates or deactivates an application; one already so is left as it is, without an event.
   *
   * @param actor who changes it
   * @param a the application
   * @param active whether it ends active
   */
  public void appActive(Actor actor, AppRec a, boolean active) {
    AppStatus to = active ? AppStatus.ACTIVE : AppStatus.INACTIVE;
    if (a.status == to) {
      return;
    }
    a.status = to;
    a.lastUpdated = s.now();
    log(actor, active ? "application.lifecycle.activate" : "application.lifecycle.deactivate",
        active ? "Activate application" : "Deactivate application", app(a));
  }

  /**
   * Deletes an inactive application with its assignments and grants; Okta refuses an active one.
   *
   * @param actor who deletes it
   * @param a the application
   */
  public void deleteApp(Actor actor, AppRec a) {
    if (a.status == AppStatus.ACTIVE) {
      throw new OktaError(403, "E0000056", "Delete application forbidden.",
          List.of("Application " + a.id + " is active; deactivate it before deleting it."));
    }
    while (a.directUsers.size() > 0) {
      a.directUsers.removeSorted(a.directUsers.get(0));
    }
    while (a.groups.size() > 0) {
      int g = a.groups.get(0);
      a.groups.remove(g);
      s.groups().get(g).apps.remove(a.idx);
    }
    a.grants.clear();
    s.removeRoles(r -> r.assignmentType.equals("CLIENT") && r.assignee == a.idx);
    a.status = AppStatus.DELETED;
    a.deleted = true;
    a.lastUpdated = s.now();
    log(actor, "application.lifecycle.delete", "Delete application", app(a));
  }

  /**
   * Assigns a user to an application directly; Okta assigns no deactivated user.
   *
   * @param actor who assigns
   * @param a the application
   * @param u the user
   * @return whether it was new
   */
  public boolean assignUser(Actor actor, AppRec a, UserRec u) {
    if (u.status == UserStatus.DEPROVISIONED) {
      throw OktaError.validation("User " + u.id + " is deactivated (DEPROVISIONED), and deactivated users"
          + " cannot be assigned to applications; activate it before assigning.");
    }
    boolean changed = a.directUsers.addSorted(u.idx);
    if (changed) {
      a.lastUpdated = s.now();
      log(actor, "application.user_membership.add", "Add user to application membership", user(u), app(a));
    }
    return changed;
  }

  /**
   * Removes a user's direct assignment. Okta refuses while a group of the user is also assigned
   * (403 {@code E0000046}), and answers 404 when there is no direct assignment.
   *
   * @param actor who unassigns
   * @param a the application
   * @param u the user
   */
  public void unassignUser(Actor actor, AppRec a, UserRec u) {
    for (int i = 0; TenantState.listedAsAppUser(a, u) && i < a.groups.size(); i++) {
      int g = a.groups.get(i);
      if (u.groups.containsSorted(g)) {
        throw new OktaError(403, "E0000046", "Deactivate application for user forbidden.",
            List.of("Cannot unassign the user while the group " + s.groups().get(g).name
                + " grants access; remove the user from that group or unassign the group."));
      }
    }
    if (!a.directUsers.removeSorted(u.idx)) {
      throw OktaError.notFound(u.id + " (AppUser)");
    }
    a.userProfiles.remove(u.idx);
    a.lastUpdated = s.now();
    log(actor, "application.user_membership.remove", "Remove user from application membership",
        user(u), app(a));
  }

  /**
   * Assigns a group to an application.
   *
   * @param actor who assigns
   * @param a the application
   * @param g the group
   * @return whether it was new
   */
  public boolean assignGroup(Actor actor, AppRec a, GroupRec g) {
    if (a.groups.contains(g.idx)) {
      return false;
    }
    a.groups.add(g.idx);
    g.apps.add(a.idx);
    log(actor, "group.application_assignment.add", "Add assigned application to group", group(g), app(a));
    return true;
  }

  /**
   * Removes a group's assignment; 404 when the group is not assigned.
   *
   * @param actor who unassigns
   * @param a the application
   * @param g the group
   */
  public void unassignGroup(Actor actor, AppRec a, GroupRec g) {
    if (!a.groups.remove(g.idx)) {
      throw OktaError.notFound(g.id + " (ApplicationGroupAssignment)");
    }
    a.groupProfiles.remove(g.idx);
    g.apps.remove(a.idx);
    log(actor, "group.application_assignment.remove", "Remove assigned application from group",
        group(g), app(a));
  }

  /**
   * Grants an Okta API scope to an application.
   *
   * @param actor who grants
   * @param a the application
   * @param scope the scope
   * @param createdBy the granting user's id
   * @return the grant
   */
  public GrantRec grant(Actor actor, AppRec a, String scope, String createdBy) {
    GrantRec g = s.addGrant(a.idx, scope, s.now(), createdBy);
    log(actor, "app.oauth2.admin.consent.grant", "Admin consent granted for scope", app(a),
        new LogTargetRec(g.id, "OAuth2ScopeConsentGrant", g.scopeId, g.scopeId));
    return g;
  }

  /**
   * Revokes an active scope grant; 404 when none has the id.
   *
   * @param actor who revokes
   * @param a the application
   * @param grantId the grant's id
   */
  public void revokeGrant(Actor actor, AppRec a, String grantId) {
    for (GrantRec g : a.grants) {
      if (g.id.equals(grantId) && "ACTIVE".equals(g.status)) {
        g.status = "REVOKED";
        g.lastUpdated = s.now();
        log(actor, "app.oauth2.admin.consent.revoke", "Admin consent revoked for scope", app(a),
            new LogTargetRec(g.id, "OAuth2ScopeConsentGrant", g.scopeId, g.scopeId));
        return;
      }
    }
    throw OktaError.notFound(grantId + " (OAuth2ScopeConsentGrant)");
  }

  // ---- tokens and roles

  /**
   * Issues an API token; Okta issues none for a deactivated user.
   *
   * @param owner the owner
   * @param name the name
   * @param secret the secret, or {@code null} to make one
   * @return the token
   */
  public TokenRec issueToken(UserRec owner, String name, @Nullable String secret) {
    if (owner.status == UserStatus.DEPROVISIONED) {
      throw OktaError.validation("User " + owner.id + " is deactivated (DEPROVISIONED); Okta deprovisions the"
          + " API tokens of deactivated users, so none can be issued for it.");
    }
    long now = s.now();
    return s.addToken(name, owner.idx, secret, now, now);
  }

  /**
   * Revokes a token; 404 when it is revoked already.
   *
   * @param actor who revokes
   * @param t the token
   */
  public void revokeToken(Actor actor, TokenRec t) {
    if (t.revoked()) {
      throw OktaError.notFound(t.id + " (ApiToken)");
    }
    t.revoked(true);
    log(actor, "system.api_token.revoke", "Revoke API token", new LogTargetRec(t.id, "Token", t.name, t.name));
  }

  /**
   * Makes a revoked token valid again, which Okta never does (for tests that revoke a token and go
   * on with the same tenant).
   *
   * @param t the token
   * @return whether it was revoked
   */
  public boolean restoreToken(TokenRec t) {
    boolean was = t.revoked();
    t.revoked(false);
    return was;
  }

  /**
   * Adds an admin role assignment.
   *
   * @param role the assignment
   * @return the assignment
   */
  public RoleRec assignRole(RoleRec role) {
    iam.register(role);
    return s.addRole(role);
  }

  /**
   * Removes an admin role assignment.
   *
   * @param actor who removes it
   * @param r the assignment
   * @param assignee the log target of its assignee
   */
  public void unassignRole(Actor actor, RoleRec r, LogTargetRec assignee) {
    iam.unassign(actor, r, assignee);
  }

  // ---- the rest of set-up

  /**
   * Sets a user's enrolled factors.
   *
   * @param u the user
   * @param list the factors
   */
  public void factors(UserRec u, List<FactorRec> list) {
    s.putFactors(u.idx, list);
  }

  /**
   * Adds a group rule as set-up seeds it; an active one is evaluated at once ({@link
   * GroupRules#add}).
   *
   * @param rule the rule
   */
  public void addRule(GroupRuleRec rule) {
    rules.add(Actor.SEED, rule);
  }

  /**
   * Sets a principal rate limit.
   *
   * @param r the setting
   */
  public void principalRateLimit(PrincipalRateLimitRec r) {
    s.putPrincipalRateLimit(r);
  }

  /**
   * Sets the factor types the enrollment policy allows.
   *
   * @param types the types, or {@code null} for every type
   */
  public void enrollableFactorTypes(java.util.@Nullable Set<String> types) {
    s.enrollableFactorTypes(types);
  }

  // ---- bulk set-up for the generators: tables only, no rules beyond the tables' own

  /**
   * Adds a user without joining it anywhere, for generators that build whole tenants.
   *
   * @param login the login, unique
   * @param status the status
   * @param created the creation time
   * @return the user
   */
  public UserRec seedUser(String login, UserStatus status, long created) {
    return s.addUser(login, status, created);
  }

  /**
   * Adds a group, for generators.
   *
   * @param name the name
   * @param type the type
   * @param created the creation time
   * @return the group
   */
  public GroupRec seedGroup(String name, OktaGroupType type, long created) {
    return s.addGroup(name, type, created);
  }

  /**
   * Adds an application, for generators.
   *
   * @param name the app name
   * @param label the label
   * @param signOnMode the sign-on mode
   * @param status the status
   * @param created the creation time
   * @return the application
   */
  public AppRec seedApp(String name, String label, String signOnMode, AppStatus status, long created) {
    return s.addApp(name, label, signOnMode, status, created);
  }

  /**
   * Adds a member (both indexes), for generators.
   *
   * @param g the group
   * @param u the user
   * @return whether it was new
   */
  public boolean seedMember(GroupRec g, UserRec u) {
    return s.addMember(g.idx, u.idx);
  }

  /**
   * Adds a scope grant, for generators.
   *
   * @param a the application
   * @param scope the scope
   * @param created the creation time
   * @param createdBy the granting user's id
   * @return the grant
   */
  public GrantRec seedGrant(AppRec a, String scope, long created, String createdBy) {
    return s.addGrant(a.idx, scope, created, createdBy);
  }

  /**
   * Adds an API token with its history, for generators.
   *
   * @param name the name
   * @param owner the owner's position
   * @param secret the secret, or {@code null} to make one
   * @param created the creation time
   * @param lastUsed the last use
   * @return the token
   */
  public TokenRec seedToken(String name, int owner, @Nullable String secret, long created, long lastUsed) {
    return s.addToken(name, owner, secret, created, lastUsed);
  }

  /**
   * Applies what a deactivation does to a user already {@code DEPROVISIONED}, for generators.
   *
   * @param u the user
   */
  public void deprovision(UserRec u) {
    s.deprovision(u);
  }

  // ---- the System Log

  /**
   * The log target of a user.
   *
   * @param u the user
   * @return the target
   */
  public static LogTargetRec user(UserRec u) {
    return new LogTargetRec(u.id, "User", u.login, (u.firstName + " " + u.lastName).trim());
  }

  /**
   * The log target of a group.
   *
   * @param g the group
   * @return the target
   */
  public static LogTargetRec group(GroupRec g) {
    return new LogTargetRec(g.id, "UserGroup", g.name, g.name);
  }

  /**
   * The log target of an application.
   *
   * @param a the application
   * @return the target
   */
  public static LogTargetRec app(AppRec a) {
    return new LogTargetRec(a.id, "AppInstance", a.name, a.label);
  }

  /**
   * Writes a System Log event, unless the actor is {@link Actor#SEED}.
   *
   * @param actor the actor
   * @param type the event type
   * @param message the display message
   * @param targets the targets
   */
  public void log(Actor actor, String type, String message, LogTargetRec... targets) {
    logAt(actor, s.now(), type, message, targets);
  }

  /**
   * Writes a System Log event published at a given time, for the history a generated shape comes
   * with; callers write in time order, before the clock's now.
   *
   * @param actor the actor
   * @param at when it was published, epoch milliseconds
   * @param type the event type
   * @param message the display message
   * @param targets the targets
   */
  public void logAt(Actor actor, long at, String type, String message, LogTargetRec... targets) {
    if (!actor.logged()) {
      return;
    }
    s.log(new LogEventRec(0, UUID.nameUUIDFromBytes((actor.requestId() + type + s.log().size())
        .getBytes(StandardCharsets.UTF_8)).toString(), at, type, message,
        actor.id(), actor.type(), actor.alternateId(), List.of(targets), actor.tokenId(), actor.requestId()));
  }
}
