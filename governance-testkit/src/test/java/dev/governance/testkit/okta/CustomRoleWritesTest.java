package dev.governance.testkit.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okta.sdk.resource.api.RoleAssignmentAUserApi;
import com.okta.sdk.resource.api.RoleCResourceSetApi;
import com.okta.sdk.resource.api.RoleCResourceSetResourceApi;
import com.okta.sdk.resource.api.RoleDResourceSetBindingApi;
import com.okta.sdk.resource.api.RoleDResourceSetBindingMemberApi;
import com.okta.sdk.resource.api.RoleECustomApi;
import com.okta.sdk.resource.api.RoleECustomPermissionApi;
import com.okta.sdk.resource.api.SystemLogApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.AssignRoleToUserRequest;
import com.okta.sdk.resource.model.CreateIamRoleRequest;
import com.okta.sdk.resource.model.CreateResourceSetRequest;
import com.okta.sdk.resource.model.CreateUpdateIamRolePermissionRequest;
import com.okta.sdk.resource.model.IamRole;
import com.okta.sdk.resource.model.ListGroupAssignedRoles200ResponseInner;
import com.okta.sdk.resource.model.Permission;
import com.okta.sdk.resource.model.ResourceSet;
import com.okta.sdk.resource.model.ResourceSetBindingAddMembersRequest;
import com.okta.sdk.resource.model.ResourceSetBindingCreateRequest;
import com.okta.sdk.resource.model.ResourceSetBindingMember;
import com.okta.sdk.resource.model.ResourceSetBindingRole;
import com.okta.sdk.resource.model.ResourceSetResource;
import com.okta.sdk.resource.model.ResourceSetResourcePatchRequest;
import com.okta.sdk.resource.model.RolePermissionType;
import com.okta.sdk.resource.model.RoleType;
import com.okta.sdk.resource.model.UpdateIamRoleRequest;
import dev.governance.okta.catalog.OktaBucket;
import dev.governance.okta.catalog.StandardAdminRole;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * okta-sdk-java 24.0.0's typed custom role, resource set and binding APIs create, change and delete
 * them as Okta does, and what they write is what the role listings and the permission checks see.
 */
class CustomRoleWritesTest {
  FakeOktaTenant tenant;
  TenantFixtures f;
  ApiClient client;
  RoleECustomApi roles;
  RoleCResourceSetApi sets;
  RoleDResourceSetBindingApi bindings;

  @BeforeEach
  void start() {
    tenant = FakeOktaTenant.builder().rateLimits(RateLimits.disabled()).start();
    f = tenant.fixtures();
    client = SdkClients.ssws(tenant, tenant.apiToken(), 0);
    roles = new RoleECustomApi(client);
    sets = new RoleCResourceSetApi(client);
    bindings = new RoleDResourceSetBindingApi(client);
  }

  @AfterEach
  void stop() {
    tenant.close();
  }

  private List<String> eventTypes() throws ApiException {
    return new SystemLogApi(client).listLogEvents(null, null, null, "eventType sw \"iam.\"", null, 100, null)
        .stream().map(e -> e.getEventType()).toList();
  }

