package dev.governance.okta.internal.mapping;

import dev.governance.core.model.AssignmentStatus;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Provenance;
import dev.governance.core.model.Role;
import dev.governance.core.model.RoleTarget;
import dev.governance.core.model.PrivilegeLevel;
import java.util.List;
import java.util.Set;

/** Okta role assignments → roles and role assignment grants. Stateless. */
public final class RoleMapper {

  private RoleMapper() {}

  /**
   * Maps an assignment's role. A standard role's id is its raw type, kept even when this version
   * does not know it (e.g. a type newer than the code).
   *
   * @param r the assignment
   * @param permissions a custom role's permissions, when read
   * @return the role: standard (id = type) or custom (id = the custom role's id)
   */
  public static Role role(OktaRoleAssignment r, Set<String> permissions) {
    String type = r.type() == null || r.type().isBlank() ? "UNKNOWN" : r.type();
    String label = r.label() == null || r.label().isBlank() ? type : r.label();
    String customRoleId = r.custom() ? r.role() : null;
    if (customRoleId != null) {
      return Role.custom(customRoleId, label, permissions);
    }
    PrivilegeLevel privilege = OktaVocabulary.privilege(type);
    // A type of CUSTOM without a custom role's id names no role this version can describe.
    return new Role(type, label, privilege == PrivilegeLevel.CUSTOM ? PrivilegeLevel.UNKNOWN : privilege, type,
        Set.of(), null);
  }

  /**
   * Returns the id of the role an assignment is of.
   *
   * @param r the assignment
   * @return the custom role's id, or the raw type
   */
  public static String roleId(OktaRoleAssignment r) {
    return role(r, Set.of()).id();
  }

  /**
   * Maps an assignment listed for a user, a group or a client.
   *
   * @param r the assignment
   * @param subjectKind whose roles were listed: identity, group or application
   * @param subjectId its id
   * @param targets the targets read for it (a custom role: its resource set)
   * @param targetsKnown whether the targets (and the resource set's resources) were read in full
   * @param scope a custom role's resource set resources, as ORNs
   * @return the grant
   */
  public static Grant.RoleAssignment roleAssignment(OktaRoleAssignment r, EntityKind subjectKind, String subjectId,
      List<RoleTarget> targets, boolean targetsKnown, List<String> scope) {
    Provenance provenance = Provenance.direct();
    if (subjectKind == EntityKind.IDENTITY && "GROUP".equals(r.assignmentType())) {
      String group = r.assigneeGroup();
      provenance = group == null ? Provenance.viaUnnamedGroup() : Provenance.viaGroup(group);
    }
    return new Grant.RoleAssignment(subjectKind, subjectId, roleId(r), targets, r.id(), provenance,
        AssignmentStatus.parse(r.status()), targetsKnown, scope);
  }
}
