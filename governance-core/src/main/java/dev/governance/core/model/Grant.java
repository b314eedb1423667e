package dev.governance.core.model;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A fact of access: a subject holds something, with a {@link Provenance}.
 *
 * <p>Four kinds, one record each: {@link Membership} (identity or group in a group), {@link
 * AppAssignment} (identity or group assigned to an application), {@link RoleAssignment} (identity,
 * group or application holding an admin role, possibly limited to targets) and {@link ScopeGrant}
 * (an application granted an OAuth scope).
 *
 * @since 0.1
 */
public sealed interface Grant {

  /**
   * Returns the kind of entity that holds the grant.
   *
   * @return the subject's kind
   */
  EntityKind subjectKind();

  /**
   * Returns the id of the entity that holds the grant.
   *
   * @return the subject's id
   */
  String subjectId();

  /**
   * Returns the kind of entity granted, or {@code null} for a {@link ScopeGrant}, whose target is
   * a scope name rather than an entity.
   *
   * @return the target's kind, or {@code null}
   */
  @Nullable EntityKind targetKind();

  /**
   * Returns the id of what is granted: a group, application or role id, or a scope name.
   *
   * @return the target's id
   */
  String targetId();

  /**
   * Returns why the grant exists.
   *
   * @return the provenance
   */
  Provenance provenance();

  /**
   * Returns the inventory collection this kind of grant belongs to.
   *
   * @return the collection
   */
  InventoryCollection collection();

  /**
   * An identity or a group that is a member of a group.
   *
   * @param memberKind {@link EntityKind#IDENTITY} or {@link EntityKind#GROUP} (nested groups)
   * @param memberId the member's id
   * @param groupId the group's id
   * @param provenance direct, or added by a group rule
   */
  record Membership(EntityKind memberKind, String memberId, String groupId, Provenance provenance)
      implements Grant {

    /** Validates the components. */
    public Membership {
      requireKind(memberKind, "memberKind", EntityKind.IDENTITY, EntityKind.GROUP);
      Checks.id(memberId, "memberId");
      Checks.id(groupId, "groupId");
      Checks.present(provenance, "provenance");
    }

    /**
     * Creates a direct membership of an identity.
     *
     * @param identityId the member
     * @param groupId the group
     * @return the membership
     */
    public static Membership of(String identityId, String groupId) {
      return new Membership(EntityKind.IDENTITY, identityId, groupId, Provenance.direct());
    }

    @Override
    public EntityKind subjectKind() {
      return memberKind;
    }

    @Override
    public String subjectId() {
      return memberId;
    }

    @Override
    public EntityKind targetKind() {
      return EntityKind.GROUP;
    }

    @Override
    public String targetId() {
      return groupId;
    }

    @Override
    public InventoryCollection collection() {
      return InventoryCollection.MEMBERSHIPS;
    }
  }

  /**
   * An identity or a group assigned to an application.
   *
   * @param assigneeKind {@link EntityKind#IDENTITY} or {@link EntityKind#GROUP}
   * @param assigneeId the assignee's id
   * @param applicationId the application's id
   * @param provenance direct, or via a group (when the provider reports an identity's assignment
   *     inherited through a group)
   */
  record AppAssignment(
      EntityKind assigneeKind, String assigneeId, String applicationId, Provenance provenance)
      implements Grant {

    /** Validates the components. */
    public AppAssignment {
      requireKind(assigneeKind, "assigneeKind", EntityKind.IDENTITY, EntityKind.GROUP);
      Checks.id(assigneeId, "assigneeId");
      Checks.id(applicationId, "applicationId");
      Checks.present(provenance, "provenance");
    }

    /**
     * Creates a direct assignment.
     *
     * @param assigneeKind identity or group
     * @param assigneeId the assignee
     * @param applicationId the application
     * @return the assignment
     */
    public static AppAssignment direct(
        EntityKind assigneeKind, String assigneeId, String applicationId) {
      return new AppAssignment(assigneeKind, assigneeId, applicationId, Provenance.direct());
    }

    @Override
    public EntityKind subjectKind() {
      return assigneeKind;
    }

    @Override
    public String subjectId() {
      return assigneeId;
    }

    @Override
    public EntityKind targetKind() {
      return EntityKind.APPLICATION;
    }

    @Override
    public String targetId() {
      return applicationId;
    }

    @Override
    public InventoryCollection collection() {
      return InventoryCollection.APP_ASSIGNMENTS;
    }
  }

