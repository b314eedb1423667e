package dev.governance.okta.internal.sync;

import dev.governance.core.model.Application;
import dev.governance.core.model.Entity;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Group;
import dev.governance.core.model.InventoryCollection;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Applies the System Log's events and the changed lists to a delta's state, reading per item what
 * the events cannot say themselves, and naming what must be re-read in full.
 */
final class DeltaChanges {

  private final DeltaSync delta;
  private final DeltaState state;
  private final List<ChangeLog.Event> events;
  private final Map<String, Group> changedGroups;
  private final Set<String> membersChanged;
  private final Map<String, Application> apps;

  private final Set<String> deletedUsers = new HashSet<>();
  private final Set<String> deletedGroups = new HashSet<>();
  private final Set<String> deactivatedUsers = new LinkedHashSet<>();
  private final Set<String> groupsWithEvents = new HashSet<>();
  private final Set<String> appsToReRead = new LinkedHashSet<>();
  private final Set<String> grantsToReRead = new LinkedHashSet<>();
  private final Set<String> factorChanges = new LinkedHashSet<>();
  /** (user, application) to whether the last event assigned it directly. */
  private final Map<List<String>, Boolean> appUsers = new LinkedHashMap<>();
  /** The groups each user joined or left, and the groups assigned to or unassigned from each application. */
  private final Map<String, Set<String>> movedInto = new HashMap<>();
  private final Map<String, Set<String>> reassigned = new HashMap<>();
  private @Nullable String rolesReason;

  DeltaChanges(DeltaSync delta, List<ChangeLog.Event> events, Instant since, Map<String, Group> changedGroups,
      Set<String> membersChanged, Map<String, Application> apps) {
    this.delta = delta;
    this.state = delta.state();
    this.events = events;
    this.changedGroups = changedGroups;
    this.membersChanged = membersChanged;
    this.apps = apps;
  }

  private boolean planned(InventoryCollection c) {
    return delta.plan().includes(c);
  }

  /**
   * Applies everything.
   *
   * @return the reason for a full sync, or {@code null}
   */
  @Nullable String apply() {
    String missing = classify();
    if (missing != null) {
      return missing;
    }
    deletions();
    memberships();
    assignments();
    scopeGrants();
    rolesAndFactors();
    return null;
  }

  /** Sorts the events; applies memberships and group assignments, which the events state exactly. */
  private @Nullable String classify() {
    for (ChangeLog.Event e : events) {
      String type = e.type();
      String user = e.targetId("User");
      String group = e.targetId("UserGroup");
      String app = e.targetId("AppInstance");
      if (type.equals(ChangeLog.MEMBER_ADD) || type.equals(ChangeLog.MEMBER_REMOVE)) {
        if (user == null || group == null) {
          return "a " + type + " event names no user or no group";
        }
        groupsWithEvents.add(group);
        movedInto.computeIfAbsent(user, k -> new HashSet<>()).add(group);
        Grant m = Grant.Membership.of(user, group);
        if (type.equals(ChangeLog.MEMBER_ADD)) {
          state.add(m);
        } else {
          state.remove(m);
        }
      } else if (type.equals(ChangeLog.GROUP_APP_ADD) || type.equals(ChangeLog.GROUP_APP_REMOVE)) {
        if (group == null || app == null) {
          return "a " + type + " event names no group or no application";
        }
        reassigned.computeIfAbsent(app, k -> new HashSet<>()).add(group);
        Grant a = Grant.AppAssignment.direct(EntityKind.GROUP, group, app);
        if (type.equals(ChangeLog.GROUP_APP_ADD)) {
          state.add(a);
        } else {
          state.remove(a);
        }
      } else if (type.equals(ChangeLog.APP_USER_ADD) || type.equals(ChangeLog.APP_USER_REMOVE)) {
        if (user == null || app == null) {
          return "a " + type + " event names no user or no application";
        }
        appUsers.put(List.of(user, app), type.equals(ChangeLog.APP_USER_ADD));
      } else if (ChangeLog.ROLE_CHANGES.contains(type)) {
        rolesReason = "the System Log shows admin role changes (" + type + ")";
      } else if (ChangeLog.CONSENT_CHANGES.contains(type)) {
        if (app == null) {
          return "a " + type + " event names no application";
        }
        grantsToReRead.add(app);
      } else if (ChangeLog.APP_LIFECYCLE.contains(type)) {
        if (app == null) {
          return "a " + type + " event names no application";
        }
        appsToReRead.add(app);
      } else if (type.equals(ChangeLog.USER_DEACTIVATE)) {
        if (user != null) {
          deactivatedUsers.add(user);
        }
      } else if (ChangeLog.USER_DELETE.contains(type)) {
        if (user == null) {
          return "a " + type + " event names no user";
        }
        deletedUsers.add(user);
      } else if (type.equals(ChangeLog.GROUP_DELETE)) {
        if (group == null) {
          return "a " + type + " event names no group";
        }
        deletedGroups.add(group);
      } else if (ChangeLog.FACTOR_CHANGES.contains(type) && user != null) {
        factorChanges.add(user);
      }
    }
    return null;
  }

