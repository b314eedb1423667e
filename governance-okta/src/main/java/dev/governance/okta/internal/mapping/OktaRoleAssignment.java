package dev.governance.okta.internal.mapping;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.governance.okta.catalog.StandardAdminRole;
import org.jspecify.annotations.Nullable;

/**
 * A role assignment as Okta lists it for a user, a group or a client, read as its raw fields rather
 * than through okta-sdk-java's model, whose {@code RoleType} enum lacks types Okta sends (e.g.
 * {@code WORKFLOWS_ADMIN}) and collapses them.
 *
 * @param id the assignment's id ({@code ra…}, or the binding member {@code irb…} of a custom role)
 * @param type the raw role type, e.g. {@code USER_ADMIN} or {@code CUSTOM}
 * @param status {@code ACTIVE} or {@code INACTIVE}
 * @param label the role's label
 * @param assignmentType {@code USER}, {@code GROUP} or {@code CLIENT}
 * @param role the custom role's id ({@code cr0…}), or the type of an IAM-based standard role
 * @param resourceSet the custom role's resource set ({@code iam…})
 * @param links the links, of which {@code assignee}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OktaRoleAssignment(
    @Nullable String id,
    @Nullable String type,
    @Nullable String status,
    @Nullable String label,
    @Nullable String assignmentType,
    @Nullable String role,
    @JsonProperty("resource-set") @Nullable String resourceSet,
    @JsonProperty("_links") @Nullable JsonNode links) {

  /** What an assignment's targets are read from. */
  public enum Targets {
    /** None: the role is org-wide, or scoped by a resource set. */
    NONE,
    /** {@code …/targets/groups}: {@code USER_ADMIN}, {@code HELP_DESK_ADMIN}, {@code GROUP_MEMBERSHIP_ADMIN}. */
    GROUPS,
    /** {@code …/targets/catalog/apps}: {@code APP_ADMIN}. */
    APPS
  }

  /**
   * Tells which targets the assignment's role type can have.
   *
   * @return the kind of target, or {@link Targets#NONE}
   */
  public Targets targets() {
    if (id == null || type == null) {
      return Targets.NONE;
    }
    return StandardAdminRole.fromType(type)
        .filter(StandardAdminRole::isTargetable)
        .map(r -> r == StandardAdminRole.APP_ADMIN ? Targets.APPS : Targets.GROUPS)
        .orElse(Targets.NONE);
  }

  /**
   * Tells whether this is a custom role bound to a resource set.
   *
   * @return {@code true} for type {@code CUSTOM} with a role id
   */
  public boolean custom() {
    return "CUSTOM".equals(type) && role != null && !role.isBlank();
  }

  /**
   * Returns the group a user holds the role through, from {@code _links.assignee}, when listed for
   * a user with assignment type {@code GROUP}.
   *
   * @return the group's id, or {@code null}
   */
  public @Nullable String assigneeGroup() {
    if (!"GROUP".equals(assignmentType) || links == null) {
      return null;
    }
    return OktaMapper.lastSegment(links.path("assignee").path("href").asText(null));
  }
}
