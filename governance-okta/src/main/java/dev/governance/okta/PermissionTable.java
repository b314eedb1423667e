package dev.governance.okta;

import dev.governance.okta.catalog.OktaScope;
import dev.governance.okta.catalog.StandardAdminRole;
import static dev.governance.okta.catalog.StandardAdminRole.APP_ADMIN;
import static dev.governance.okta.catalog.StandardAdminRole.GROUP_MEMBERSHIP_ADMIN;
import static dev.governance.okta.catalog.StandardAdminRole.HELP_DESK_ADMIN;
import static dev.governance.okta.catalog.StandardAdminRole.ORG_ADMIN;
import static dev.governance.okta.catalog.StandardAdminRole.READ_ONLY_ADMIN;
import static dev.governance.okta.catalog.StandardAdminRole.REPORT_ADMIN;
import static dev.governance.okta.catalog.StandardAdminRole.SUPER_ADMIN;
import static dev.governance.okta.catalog.StandardAdminRole.USER_ADMIN;

import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.LifecycleAction;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The data behind {@link OktaPermissions}: the Okta operations the SDK calls and, per collection,
 * action and supporting call, what they require. Sources: Okta's OpenAPI specification for
 * operations and scopes (checked by a test), and Okta's descriptions of its admin roles and
 * custom-role permissions for the role columns.
 */
final class PermissionTable {

  static final OktaOperation LIST_USERS =
      OktaOperation.get("listUsers", "/api/v1/users", OktaScope.USERS_READ);
  static final OktaOperation GET_USER =
      OktaOperation.get("getUser", "/api/v1/users/{id}", OktaScope.USERS_READ);
  static final OktaOperation LIST_FACTORS =
      OktaOperation.get("listFactors", "/api/v1/users/{userId}/factors", OktaScope.USERS_READ);
  static final OktaOperation LIST_GROUPS =
      OktaOperation.get("listGroups", "/api/v1/groups", OktaScope.GROUPS_READ);
  static final OktaOperation LIST_GROUP_USERS =
      OktaOperation.get("listGroupUsers", "/api/v1/groups/{groupId}/users", OktaScope.GROUPS_READ);
  static final OktaOperation LIST_GROUP_APPS =
      OktaOperation.get(
          "listAssignedApplicationsForGroup",
          "/api/v1/groups/{groupId}/apps",
          OktaScope.GROUPS_READ);
  static final OktaOperation LIST_GROUP_RULES =
      OktaOperation.get("listGroupRules", "/api/v1/groups/rules", OktaScope.GROUPS_READ);
  static final OktaOperation LIST_APPS =
      OktaOperation.get("listApplications", "/api/v1/apps", OktaScope.APPS_READ);
  static final OktaOperation LIST_APP_USERS =
      OktaOperation.get("listApplicationUsers", "/api/v1/apps/{appId}/users", OktaScope.APPS_READ);
  static final OktaOperation LIST_APP_GROUPS =
      OktaOperation.get(
          "listApplicationGroupAssignments", "/api/v1/apps/{appId}/groups", OktaScope.APPS_READ);
  static final OktaOperation LIST_GRANTS =
      OktaOperation.get(
          "listScopeConsentGrants", "/api/v1/apps/{appId}/grants", OktaScope.APP_GRANTS_READ);
  static final OktaOperation LIST_API_TOKENS =
      OktaOperation.get("listApiTokens", "/api/v1/api-tokens", OktaScope.API_TOKENS_READ);
  static final OktaOperation LIST_ROLE_ASSIGNEES =
      OktaOperation.get(
          "listUsersWithRoleAssignments", "/api/v1/iam/assignees/users", OktaScope.ROLES_READ);
  static final OktaOperation LIST_USER_ROLES =
      OktaOperation.get(
          "listAssignedRolesForUser", "/api/v1/users/{userId}/roles", OktaScope.ROLES_READ);
  static final OktaOperation LIST_GROUP_ROLES =
      OktaOperation.get(
          "listGroupAssignedRoles", "/api/v1/groups/{groupId}/roles", OktaScope.ROLES_READ);
  static final OktaOperation LIST_CLIENT_ROLES =
      OktaOperation.get(
          "listRolesForClient", "/oauth2/v1/clients/{clientId}/roles", OktaScope.ROLES_READ);
  static final OktaOperation LIST_USER_ROLE_GROUP_TARGETS =
      OktaOperation.get("listGroupTargetsForRole",
          "/api/v1/users/{userId}/roles/{roleAssignmentId}/targets/groups", OktaScope.ROLES_READ);
  static final OktaOperation LIST_USER_ROLE_APP_TARGETS =
      OktaOperation.get("listApplicationTargetsForApplicationAdministratorRoleForUser",
          "/api/v1/users/{userId}/roles/{roleAssignmentId}/targets/catalog/apps", OktaScope.ROLES_READ);
  static final OktaOperation LIST_GROUP_ROLE_GROUP_TARGETS =
      OktaOperation.get("listGroupTargetsForGroupRole",
          "/api/v1/groups/{groupId}/roles/{roleAssignmentId}/targets/groups", OktaScope.ROLES_READ);
  static final OktaOperation LIST_GROUP_ROLE_APP_TARGETS =
      OktaOperation.get("listApplicationTargetsForApplicationAdministratorRoleForGroup",
          "/api/v1/groups/{groupId}/roles/{roleAssignmentId}/targets/catalog/apps", OktaScope.ROLES_READ);
  static final OktaOperation LIST_CLIENT_ROLE_GROUP_TARGETS =
      OktaOperation.get("listGroupTargetRoleForClient",
          "/oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/groups", OktaScope.ROLES_READ);
  static final OktaOperation LIST_CLIENT_ROLE_APP_TARGETS =
      OktaOperation.get("listAppTargetRoleToClient",
          "/oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/catalog/apps", OktaScope.ROLES_READ);
  static final OktaOperation LIST_ROLE_PERMISSIONS =
      OktaOperation.get(
          "listRolePermissions", "/api/v1/iam/roles/{roleIdOrLabel}/permissions", OktaScope.ROLES_READ);
  static final OktaOperation LIST_RESOURCE_SET_RESOURCES =
      OktaOperation.get("listResourceSetResources",
          "/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources", OktaScope.ROLES_READ);
  static final OktaOperation GET_ORG =
      OktaOperation.get("getOrgSettings", "/api/v1/org", OktaScope.ORGS_READ);
  static final OktaOperation LIST_LOGS =
      OktaOperation.get("listLogEvents", "/api/v1/logs", OktaScope.LOGS_READ);

