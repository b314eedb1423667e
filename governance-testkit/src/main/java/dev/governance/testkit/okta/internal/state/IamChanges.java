package dev.governance.testkit.okta.internal.state;

import dev.governance.testkit.okta.OktaGroupType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The commands on admin roles: standard role assignments and their targets, custom roles and
 * their permissions, resource sets and their resources, and the bindings that assign a custom role
 * over a resource set. Part of {@link TenantChanges} (reached through {@link TenantChanges#iam()})
 * and run under its write lock; each change writes the System Log event Okta's catalogue names.
 */
public final class IamChanges {
  /** Okta refuses more than this many resources in one resource set. */
  public static final int MAX_RESOURCES = 1000;
  private static final Set<String> GROUP_TARGETED = Set.of("USER_ADMIN", "HELP_DESK_ADMIN",
      "GROUP_MEMBERSHIP_ADMIN");
  private final TenantState s;
  private final TenantChanges changes;

  IamChanges(TenantState state, TenantChanges changes) {
    this.s = state;
    this.changes = changes;
  }

  // ---- standard role assignments

  /**
   * Assigns a standard role (or an IAM-based one) to a user, a group or a client application.
   * Okta refuses a type already assigned to the same principal (409 {@code E0000090}); for groups,
   * a {@code BUILT_IN} group (400 {@code E0000211}), a group that is not an Okta, AD or LDAP group
   * (400 {@code E0000194}), a group a group rule fills (400 {@code E0000192}) and a group of more
   * than 5,000 users (400 {@code E0000193}).
   *
   * @param actor who assigns
   * @param kind {@code USER}, {@code GROUP} or {@code CLIENT}
   * @param assignee the position of the user, group or application
   * @param type the role type
   * @param label the role's label
   * @param target the assignee's log target
   * @return the assignment
   */
  public RoleRec assignStandard(Actor actor, String kind, int assignee, String type, String label,
      LogTargetRec target) {
    if (kind.equals("GROUP")) {
      assignableGroup(s.groups().get(assignee));
    }
    for (RoleRec r : s.roles()) {
      if (r.assignmentType.equals(kind) && r.assignee == assignee && r.type.equals(type)) {
        throw new OktaError(409, "E0000090", "The role specified is already assigned to the user.",
            List.of("The principal already holds " + type + " (assignment " + r.id + ")."));
      }
    }
    RoleRec r = s.addRole(new RoleRec(s.newId("ra1"), type, label, kind, assignee, null, null, Set.of(),
        s.now()));
    changes.log(actor, grantEvent(kind), "Grant " + label, target, roleTarget(r));
    return r;
  }

  private void assignableGroup(GroupRec g) {
    if (g.type == OktaGroupType.BUILT_IN) {
      throw new OktaError(400, "E0000211", "Roles cannot be granted to built-in groups: " + g.name,
          List.of("Roles cannot be granted to built-in groups: " + g.name));
    }
    for (GroupRuleRec rule : s.rules()) {
      if (rule.groups().contains(g.idx)) {
        throw new OktaError(400, "E0000192", "Roles cannot be granted to groups with group membership "
            + "rules. " + g.name, List.of("The group rule " + rule.name() + " assigns users to " + g.name + "."));
      }
    }
    if (g.members.size() > 5000) {
      throw new OktaError(400, "E0000193", "Roles can only be granted to groups with 5000 or less users. "
          + g.name, List.of(g.name + " has " + g.members.size() + " members."));
    }
  }

  /**
   * Adds a group or application target to an assignment; one already there is left as it is.
   * Group targets go to {@code USER_ADMIN}, {@code HELP_DESK_ADMIN} and {@code
   * GROUP_MEMBERSHIP_ADMIN} only, application targets to {@code APP_ADMIN} only (400 {@code
   * E0000091} otherwise).
   *
   * @param actor who adds it
   * @param r the assignment
   * @param group whether the target is a group (else an application)
   * @param target the group's or application's position
   * @param assignee the assignee's log target
   */
  public void addTarget(Actor actor, RoleRec r, boolean group, int target, LogTargetRec assignee) {
    targetable(r, group);
    IntList list = group ? r.targetGroups : r.targetApps;
    if (list.addSorted(target)) {
      changes.log(actor, grantEvent(r.assignmentType), "Add target to " + r.label, assignee, roleTarget(r));
    }
  }

  /**
   * Removes a target. Okta refuses to remove the last one (it would widen the role to the whole
   * org; unassign the role instead), and answers 404 for a target the assignment does not have.
   *
   * @param actor who removes it
   * @param r the assignment
   * @param group whether the target is a group
   * @param target the position
   * @param assignee the assignee's log target
   */
  public void removeTarget(Actor actor, RoleRec r, boolean group, int target, LogTargetRec assignee) {
    targetable(r, group);
    IntList list = group ? r.targetGroups : r.targetApps;
    if (!list.containsSorted(target)) {
      throw OktaError.notFound((group ? s.groups().get(target).id : s.apps().get(target).id) + " (Target)");
    }
    if (list.size() == 1) {
      throw OktaError.validation("the last target of a role assignment cannot be removed; unassign the "
          + "role to take it away, or add another target first.");
    }
    list.removeSorted(target);
    changes.log(actor, revokeEvent(r.assignmentType), "Remove target from " + r.label, assignee, roleTarget(r));
  }

  private static void targetable(RoleRec r, boolean group) {
    if (group ? !GROUP_TARGETED.contains(r.type) : !"APP_ADMIN".equals(r.type)) {
      throw new OktaError(400, "E0000091", "The provided role type was not the same as required role type.",
          List.of("The role type " + r.type + " takes no " + (group ? "group" : "application") + " targets."));
    }
  }

  /**
   * Removes a role assignment, standard or custom.
   *
   * @param actor who removes it
   * @param r the assignment
   * @param assignee the assignee's log target
   */
  public void unassign(Actor actor, RoleRec r, LogTargetRec assignee) {
    s.removeRole(r);
    changes.log(actor, revokeEvent(r.assignmentType), "Revoke " + r.label, assignee, roleTarget(r));
  }

  static String grantEvent(String kind) {
    return switch (kind) {
      case "GROUP" -> "group.privilege.grant";
      case "CLIENT" -> "app.oauth2.client.privilege.grant";
      default -> "user.account.privilege.grant";
    };
  }

  static String revokeEvent(String kind) {
    return switch (kind) {
      case "GROUP" -> "group.privilege.revoke";
      case "CLIENT" -> "app.oauth2.client.privilege.revoke";
      default -> "user.account.privilege.revoke";
    };
  }

  private static LogTargetRec roleTarget(RoleRec r) {
    return new LogTargetRec(r.id, "ROLE", r.type, r.label);
  }

  // ---- custom roles

  /**
   * Creates a custom role. The label must be unique and the permissions named (400 {@code E0000001}).
   *
   * @param actor who creates it
   * @param label the label
   * @param description the description
   * @param permissions the permissions
   * @return the role
   */
  public CustomRoleRec createRole(Actor actor, String label, String description, Set<String> permissions) {
    uniqueRoleLabel(null, label);
    if (permissions.isEmpty()) {
      throw OktaError.validation("permissions: a custom role needs at least one permission.");
    }
    for (String p : permissions) {
      permissionName(p);
    }
    CustomRoleRec r = new CustomRoleRec(s.newId("cr0"), label, description, permissions, s.now());
    s.addCustomRole(r);
    changes.log(actor, "iam.role.create", "Create custom role", role(r));
    return r;
  }

  /**
   * Replaces a custom role's label and description.
   *
   * @param actor who changes it
   * @param r the role
   * @param label the new label
   * @param description the new description
   */
  public void replaceRole(Actor actor, CustomRoleRec r, String label, String description) {
    uniqueRoleLabel(r, label);
    r.label = label;
    r.description = description;
    r.lastUpdated = s.now();
    changes.log(actor, "iam.role.update", "Update custom role", role(r));
  }

  /**
   * Deletes a custom role. One still bound to a resource set is refused (400 {@code E0000001}):
   * its assignments would be left without a role.
   *
   * @param actor who deletes it
   * @param r the role
   */
  public void deleteRole(Actor actor, CustomRoleRec r) {
    for (RoleRec a : s.roles()) {
      if (r.id.equals(a.customRoleId)) {
        throw OktaError.validation("the custom role " + r.label + " is still assigned through the resource "
            + "set " + a.resourceSetId + "; delete its bindings first.");
      }
    }
    s.removeCustomRole(r);
    changes.log(actor, "iam.role.delete", "Delete custom role", role(r));
  }

  /**
   * Adds a permission to a custom role; one it has already is refused (400 {@code E0000001}).
   *
   * @param actor who adds it
   * @param r the role
   * @param permission the permission
   */
  public void addPermission(Actor actor, CustomRoleRec r, String permission) {
    permissionName(permission);
    if (!r.permissions.add(permission)) {
      throw OktaError.validation("permissionType: the role already has " + permission + ".");
    }
    r.lastUpdated = s.now();
    changes.log(actor, "iam.role.permissions.add", "Add permissions to custom role", role(r));
  }

  /**
   * Removes a permission; 404 for one the role does not have. The last permission cannot go.
   *
   * @param actor who removes it
   * @param r the role
   * @param permission the permission
   */
  public void removePermission(Actor actor, CustomRoleRec r, String permission) {
    if (!r.permissions.contains(permission)) {
      throw OktaError.notFound(permission + " (Permission)");
    }
    if (r.permissions.size() == 1) {
      throw OktaError.validation("permissionType: a custom role keeps at least one permission; delete the role "
          + "instead.");
    }
    r.permissions.remove(permission);
    r.lastUpdated = s.now();
    changes.log(actor, "iam.role.permissions.delete", "Delete permissions from custom role", role(r));
  }

  private void uniqueRoleLabel(@Nullable CustomRoleRec self, String label) {
    if (label.isBlank()) {
      throw new OktaError(400, "E0000001", "Api validation failed: label", List.of("label: The field cannot be left blank"));
    }
    for (CustomRoleRec other : s.customRoles()) {
      if (other != self && other.label.equals(label)) {
        throw new OktaError(400, "E0000001", "Api validation failed: label",
            List.of("label: An object with this field already exists in the current organization"));
      }
    }
  }

  private static void permissionName(String p) {
    if (!p.matches("okta\\.[A-Za-z]+(\\.[A-Za-z]+)+")) {
      throw OktaError.validation("permissions: " + p + " is not a permission; permissions are named like "
          + "okta.users.read or okta.groups.manage.");
    }
  }

  private static LogTargetRec role(CustomRoleRec r) {
    return new LogTargetRec(r.id, "ROLE", r.label, r.label);
  }

  // ---- resource sets

  /**
   * Creates a resource set; the label must be unique and it needs at least one resource (and at
   * most {@value #MAX_RESOURCES}).
   *
   * @param actor who creates it
   * @param label the label
   * @param description the description
   * @param resources the resources
   * @return the set
   */
  public ResourceSetRec createSet(Actor actor, String label, String description, List<SetResource> resources) {
    uniqueSetLabel(null, label);
    if (resources.isEmpty()) {
      throw OktaError.validation("resources: a resource set needs at least one resource.");
    }
    ResourceSetRec set = new ResourceSetRec(s.newId("iam"), label, description, new IntList(), false, s.now());
    add(set, resources);
    s.addResourceSet(set);
    changes.log(actor, "iam.resourceset.create", "Create resource set", set(set));
    return set;
  }

  /**
   * Replaces a resource set's label and description.
   *
   * @param actor who changes it
   * @param set the set
   * @param label the label
   * @param description the description
   */
  public void replaceSet(Actor actor, ResourceSetRec set, String label, String description) {
    uniqueSetLabel(set, label);
    set.label = label;
    set.description = description;
    set.lastUpdated = s.now();
    changes.log(actor, "iam.resourceset.update", "Update resource set", set(set));
  }

  /**
   * Deletes a resource set; one still bound is refused (400 {@code E0000001}).
   *
   * @param actor who deletes it
   * @param set the set
   */
  public void deleteSet(Actor actor, ResourceSetRec set) {
    for (RoleRec a : s.roles()) {
      if (set.id.equals(a.resourceSetId)) {
        throw OktaError.validation("the resource set " + set.label + " still has bindings; delete them first.");
      }
    }
    s.removeResourceSet(set);
    changes.log(actor, "iam.resourceset.delete", "Delete resource set", set(set));
  }

  /**
   * Adds resources to a set; those it holds already are left as they are.
   *
   * @param actor who adds them
   * @param set the set
   * @param resources the resources
   */
  public void addResources(Actor actor, ResourceSetRec set, List<SetResource> resources) {
    add(set, resources);
    set.lastUpdated = s.now();
    changes.log(actor, "iam.resourceset.resources.add", "Add resources to resource set", set(set));
  }

  private void add(ResourceSetRec set, List<SetResource> resources) {
    int size = set.size();
    for (SetResource r : resources) {
      boolean added = switch (r.kind()) {
        case GROUP -> set.groups.addSorted(r.target());
        case APP -> set.apps.addSorted(r.target());
        case ALL_GROUPS -> !set.allGroups && (set.allGroups = true);
        case ALL_USERS -> !set.holdsAllUsers() && (set.allUsers = true);
      };
      size += added ? 1 : 0;
      if (size > MAX_RESOURCES) {
        throw OktaError.validation("resources: a resource set holds at most " + MAX_RESOURCES + " resources.");
      }
    }
  }

  /**
   * Removes one resource; the last one cannot go (delete the set instead).
   *
   * @param actor who removes it
   * @param set the set
   * @param r the resource
   */
  public void removeResource(Actor actor, ResourceSetRec set, SetResource r) {
    if (set.size() == 1) {
      throw OktaError.validation("a resource set keeps at least one resource; delete the set instead.");
    }
    switch (r.kind()) {
      case GROUP -> set.groups.removeSorted(r.target());
      case APP -> set.apps.removeSorted(r.target());
      case ALL_GROUPS -> set.allGroups = false;
      case ALL_USERS -> set.allUsers = false;
    }
    set.lastUpdated = s.now();
    changes.log(actor, "iam.resourceset.resources.delete", "Delete resources from resource set", set(set));
  }

  private void uniqueSetLabel(@Nullable ResourceSetRec self, String label) {
    if (label.isBlank()) {
      throw new OktaError(400, "E0000001", "Api validation failed: label", List.of("label: The field cannot be left blank"));
    }
    for (ResourceSetRec other : s.resourceSets()) {
      if (other != self && other.label.equals(label)) {
        throw new OktaError(400, "E0000001", "Api validation failed: label",
            List.of("label: An object with this field already exists in the current organization"));
      }
    }
  }

  private static LogTargetRec set(ResourceSetRec r) {
    return new LogTargetRec(r.id, "RESOURCE_SET", r.label, r.label);
  }

  // ---- bindings

  /**
   * The assignments that make up the binding of a custom role to a resource set, one per member.
   *
   * @param set the set
   * @param role the role
   * @return the assignments, in creation order
   */
  public List<RoleRec> binding(ResourceSetRec set, CustomRoleRec role) {
    return s.binding(set, role);
  }

  /**
   * Binds a custom role to a resource set for members; a binding that exists already is refused
   * (400 {@code E0000001}: add members to it instead), and it needs at least one member.
   *
   * @param actor who binds
   * @param set the set
   * @param role the role
   * @param members {@code USER} or {@code GROUP} with the position, each
   * @param targets the members' log targets
   */
  public void bind(Actor actor, ResourceSetRec set, CustomRoleRec role, List<Member> members,
      List<LogTargetRec> targets) {
    if (!binding(set, role).isEmpty()) {
      throw OktaError.validation("the role " + role.label + " is already bound to the resource set " + set.label
          + "; add members to the binding instead.");
    }
    if (members.isEmpty()) {
      throw OktaError.validation("members: a binding needs at least one member.");
    }
    addMembers(actor, set, role, members, targets);
  }

  /**
   * Adds members to a binding; members already in it are left as they are.
   *
   * @param actor who adds them
   * @param set the set
   * @param role the role
   * @param members the members
   * @param targets the members' log targets
   */
  public void addMembers(Actor actor, ResourceSetRec set, CustomRoleRec role, List<Member> members,
      List<LogTargetRec> targets) {
    for (Member m : members) {
      if (m.kind().equals("GROUP")) {
        assignableGroup(s.groups().get(m.position()));
      }
    }
    List<RoleRec> existing = binding(set, role);
    for (Member m : members) {
      boolean present = existing.stream().anyMatch(r -> r.assignmentType.equals(m.kind()) && r.assignee == m.position());
      if (!present) {
        existing.add(s.addRole(new RoleRec(s.newId("irb"), "CUSTOM", role.label, m.kind(), m.position(), role.id,
            set.id, role.permissions, s.now())));
      }
    }
    List<LogTargetRec> all = new ArrayList<>(targets);
    all.add(role(role));
    all.add(set(set));
    changes.log(actor, "iam.resourceset.bindings.add", "Add binding", all.toArray(LogTargetRec[]::new));
  }

  /**
   * Removes a binding's member (its assignment); the binding ends with its last member.
   *
   * @param actor who removes it
   * @param set the set
   * @param role the role
   * @param member the member's assignment
   * @param target the member's log target
   */
  public void removeMember(Actor actor, ResourceSetRec set, CustomRoleRec role, RoleRec member, LogTargetRec target) {
    s.removeRole(member);
    changes.log(actor, "iam.resourceset.bindings.delete", "Delete binding", target, role(role), set(set));
  }

  /**
   * Deletes a binding with all its members.
   *
   * @param actor who deletes it
   * @param set the set
   * @param role the role
   */
  public void unbind(Actor actor, ResourceSetRec set, CustomRoleRec role) {
    List<RoleRec> members = binding(set, role);
    if (members.isEmpty()) {
      throw OktaError.notFound(role.id + " (ResourceSetBinding)");
    }
    s.removeRoles(members::contains);
    changes.log(actor, "iam.resourceset.bindings.delete", "Delete binding", role(role), set(set));
  }

  /**
   * Registers the custom role and resource set a set-up assignment describes, so that the API
   * serves them; the set shares the assignment's group list, which set-up may still fill.
   *
   * @param r the assignment
   */
  void register(RoleRec r) {
    if (r.customRoleId == null) {
      return;
    }
    if (s.customRole(r.customRoleId) == null) {
      s.addCustomRole(new CustomRoleRec(r.customRoleId, r.label, r.label, r.permissions, r.created));
    }
    if (r.resourceSetId != null && s.resourceSet(r.resourceSetId) == null) {
      s.addResourceSet(new ResourceSetRec(r.resourceSetId, r.label + " resources", "Resources of " + r.label,
          r.resourceGroups, true, r.created));
    }
  }

  /**
   * A member of a binding.
   *
   * @param kind {@code USER} or {@code GROUP}
   * @param position the user's or group's position
   */
  public record Member(String kind, int position) {}
}