  /**
   * An identity, group or application holding an admin role.
   *
   * @param assigneeKind {@link EntityKind#IDENTITY}, {@link EntityKind#GROUP} or {@link
   *     EntityKind#APPLICATION} (a service application)
   * @param assigneeId the assignee's id
   * @param roleId the role's id
   * @param targets what the role is limited to; empty for tenant-wide when {@code targetsKnown}
   * @param assignmentId the provider's id of the assignment, or {@code null}
   * @param provenance direct, or via a group
   * @param status whether the assignment is in force; an inactive one grants nothing
   * @param targetsKnown whether {@code targets} and {@code scope} were read in full; when not, the
   *     assignment is limited to something that could not be read and is never tenant-wide
   * @param scope the resources the assignment's resource set holds (e.g. ORNs), for roles scoped by
   *     a {@link RoleTarget.Kind#RESOURCE_SET} target; empty otherwise
   */
  record RoleAssignment(
      EntityKind assigneeKind,
      String assigneeId,
      String roleId,
      List<RoleTarget> targets,
      @Nullable String assignmentId,
      Provenance provenance,
      AssignmentStatus status,
      boolean targetsKnown,
      List<String> scope)
      implements Grant {

    /** Validates and copies the components. */
    public RoleAssignment {
      requireKind(
          assigneeKind, "assigneeKind", EntityKind.IDENTITY, EntityKind.GROUP, EntityKind.APPLICATION);
      Checks.id(assigneeId, "assigneeId");
      Checks.id(roleId, "roleId");
      targets = List.copyOf(targets);
      assignmentId = Checks.optional(assignmentId);
      Checks.present(provenance, "provenance");
      Checks.present(status, "status");
      List<String> resources = new java.util.ArrayList<>(scope.size());
      for (String r : scope) {
        resources.add(Checks.id(r, "scope resource"));
      }
      scope = List.copyOf(resources);
    }

    /**
     * Creates an active assignment whose targets are known.
     *
     * @param assigneeKind identity, group or application
     * @param assigneeId the assignee's id
     * @param roleId the role's id
     * @param targets what the role is limited to; empty for tenant-wide
     * @param assignmentId the provider's id of the assignment, or {@code null}
     * @param provenance direct, or via a group
     */
    public RoleAssignment(EntityKind assigneeKind, String assigneeId, String roleId, List<RoleTarget> targets,
        @Nullable String assignmentId, Provenance provenance) {
      this(assigneeKind, assigneeId, roleId, targets, assignmentId, provenance, AssignmentStatus.ACTIVE, true,
          List.of());
    }

    /**
     * Tells whether the assignment is in force: not inactive.
     *
     * @return {@code false} for {@link AssignmentStatus#INACTIVE}
     */
    public boolean active() {
      return status != AssignmentStatus.INACTIVE;
    }

    @Override
    public EntityKind subjectKind() {
      return assigneeKind;
    }

    @Override
    public String subjectId() {
      return assigneeId;
    }

    @Override
    public EntityKind targetKind() {
      return EntityKind.ROLE;
    }

    @Override
    public String targetId() {
      return roleId;
    }

    @Override
    public InventoryCollection collection() {
      return InventoryCollection.ROLE_ASSIGNMENTS;
    }

    /**
     * Tells whether the role applies tenant-wide.
     *
     * @return {@code true} when its targets were read and there are none
     */
    public boolean tenantWide() {
      return targetsKnown && targets.isEmpty();
    }
  }

  /**
   * An OAuth scope granted to an application, which lets it call the provider's API.
   *
   * @param applicationId the application
   * @param scope the scope's name, e.g. {@code okta.users.manage}
   * @param access whether the scope lets the application change things, as the connector decided
   * @param issuer the authorization server that issues tokens with it
   * @param grantId the provider's id of the grant, or {@code null}
   * @param source who consented
   * @param consentedBy the identity that consented, or {@code null} when not known or an admin
   * @param created when the grant was made, or {@code null}
   * @param provenance normally direct
   */
  record ScopeGrant(
      String applicationId,
      String scope,
      AccessMode access,
      String issuer,
      @Nullable String grantId,
      ConsentSource source,
      @Nullable String consentedBy,
      @Nullable Instant created,
      Provenance provenance)
      implements Grant {

    /** Validates the components. */
    public ScopeGrant {
      Checks.id(applicationId, "applicationId");
      Checks.id(scope, "scope");
      Checks.present(access, "access");
      Checks.id(issuer, "issuer");
      grantId = Checks.optional(grantId);
      Checks.present(source, "source");
      consentedBy = Checks.optional(consentedBy);
      Checks.present(provenance, "provenance");
    }

    @Override
    public EntityKind subjectKind() {
      return EntityKind.APPLICATION;
    }

    @Override
    public String subjectId() {
      return applicationId;
    }

    @Override
    public @Nullable EntityKind targetKind() {
      return null;
    }

    @Override
    public String targetId() {
      return scope;
    }

    @Override
    public InventoryCollection collection() {
      return InventoryCollection.SCOPE_GRANTS;
    }

    /**
     * Tells whether the scope allows changes, as the connector decided.
     *
     * @return {@code true} for {@link AccessMode#WRITE}
     */
    public boolean allowsChanges() {
      return access == AccessMode.WRITE;
    }
  }

  private static void requireKind(EntityKind kind, String name, EntityKind... allowed) {
    Checks.present(kind, name);
    for (EntityKind k : allowed) {
      if (k == kind) {
        return;
      }
    }
    throw new IllegalArgumentException(
        name + " must be one of " + java.util.Arrays.toString(allowed) + ", not " + kind);
  }
}