  private static final Optional<String> NONE = Optional.empty();
  private static final Set<StandardAdminRole> READERS =
      Set.of(SUPER_ADMIN, ORG_ADMIN, READ_ONLY_ADMIN);
  private static final Set<StandardAdminRole> USER_LIFECYCLE =
      Set.of(SUPER_ADMIN, ORG_ADMIN, USER_ADMIN);

  /** Collections that are never empty in a real org, and why. */
  private static final Map<InventoryCollection, String> EMPTY_IS_SUSPICIOUS =
      Map.of(
          InventoryCollection.IDENTITIES,
          "every org has at least one user, its first super admin",
          InventoryCollection.GROUPS,
          "every org has the built-in Everyone group, which admins limited to some groups do not"
              + " see",
          InventoryCollection.ROLE_ASSIGNMENTS,
          "every org has at least one super admin");

  static final List<CollectionRequirement> COLLECTIONS =
      List.of(
          read(
              InventoryCollection.IDENTITIES,
              true,
              List.of(LIST_USERS),
              "okta.users.read",
              Set.of(
                  SUPER_ADMIN,
                  ORG_ADMIN,
                  READ_ONLY_ADMIN,
                  USER_ADMIN,
                  GROUP_MEMBERSHIP_ADMIN,
                  HELP_DESK_ADMIN),
              "no user is visible, so no access can be attributed to a person",
              NONE),
          read(
              InventoryCollection.GROUPS,
              true,
              List.of(LIST_GROUPS),
              "okta.groups.read",
              Set.of(SUPER_ADMIN, ORG_ADMIN, READ_ONLY_ADMIN, USER_ADMIN, GROUP_MEMBERSHIP_ADMIN),
              "groups are not visible, so access that comes through groups is hidden and only"
                  + " direct app assignments are visible",
              NONE),
          read(
              InventoryCollection.MEMBERSHIPS,
              true,
              List.of(LIST_GROUPS, LIST_GROUP_USERS),
              "okta.groups.read",
              Set.of(SUPER_ADMIN, ORG_ADMIN, READ_ONLY_ADMIN, USER_ADMIN, GROUP_MEMBERSHIP_ADMIN),
              "group members are unknown, so only direct app assignments are visible",
              NONE),
          read(
              InventoryCollection.APPLICATIONS,
              true,
              List.of(LIST_APPS),
              "okta.apps.read",
              Set.of(SUPER_ADMIN, ORG_ADMIN, READ_ONLY_ADMIN, APP_ADMIN),
              "applications are not visible, so nobody's application access can be reviewed",
              NONE),
          read(
              InventoryCollection.APP_ASSIGNMENTS,
              true,
              List.of(LIST_APPS, LIST_APP_USERS, LIST_APP_GROUPS),
              "okta.apps.read",
              Set.of(SUPER_ADMIN, ORG_ADMIN, READ_ONLY_ADMIN, APP_ADMIN),
              "nobody's application assignments are visible",
              NONE),
          read(
              InventoryCollection.ROLES,
              true,
              List.of(LIST_ROLE_ASSIGNEES, LIST_USER_ROLES, LIST_GROUP_ROLES, LIST_CLIENT_ROLES,
                  LIST_ROLE_PERMISSIONS),
              "okta.iam.read",
              READERS,
              "admin roles are not visible, so privileged access cannot be reviewed",
              Optional.of(
                  "Okta does not document which standard roles besides the Super"
                      + " Administrator may list role assignments; the preflight confirms it.")),
          read(
              InventoryCollection.ROLE_ASSIGNMENTS,
              true,
              List.of(LIST_ROLE_ASSIGNEES, LIST_USER_ROLES, LIST_GROUP_ROLES, LIST_CLIENT_ROLES,
                  LIST_USER_ROLE_GROUP_TARGETS, LIST_USER_ROLE_APP_TARGETS, LIST_GROUP_ROLE_GROUP_TARGETS,
                  LIST_GROUP_ROLE_APP_TARGETS, LIST_CLIENT_ROLE_GROUP_TARGETS, LIST_CLIENT_ROLE_APP_TARGETS,
                  LIST_RESOURCE_SET_RESOURCES),
              "okta.iam.read",
              READERS,
              "nobody's admin roles are visible, so privileged access cannot be reviewed",
              Optional.of(
                  "Okta does not document which standard roles besides the Super"
                      + " Administrator may list role assignments; the preflight confirms it.")),
          read(
              InventoryCollection.SCOPE_GRANTS,
              false,
              List.of(LIST_APPS, LIST_GRANTS),
              "okta.apps.read",
              Set.of(SUPER_ADMIN, ORG_ADMIN, READ_ONLY_ADMIN, APP_ADMIN),
              "the Okta API scopes granted to applications are unknown, so over-privileged"
                  + " service apps go unnoticed",
              NONE),
          new CollectionRequirement(
              InventoryCollection.API_TOKENS,
              false,
              List.of(LIST_API_TOKENS),
              Set.of("okta.users.apitokens.read"),
              Set.of(SUPER_ADMIN),
              "API tokens are unknown, so stale or orphaned tokens go unnoticed",
              Optional.of(
                  "Okta does not document which roles may list every API token; this table"
                      + " counts the Super Administrator only, and the preflight confirms it."),
              Optional.of("a custom role with okta.users.apitokens.read sees only its own tokens"),
              NONE),
          read(
              InventoryCollection.AUTH_FACTORS,
              false,
              List.of(LIST_USERS, LIST_FACTORS),
              "okta.users.read",
              Set.of(SUPER_ADMIN, ORG_ADMIN, READ_ONLY_ADMIN, USER_ADMIN, HELP_DESK_ADMIN),
              "enrolled factors are unknown, so users without MFA go unnoticed",
              Optional.of("Factors need okta.users.read: Okta has no okta.factors.* scopes.")),
          read(
              InventoryCollection.GROUP_RULES,
              false,
              List.of(LIST_GROUP_RULES),
              "okta.groups.read",
              READERS,
              "group rules are unknown, so rule-driven memberships look like direct ones",
              NONE));

