package dev.governance.core.findings;

import dev.governance.core.access.Access;
import dev.governance.core.access.AccessPath;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Identity;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.Role;
import dev.governance.core.model.PrivilegeLevel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who holds which admin role, directly or through (nested) groups, found by walking back from each
 * role once rather than asking every identity.
 */
final class AdminIndex {

  /**
   * One admin role an identity holds.
   *
   * @param roleId the role
   * @param privilege its privilege level ({@link PrivilegeLevel#UNKNOWN} for a role the snapshot
   *     does not describe)
   * @param label its label
   * @param tenantWide whether some path gives it without targets
   * @param paths how the identity holds it, e.g. {@code direct}, {@code via group Admins}
   */
  record HeldRole(String roleId, PrivilegeLevel privilege, String label, boolean tenantWide, List<String> paths) {}

  private final Map<String, List<HeldRole>> byIdentity;
  private final Map<String, List<HeldRole>> byApplication;

  private AdminIndex(Map<String, List<HeldRole>> byIdentity, Map<String, List<HeldRole>> byApplication) {
    this.byIdentity = byIdentity;
    this.byApplication = byApplication;
  }

  static AdminIndex build(FindingContext ctx) {
    Set<String> roleIds = new TreeSet<>();
    Map<String, List<HeldRole>> byApplication = new TreeMap<>();
    for (Grant.RoleAssignment r : ctx.grantsByKind().roleAssignments()) {
      if (r.active()) {
        roleIds.add(r.roleId());
      }
    }
    Map<String, List<HeldRole>> byIdentity = new TreeMap<>();
    for (String roleId : roleIds) {
      PrivilegeLevel type = privilege(ctx, roleId);
      String label = ctx.name(EntityKind.ROLE, roleId);
      for (Access access : ctx.accessGraph().whoReaches(EntityKind.ROLE, roleId)) {
        add(ctx, byIdentity, access, type, label);
      }
      for (Grant g : ctx.snapshot().grantsTo(EntityKind.ROLE, roleId)) {
        if (g instanceof Grant.RoleAssignment r && r.assigneeKind() == EntityKind.APPLICATION && r.active()) {
          byApplication
              .computeIfAbsent(r.assigneeId(), k -> new ArrayList<>(1))
              .add(new HeldRole(roleId, type, label, r.tenantWide(), List.of("direct")));
        }
      }
    }
    // A deactivated identity reaches no role, yet still holds its assignments: list it, so that
    // rules can tell it apart (it cannot sign in) rather than forget it.
    for (Identity identity : ctx.snapshot().identities()) {
      if (identity.status() != IdentityStatus.DEACTIVATED) {
        continue;
      }
      for (Access access : ctx.accessGraph().dormantAccessOf(identity.id())) {
        if (access.targetKind() == EntityKind.ROLE) {
          add(ctx, byIdentity, access, privilege(ctx, access.targetId()), ctx.name(EntityKind.ROLE, access.targetId()));
        }
      }
    }
    return new AdminIndex(Collections.unmodifiableMap(byIdentity), Collections.unmodifiableMap(byApplication));
  }

  private static void add(FindingContext ctx, Map<String, List<HeldRole>> byIdentity, Access access, PrivilegeLevel type,
      String label) {
    boolean tenantWide = false;
    Set<String> paths = new LinkedHashSet<>();
    for (AccessPath p : access.paths()) {
      tenantWide |= ((Grant.RoleAssignment) p.last()).tenantWide();
      paths.add(ctx.describe(p));
    }
    byIdentity
        .computeIfAbsent(access.identityId(), k -> new ArrayList<>(2))
        .add(new HeldRole(access.targetId(), type, label, tenantWide, List.copyOf(paths)));
  }

  private static PrivilegeLevel privilege(FindingContext ctx, String roleId) {
    return ctx.snapshot().role(roleId).map(Role::privilege).orElse(PrivilegeLevel.UNKNOWN);
  }

  /** Returns the identities holding at least one admin role, by id in id order. */
  Map<String, List<HeldRole>> identities() {
    return byIdentity;
  }

  /** Returns the applications holding at least one admin role, by id in id order. */
  Map<String, List<HeldRole>> applications() {
    return byApplication;
  }

  /** Tells whether an identity holds a tenant admin role. */
  boolean superAdmin(String identityId) {
    return superAdminRole(identityId).isPresent();
  }

  /** Returns the tenant admin role an identity holds, if any. */
  java.util.Optional<HeldRole> superAdminRole(String identityId) {
    return byIdentity.getOrDefault(identityId, List.of()).stream()
        .filter(h -> h.privilege() == PrivilegeLevel.TENANT_ADMIN)
        .findFirst();
  }

  /**
   * Records, for the rule being evaluated, the held roles whose privilege level is not known, which
   * a rule about tenant admins cannot judge.
   *
   * @param ctx the context of the rule
   * @param what what the rule did without the level, e.g. {@code not counted as tenant admins}
   */
  void noteUnknownPrivileges(FindingContext ctx, String what) {
    Set<String> roles = new TreeSet<>();
    Set<String> holders = new TreeSet<>();
    byIdentity.forEach((id, held) -> held.stream().filter(h -> h.privilege() == PrivilegeLevel.UNKNOWN)
        .forEach(h -> {
          roles.add(h.roleId());
          holders.add("identity " + id);
        }));
    byApplication.forEach((id, held) -> held.stream().filter(h -> h.privilege() == PrivilegeLevel.UNKNOWN)
        .forEach(h -> {
          roles.add(h.roleId());
          holders.add("application " + id);
        }));
    if (!roles.isEmpty()) {
      ctx.factUnknown(roles.size() + (roles.size() == 1 ? " role has" : " roles have")
          + " no privilege level from the connector (UNKNOWN), held by " + holders.size()
          + (holders.size() == 1 ? " principal" : " principals") + ": " + what);
    }
  }
}
