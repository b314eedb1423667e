package dev.governance.core.findings;

import dev.governance.core.access.Access;
import dev.governance.core.access.AccessPath;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Identity;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.Role;
import dev.governance.core.model.RoleType;
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
   * @param type its type ({@link RoleType#UNKNOWN} for a role the snapshot does not describe)
   * @param label its label
   * @param tenantWide whether some path gives it without targets
   * @param paths how the identity holds it, e.g. {@code direct}, {@code via group Admins}
   */
  record HeldRole(String roleId, RoleType type, String label, boolean tenantWide, List<String> paths) {}

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
      RoleType type = type(ctx, roleId);
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
    // A deprovisioned identity reaches no role, yet still holds its assignments: list it, so that
    // rules can tell it apart (it cannot sign in) rather than forget it.
    for (Identity identity : ctx.snapshot().identities()) {
      if (identity.status() != IdentityStatus.DEPROVISIONED) {
        continue;
      }
      for (Access access : ctx.accessGraph().dormantAccessOf(identity.id())) {
        if (access.targetKind() == EntityKind.ROLE) {
          add(ctx, byIdentity, access, type(ctx, access.targetId()), ctx.name(EntityKind.ROLE, access.targetId()));
        }
      }
    }
    return new AdminIndex(Collections.unmodifiableMap(byIdentity), Collections.unmodifiableMap(byApplication));
  }

  private static void add(FindingContext ctx, Map<String, List<HeldRole>> byIdentity, Access access, RoleType type,
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

  private static RoleType type(FindingContext ctx, String roleId) {
    return ctx.snapshot().role(roleId).map(Role::type).orElseGet(() -> RoleType.parse(roleId));
  }

  /** Returns the identities holding at least one admin role, by id in id order. */
  Map<String, List<HeldRole>> identities() {
    return byIdentity;
  }

  /** Returns the applications holding at least one admin role, by id in id order. */
  Map<String, List<HeldRole>> applications() {
    return byApplication;
  }

  /** Tells whether an identity holds a super admin role. */
  boolean superAdmin(String identityId) {
    return byIdentity.getOrDefault(identityId, List.of()).stream()
        .anyMatch(h -> h.type() == RoleType.SUPER_ADMIN);
  }

  /** Returns the super admin role an identity holds, if any. */
  java.util.Optional<HeldRole> superAdminRole(String identityId) {
    return byIdentity.getOrDefault(identityId, List.of()).stream()
        .filter(h -> h.type() == RoleType.SUPER_ADMIN)
        .findFirst();
  }
}
