package dev.governance.testkit.okta.internal.state;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An admin role assignment to a user, a group or a client application. */
public final class RoleRec {
  /** Assignment id. */
  public final String id;
  /** Role type, e.g. {@code SUPER_ADMIN}, or {@code CUSTOM}; any string Okta may send. */
  public final String type;
  /** Label. */
  public final String label;
  /** {@code USER}, {@code GROUP} or {@code CLIENT}. */
  public final String assignmentType;
  /** Position of the assignee in the user, group or app table. */
  public final int assignee;
  /** Target groups (positions); empty means org-wide. */
  public final IntList targetGroups = new IntList();
  /** Target apps (positions); empty means org-wide. */
  public final IntList targetApps = new IntList();
  /** Custom role id, or {@code null} for standard roles. */
  public final @Nullable String customRoleId;
  /** Resource set id of a custom role, or {@code null}. */
  public final @Nullable String resourceSetId;
  /** Permissions of a custom role (e.g. {@code okta.users.read}); empty for standard roles. */
  public final Set<String> permissions;
  /** Creation time. */
  public final long created;
  /** {@code ACTIVE}, or {@code INACTIVE} for an assignment that is kept but not in force. */
  public String status = "ACTIVE";
  /**
   * Groups (positions) the resource set of a custom role holds; empty for a resource set holding
   * every user.
   */
  public final IntList resourceGroups = new IntList();

  /**
   * Creates an assignment.
   *
   * @param id id
   * @param type role type
   * @param label label
   * @param assignmentType assignee kind
   * @param assignee assignee position
   * @param customRoleId custom role id or null
   * @param resourceSetId resource set or null
   * @param permissions custom permissions
   * @param created creation time
   */
  public RoleRec(
      String id,
      String type,
      String label,
      String assignmentType,
      int assignee,
      @Nullable String customRoleId,
      @Nullable String resourceSetId,
      Set<String> permissions,
      long created) {
    this.id = id;
    this.type = type;
    this.label = label;
    this.assignmentType = assignmentType;
    this.assignee = assignee;
    this.customRoleId = customRoleId;
    this.resourceSetId = resourceSetId;
    this.permissions = Set.copyOf(permissions);
    this.created = created;
  }
}