  static final List<ActionRequirement> ACTIONS =
      List.of(
          action(
              LifecycleAction.Kind.REMOVE_MEMBERSHIP,
              new OktaOperation(
                  "unassignUserFromGroup",
                  "DELETE",
                  "/api/v1/groups/{groupId}/users/{userId}",
                  OktaScope.GROUPS_MANAGE),
              Set.of("okta.groups.members.manage"),
              Set.of(SUPER_ADMIN, ORG_ADMIN, USER_ADMIN, GROUP_MEMBERSHIP_ADMIN),
              "nobody can be removed from a group",
              Optional.of(
                  "Only OKTA_GROUP memberships can change: Okta refuses APP_GROUP and"
                      + " BUILT_IN memberships (403 E0000006) whatever the role. A custom role"
                      + " limited by users also needs okta.users.groupMembership.manage.")),
          action(
              LifecycleAction.Kind.UNASSIGN_APPLICATION,
              new OktaOperation(
                  "unassignUserFromApplication",
                  "DELETE",
                  "/api/v1/apps/{appId}/users/{userId}",
                  OktaScope.APPS_MANAGE),
              Set.of("okta.apps.assignment.manage"),
              Set.of(SUPER_ADMIN, ORG_ADMIN, APP_ADMIN),
              "no application assignment can be removed",
              Optional.of(
                  "Only direct assignments: Okta refuses to unassign a user who also gets"
                      + " the application through a group (403 E0000046). A custom role limited by"
                      + " users also needs okta.users.appAssignment.manage.")),
          action(
              LifecycleAction.Kind.REVOKE_SCOPE_GRANT,
              new OktaOperation(
                  "revokeScopeConsentGrant",
                  "DELETE",
                  "/api/v1/apps/{appId}/grants/{grantId}",
                  OktaScope.APP_GRANTS_MANAGE),
              Set.of(),
              Set.of(SUPER_ADMIN),
              "no Okta API scope can be taken back from an application",
              Optional.of("Only Super Administrators manage Okta API scope grants.")),
          new ActionRequirement(
              LifecycleAction.Kind.REVOKE_API_TOKEN,
              List.of(
                  new OktaOperation(
                      "revokeApiToken",
                      "DELETE",
                      "/api/v1/api-tokens/{apiTokenId}",
                      OktaScope.API_TOKENS_MANAGE)),
              Set.of("okta.users.apitokens.manage"),
              Set.of(SUPER_ADMIN),
              "no API token can be revoked",
              NONE,
              Optional.of(
                  "a custom role with okta.users.apitokens.manage revokes only its own"
                      + " tokens")),
          action(
              LifecycleAction.Kind.SUSPEND_IDENTITY,
              lifecycle("suspendUser", "suspend"),
              Set.of("okta.users.lifecycle.suspend"),
              USER_LIFECYCLE,
              "nobody can be suspended",
              Optional.of("Okta suspends ACTIVE users only.")),
          action(
              LifecycleAction.Kind.UNSUSPEND_IDENTITY,
              lifecycle("unsuspendUser", "unsuspend"),
              Set.of("okta.users.lifecycle.unsuspend"),
              USER_LIFECYCLE,
              "no suspension can be lifted",
              Optional.of("Okta unsuspends SUSPENDED users only.")),
          action(
              LifecycleAction.Kind.DEACTIVATE_IDENTITY,
              lifecycle("deactivateUser", "deactivate"),
              Set.of("okta.users.lifecycle.deactivate"),
              USER_LIFECYCLE,
              "nobody can be deactivated",
              Optional.of(
                  "Deactivation unassigns the user from every active application (group-derived"
                      + " assignments included), keeps its group memberships and deprovisions its API"
                      + " tokens. It can be undone with REACTIVATE_IDENTITY (Okta's activate), which"
                      + " brings back what the groups hold but not direct assignments or tokens.")),
          action(
              LifecycleAction.Kind.REACTIVATE_IDENTITY,
              lifecycle("activateUser", "activate"),
              Set.of("okta.users.lifecycle.activate"),
              USER_LIFECYCLE,
              "no deactivated user can be reactivated",
              Optional.of(
                  "Okta activates STAGED and DEPROVISIONED users; the connector calls it with"
                      + " sendEmail=false and only on DEPROVISIONED users.")));