  /** Deleted users and groups, and applications no longer listed, go with everything naming them. */
  private void deletions() {
    Set<String> goneApps = new HashSet<>();
    if (delta.plan().includes(InventoryCollection.APPLICATIONS) || !apps.isEmpty()) {
      for (Entity a : delta.previous().entities(EntityKind.APPLICATION)) {
        if (!apps.containsKey(a.id())) {
          goneApps.add(a.id());
        }
      }
    }
    deletedGroups.removeIf(changedGroups::containsKey);
    for (String u : deletedUsers) {
      state.removeEntity(EntityKind.IDENTITY, u);
      delta.dropFactors(u);
    }
    deletedGroups.forEach(g -> state.removeEntity(EntityKind.GROUP, g));
    boolean heldRoles = state.grants().stream().anyMatch(g -> g instanceof Grant.RoleAssignment r
        && (deletedUsers.contains(r.assigneeId()) || deletedGroups.contains(r.assigneeId())
            || goneApps.contains(r.assigneeId())));
    if (heldRoles && rolesReason == null) {
      rolesReason = "a deleted user, group or application held admin roles";
    }
    state.removeGrants(g -> deletedUsers.contains(g.subjectId()) || deletedGroups.contains(g.subjectId())
        || deletedGroups.contains(g.targetId()) || goneApps.contains(g.subjectId())
        || goneApps.contains(g.targetId()));
  }

  /**
   * Members of groups whose membership changed without events the delta can replay (imported
   * groups, changes the log did not list) are re-read.
   */
  private void memberships() {
    if (!planned(InventoryCollection.MEMBERSHIPS)) {
      return;
    }
    for (String g : membersChanged) {
      if (!groupsWithEvents.contains(g) || DeltaSync.imported(changedGroups.get(g))) {
        delta.readMembers(g);
      }
    }
  }

  /**
   * Application assignments: applications whose lifecycle changed are re-read; a user's
   * assignment event is replayed unless a group change of that user or application may explain it
   * (Okta lists group-based assignments with the same event types), then the application is
   * re-read; deactivated users lose their direct assignments to active applications.
   */
  private void assignments() {
    if (!planned(InventoryCollection.APP_ASSIGNMENTS)) {
      return;
    }
    for (String a : apps.keySet()) {
      if (delta.previous().entity(EntityKind.APPLICATION, a).isEmpty()) {
        appsToReRead.add(a);
      }
    }
    Map<String, Set<String>> groupsOfUser = state.groupsOfUsers();
    Map<String, Set<String>> groupsOfApp = state.groupsOfApps();
    Map<String, Set<String>> groupsOfAppBefore = new DeltaState(delta.previous(),
        Set.of(InventoryCollection.APP_ASSIGNMENTS)).groupsOfApps();
    Map<List<String>, Boolean> replay = new HashMap<>();
    appUsers.forEach((pair, added) -> {
      String user = pair.get(0);
      String app = pair.get(1);
      // Okta logs the assignments a group brings with the same event types: an event is a direct
      // assignment's unless a group change in the window may have brought or taken it.
      boolean viaGroup = false;
      for (String g : movedInto.getOrDefault(user, Set.of())) {
        viaGroup |= groupsOfApp.getOrDefault(app, Set.of()).contains(g)
            || groupsOfAppBefore.getOrDefault(app, Set.of()).contains(g);
      }
      for (String g : reassigned.getOrDefault(app, Set.of())) {
        viaGroup |= groupsOfUser.getOrDefault(user, Set.of()).contains(g) || movedInto.containsKey(user);
      }
      if (viaGroup) {
        appsToReRead.add(app);
      } else {
        replay.put(pair, added);
      }
    });
    appsToReRead.retainAll(apps.keySet());
    replay.forEach((pair, added) -> {
      if (!appsToReRead.contains(pair.get(1))) {
        Grant a = Grant.AppAssignment.direct(EntityKind.IDENTITY, pair.get(0), pair.get(1));
        if (added) {
          state.add(a);
        } else {
          state.remove(a);
        }
      }
    });
    if (!deactivatedUsers.isEmpty()) {
      state.removeGrants(g -> g instanceof Grant.AppAssignment a && a.assigneeKind() == EntityKind.IDENTITY
          && deactivatedUsers.contains(a.assigneeId()) && DeltaSync.active(apps.get(a.applicationId()))
          && !appsToReRead.contains(a.applicationId()));
    }
    appsToReRead.forEach(delta::readAssignments);
  }

  private void scopeGrants() {
    if (!planned(InventoryCollection.SCOPE_GRANTS)) {
      return;
    }
    Set<String> read = new LinkedHashSet<>(grantsToReRead);
    read.addAll(appsToReRead);
    for (String a : apps.keySet()) {
      if (delta.previous().entity(EntityKind.APPLICATION, a).isEmpty()) {
        read.add(a);
      }
    }
    for (String a : read) {
      Application app = apps.get(a);
      if (app != null && app.oauthClient()) {
        delta.readGrants(a);
      } else {
        state.removeGrants(g -> g instanceof Grant.ScopeGrant s && s.applicationId().equals(a));
      }
    }
  }

  private void rolesAndFactors() {
    boolean roles = planned(InventoryCollection.ROLE_ASSIGNMENTS) || planned(InventoryCollection.ROLES);
    if (roles && rolesReason != null) {
      Set<InventoryCollection> sub = EnumSet.noneOf(InventoryCollection.class);
      for (InventoryCollection c : List.of(InventoryCollection.ROLE_ASSIGNMENTS, InventoryCollection.ROLES,
          InventoryCollection.AUTH_FACTORS)) {
        if (planned(c)) {
          sub.add(c);
          delta.reReadInFull(c, rolesReason);
        }
      }
      delta.readInFull(sub);
      return;
    }
    if (!planned(InventoryCollection.AUTH_FACTORS)) {
      return;
    }
    Set<String> before = new DeltaState(delta.previous(), delta.plan().collections()).factorUsers();
    Set<String> now = state.factorUsers();
    for (String u : before) {
      if (!now.contains(u)) {
        delta.dropFactors(u);
      }
    }
    for (String u : now) {
      if (!before.contains(u) || factorChanges.contains(u)) {
        delta.readFactors(u);
      }
    }
  }
}