  private static void refused(ThrowingCall call, int status, String code) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class, e -> {
      assertThat(e.getCode()).isEqualTo(status);
      assertThat(e.getResponseBody()).contains("\"errorCode\":\"" + code + "\"");
    });
  }

  @FunctionalInterface
  interface ThrowingCall {
    void run() throws Exception;
  }

  private IamRole reviewer() throws ApiException {
    return roles.createRole(new CreateIamRoleRequest().label("Reviewer").description("Reads people")
        .permissions(List.of(RolePermissionType.OKTA_USERS_READ, RolePermissionType.OKTA_GROUPS_READ)));
  }

  private String orgId() throws ApiException {
    return new com.okta.sdk.resource.api.OrgSettingGeneralApi(client).getOrgSettings().getId();
  }

  private String orn(String kind) throws ApiException {
    return "orn:okta:directory:" + orgId() + ":" + kind;
  }

  @Test
  void aCustomRoleIsCreatedReadRenamedGivenPermissionsAndDeleted() throws Exception {
    IamRole created = reviewer();

    assertThat(roles.getRole("Reviewer").getId()).isEqualTo(created.getId());
    assertThat(roles.listRoles(null).getRoles()).extracting(IamRole::getLabel).containsExactly("Reviewer");
    assertThat(new RoleECustomPermissionApi(client).listRolePermissions(created.getId()).getPermissions())
        .extracting(Permission::getLabel).containsExactly("okta.groups.read", "okta.users.read");
    refused(this::reviewer, 400, "E0000001");
    refused(() -> roles.createRole(new CreateIamRoleRequest().label("Empty").description("none")
        .permissions(List.of())), 400, "E0000001");

    roles.replaceRole(created.getId(), new UpdateIamRoleRequest().label("People reader").description("Reads"));
    RoleECustomPermissionApi permissions = new RoleECustomPermissionApi(client);
    permissions.createRolePermission(created.getId(), "okta.apps.read", new CreateUpdateIamRolePermissionRequest());
    permissions.deleteRolePermission(created.getId(), "okta.groups.read");

    assertThat(roles.getRole(created.getId()).getLabel()).isEqualTo("People reader");
    assertThat(permissions.listRolePermissions("People reader").getPermissions()).extracting(Permission::getLabel)
        .containsExactly("okta.apps.read", "okta.users.read");
    refused(() -> permissions.getRolePermission(created.getId(), "okta.groups.read"), 404, "E0000007");
    roles.deleteRole(created.getId());
    refused(() -> roles.getRole(created.getId()), 404, "E0000007");
    assertThat(eventTypes()).containsExactly("iam.role.create", "iam.role.update", "iam.role.permissions.add",
        "iam.role.permissions.delete", "iam.role.delete");
    assertThat(tenant.journal().entries()).filteredOn(e -> e.path().startsWith("/api/v1/iam"))
        .extracting(JournalEntry::bucket).containsOnly(OktaBucket.IAM);
  }

  @Test
  void aResourceSetHoldsGroupsAppsAndUsersAddedByOrnOrUrlAndKeepsAtLeastOne() throws Exception {
    String sales = f.addGroup("Sales", OktaGroupType.OKTA_GROUP);
    String support = f.addGroup("Support", OktaGroupType.OKTA_GROUP);
    String crm = f.addApp("CRM", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE);

    ResourceSet set = sets.createResourceSet(new CreateResourceSetRequest().label("Front office")
        .description("Sales and CRM").resources(List.of(orn("groups:" + sales), tenant.orgUrl() + "/api/v1/apps/"
            + crm)));
    RoleCResourceSetResourceApi resources = new RoleCResourceSetResourceApi(client);
    resources.addResourceSetResources(set.getId(), new ResourceSetResourcePatchRequest()
        .additions(List.of(tenant.orgUrl() + "/api/v1/groups/" + support, orn("users"))));

    List<ResourceSetResource> held = resources.listResourceSetResources("Front office").getResources();
    assertThat(held).extracting(ResourceSetResource::getOrn).containsExactly(orn("groups:" + sales),
        orn("groups:" + support), "orn:okta:idp:" + orgId() + ":apps:"
            + ((com.okta.sdk.resource.model.SamlApplication) new com.okta.sdk.resource.api.ApplicationApi(client)
                .getApplication(crm, null)).getName() + ":" + crm,
        orn("users"));
    resources.deleteResourceSetResource(set.getId(), held.get(0).getId());
    assertThat(resources.listResourceSetResources(set.getId()).getResources()).hasSize(3);
    refused(() -> sets.createResourceSet(new CreateResourceSetRequest().label("Bad").description("x")
        .resources(List.of("orn:okta:directory:00oOTHERORG:users"))), 400, "E0000001");
    refused(() -> sets.createResourceSet(new CreateResourceSetRequest().label("Front office").description("x")
        .resources(List.of(orn("users")))), 400, "E0000001");

    sets.replaceResourceSet(set.getId(), new ResourceSet().label("Front desk").description("Renamed"));
    assertThat(sets.listResourceSets(null).getResourceSets()).extracting(ResourceSet::getLabel)
        .containsExactly("Front desk");
    sets.deleteResourceSet("Front desk");
    refused(() -> sets.getResourceSet(set.getId()), 404, "E0000007");
    assertThat(eventTypes()).containsExactly("iam.resourceset.create", "iam.resourceset.resources.add",
        "iam.resourceset.resources.delete", "iam.resourceset.update", "iam.resourceset.delete");
  }

  @Test
  void aBindingAssignsTheRoleOverTheSetToItsMembersWhoseRolesAndPermissionsShowIt() throws Exception {
    String sales = f.addGroup("Sales", OktaGroupType.OKTA_GROUP);
    String reviewerUser = f.addUser("rita@example.com");
    String seller = f.addUser("sam@example.com");
    f.addMember(sales, seller);
    String admins = f.addGroup("Reviewers", OktaGroupType.OKTA_GROUP);
    IamRole role = reviewer();
    ResourceSet set = sets.createResourceSet(new CreateResourceSetRequest().label("Sales people")
        .description("Sales").resources(List.of(orn("groups:" + sales))));

    bindings.createResourceSetBinding(set.getId(), new ResourceSetBindingCreateRequest().role(role.getId())
        .members(List.of(tenant.orgUrl() + "/api/v1/users/" + reviewerUser)));
    new RoleDResourceSetBindingMemberApi(client).addMembersToBinding(set.getId(), role.getId(),
        new ResourceSetBindingAddMembersRequest().additions(List.of(tenant.orgUrl() + "/api/v1/groups/" + admins)));

    assertThat(bindings.listBindings(set.getId(), null).getRoles()).extracting(ResourceSetBindingRole::getId)
        .containsExactly(role.getId());
    List<ResourceSetBindingMember> members = new RoleDResourceSetBindingMemberApi(client)
        .listMembersOfBinding(set.getId(), role.getId(), null).getMembers();
    assertThat(members).extracting(m -> m.getLinks().getSelf().getHref()).containsExactly(
        tenant.orgUrl() + "/api/v1/users/" + reviewerUser, tenant.orgUrl() + "/api/v1/groups/" + admins);
    List<ListGroupAssignedRoles200ResponseInner> held = new RoleAssignmentAUserApi(client)
        .listAssignedRolesForUser(reviewerUser, null);
    assertThat(held).singleElement().satisfies(r -> {
      assertThat(r.getType()).isEqualTo(RoleType.CUSTOM);
      assertThat(r.getId()).isEqualTo(members.get(0).getId());
      assertThat(r.getLabel()).isEqualTo("Reviewer");
    });
    refused(() -> bindings.createResourceSetBinding(set.getId(), new ResourceSetBindingCreateRequest()
        .role(role.getId()).members(List.of(tenant.orgUrl() + "/api/v1/users/" + seller))), 400, "E0000001");
    refused(() -> roles.deleteRole(role.getId()), 400, "E0000001");
    refused(() -> sets.deleteResourceSet(set.getId()), 400, "E0000001");

    IssuedToken token = f.addApiToken(reviewerUser, "review");
    ApiClient asReviewer = SdkClients.ssws(tenant, token.secret(), 0);
    assertThat(new com.okta.sdk.resource.api.UserApi(asReviewer).getUser(seller, null, null).getId())
        .isEqualTo(seller);
    String outsider = f.addUser("otto@example.com");
    refused(() -> new com.okta.sdk.resource.api.UserApi(asReviewer).getUser(outsider, null, null), 404, "E0000007");

    new RoleDResourceSetBindingMemberApi(client).unassignMemberFromBinding(set.getId(), role.getId(),
        members.get(0).getId());
    assertThat(new RoleAssignmentAUserApi(client).listAssignedRolesForUser(reviewerUser, null)).isEmpty();
    bindings.deleteBinding(set.getId(), role.getId());
    refused(() -> bindings.getBinding(set.getId(), role.getId()), 404, "E0000007");
    refused(() -> new com.okta.sdk.resource.api.UserApi(asReviewer).getUser(seller, null, null), 403, "E0000006");
    assertThat(eventTypes()).containsSubsequence("iam.resourceset.bindings.add", "iam.resourceset.bindings.add",
        "iam.resourceset.bindings.delete", "iam.resourceset.bindings.delete");
  }

  @Test
  void aCustomRoleIsAssignedThroughTheUsersRolesEndpointAndSetUpRolesAreServed() throws Exception {
    String alice = f.addUser("alice@example.com");
    String bob = f.addUser("bob@example.com");
    String team = f.addGroup("Team", OktaGroupType.OKTA_GROUP);
    f.assignRole(AdminRole.custom("Seeded reviewer", Set.of("okta.users.read"), bob).inResourceSet(team));
    IamRole role = reviewer();
    ResourceSet set = sets.createResourceSet(new CreateResourceSetRequest().label("Everyone").description("all")
        .resources(List.of(orn("users"))));

    new RoleAssignmentAUserApi(client).assignRoleToUser(alice, new AssignRoleToUserRequest().type("CUSTOM")
        .role(role.getId()).resourceSet(set.getId()), null);

    assertThat(new RoleDResourceSetBindingMemberApi(client).listMembersOfBinding(set.getId(), role.getId(), null)
        .getMembers()).hasSize(1);
    assertThat(roles.listRoles(null).getRoles()).extracting(IamRole::getLabel)
        .containsExactly("Seeded reviewer", "Reviewer");
    ListGroupAssignedRoles200ResponseInner seeded = new RoleAssignmentAUserApi(client)
        .listAssignedRolesForUser(bob, null).get(0);
    assertThat(sets.listResourceSets(null).getResourceSets()).hasSize(2);
    assertThat(new RoleCResourceSetResourceApi(client).listResourceSetResources(
        sets.listResourceSets(null).getResourceSets().get(0).getId()).getResources())
        .extracting(ResourceSetResource::getOrn).containsExactly(orn("groups:" + team));
    assertThat(seeded.getType()).isEqualTo(RoleType.CUSTOM);
    assertThat(f.assignRole(AdminRole.user(StandardAdminRole.REPORT_ADMIN, alice))).isNotBlank();
  }
}