  static final List<SupportingRequirement> SUPPORTING =
      List.of(
          new SupportingRequirement(
              "ORG_SETTINGS",
              "names the org and its id in snapshots",
              List.of(GET_ORG),
              false,
              Set.of(),
              READERS,
              "snapshots carry the org's URL but not its name and id",
              Optional.of(
                  "Okta does not document which standard roles may read the org's settings.")),
          new SupportingRequirement(
              "GROUP_APPLICATIONS",
              "reads app assignments from the group side, for credentials that can read groups"
                  + " but not applications",
              List.of(LIST_GROUP_APPS),
              false,
              Set.of("okta.groups.read"),
              Set.of(SUPER_ADMIN, ORG_ADMIN, READ_ONLY_ADMIN, USER_ADMIN, GROUP_MEMBERSHIP_ADMIN),
              "a group's applications cannot be read from the group side",
              NONE),
          new SupportingRequirement(
              "TOKEN_OWNER",
              "finds the user behind an API token and that user's admin roles",
              List.of(GET_USER, LIST_USER_ROLES),
              true,
              Set.of(),
              EnumSet.allOf(StandardAdminRole.class),
              "the preflight cannot say which admin roles an API token acts with",
              Optional.of(
                  "Called for the token's own user (/api/v1/users/me and its roles), which any"
                      + " admin is expected to read; the preflight confirms it.")),
          new SupportingRequirement(
              "SYSTEM_LOG",
              "finds when API tokens and users were last active, and what changed since the"
                  + " last snapshot",
              List.of(LIST_LOGS),
              false,
              Set.of(),
              Set.of(SUPER_ADMIN, ORG_ADMIN, READ_ONLY_ADMIN, REPORT_ADMIN),
              "the last use of API tokens is only derived from their expiry (no exact time from a logged change)"
                  + " and every sync reads everything again",
              Optional.of("Okta keeps 90 days of System Log.")));

  private static CollectionRequirement read(
      InventoryCollection collection,
      boolean needed,
      List<OktaOperation> operations,
      String permission,
      Set<StandardAdminRole> roles,
      String withoutIt,
      Optional<String> caveat) {
    return new CollectionRequirement(
        collection,
        needed,
        operations,
        Set.of(permission),
        roles,
        withoutIt,
        caveat,
        NONE,
        Optional.ofNullable(EMPTY_IS_SUSPICIOUS.get(collection)));
  }

  private static ActionRequirement action(
      LifecycleAction.Kind kind,
      OktaOperation operation,
      Set<String> permissions,
      Set<StandardAdminRole> roles,
      String withoutIt,
      Optional<String> caveat) {
    return new ActionRequirement(
        kind, List.of(operation), permissions, roles, withoutIt, caveat, NONE);
  }

  private static OktaOperation lifecycle(String operationId, String verb) {
    return new OktaOperation(
        operationId, "POST", "/api/v1/users/{id}/lifecycle/" + verb, OktaScope.USERS_MANAGE);
  }

  private PermissionTable() {}
}
