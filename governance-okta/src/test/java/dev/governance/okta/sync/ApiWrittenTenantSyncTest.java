package dev.governance.okta.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.okta.sdk.resource.api.ApplicationApi;
import com.okta.sdk.resource.api.ApplicationGrantsApi;
import com.okta.sdk.resource.api.ApplicationGroupsApi;
import com.okta.sdk.resource.api.ApplicationUsersApi;
import com.okta.sdk.resource.api.GroupApi;
import com.okta.sdk.resource.api.RoleAssignmentAUserApi;
import com.okta.sdk.resource.api.RoleBTargetAdminApi;
import com.okta.sdk.resource.api.RoleCResourceSetApi;
import com.okta.sdk.resource.api.RoleDResourceSetBindingApi;
import com.okta.sdk.resource.api.RoleECustomApi;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.model.AddGroupRequest;
import com.okta.sdk.resource.model.AppUserAssignRequest;
import com.okta.sdk.resource.model.ApplicationGroupAssignment;
import com.okta.sdk.resource.model.ApplicationSignOnMode;
import com.okta.sdk.resource.model.AssignRoleToUserRequest;
import com.okta.sdk.resource.model.BookmarkApplication;
import com.okta.sdk.resource.model.BookmarkApplicationSettings;
import com.okta.sdk.resource.model.BookmarkApplicationSettingsApplication;
import com.okta.sdk.resource.model.CreateIamRoleRequest;
import com.okta.sdk.resource.model.CreateResourceSetRequest;
import com.okta.sdk.resource.model.CreateUserRequest;
import com.okta.sdk.resource.model.OAuth2ScopeConsentGrant;
import com.okta.sdk.resource.model.OAuthGrantType;
import com.okta.sdk.resource.model.OktaUserGroupProfile;
import com.okta.sdk.resource.model.OpenIdConnectApplication;
import com.okta.sdk.resource.model.OpenIdConnectApplicationSettings;
import com.okta.sdk.resource.model.OpenIdConnectApplicationSettingsClient;
import com.okta.sdk.resource.model.OpenIdConnectApplicationType;
import com.okta.sdk.resource.model.ResourceSetBindingCreateRequest;
import com.okta.sdk.resource.model.RolePermissionType;
import com.okta.sdk.resource.model.UserProfile;
import com.okta.sdk.resource.client.ApiException;
import dev.governance.core.access.AccessGraph;
import dev.governance.core.access.AccessPath;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.model.Provenance;
import dev.governance.core.model.Role;
import dev.governance.core.model.RoleTarget;
import dev.governance.core.spi.SyncPlan;
import dev.governance.okta.OktaConnector;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.RateLimits;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A tenant written only through okta-sdk-java's typed API (users, groups, memberships, apps,
 * direct and group assignments, a standard role limited to a group, a custom role bound over a
 * resource set, a scope grant) is what the connector's sync reads back, provenance included.
 */
class ApiWrittenTenantSyncTest {

  @Test
  void theInventoryEqualsWhatTheApiWroteWithDirectAndGroupProvenance() throws Exception {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().rateLimits(RateLimits.disabled()).start()) {
      ApiClient client = client(tenant);
      String admin = tenant.adminUserId();
      String alice = user(client, "alice@example.com");
      String bob = user(client, "bob@example.com");
      String carol = user(client, "carol@example.com");
      String sales = group(client, "Sales");
      String support = group(client, "Support");
      GroupApi groups = new GroupApi(client);
      groups.assignUserToGroup(sales, alice);
      groups.assignUserToGroup(sales, bob);
      groups.assignUserToGroup(support, carol);

      String crm = new ApplicationApi(client).createApplication(bookmark("CRM"), true, null).getId();
      String bot = new ApplicationApi(client).createApplication(service("Reporter"), true, null).getId();
      new ApplicationGroupsApi(client).assignGroupToApplication(crm, sales, new ApplicationGroupAssignment());
      new ApplicationUsersApi(client).assignUserToApplication(crm, (AppUserAssignRequest) new AppUserAssignRequest()
          .id(alice));
      new ApplicationUsersApi(client).assignUserToApplication(crm, (AppUserAssignRequest) new AppUserAssignRequest()
          .id(carol));

      String ra = new RoleAssignmentAUserApi(client).assignRoleToUser(carol,
          new AssignRoleToUserRequest().type("USER_ADMIN"), null).getId();
      new RoleBTargetAdminApi(client).assignGroupTargetToUserRole(carol, ra, support);
      String role = new RoleECustomApi(client).createRole(new CreateIamRoleRequest().label("Reviewer")
          .description("Reads people").permissions(List.of(RolePermissionType.OKTA_USERS_READ))).getId();
      String set = new RoleCResourceSetApi(client).createResourceSet(new CreateResourceSetRequest()
          .label("Sales people").description("Sales").resources(List.of(tenant.orgUrl() + "/api/v1/groups/" + sales)))
          .getId();
      new RoleDResourceSetBindingApi(client).createResourceSetBinding(set, new ResourceSetBindingCreateRequest()
          .role(role).members(List.of(tenant.orgUrl() + "/api/v1/users/" + bob)));
      new ApplicationGrantsApi(client).grantConsentToScope(bot, new OAuth2ScopeConsentGrant()
          .issuer(tenant.orgUrl()).scopeId("okta.users.read"));

      OktaConnectorSyncTest.Synced s;
      try (OktaConnector okta = OktaConnectorSyncTest.open(tenant, tenant.apiToken())) {
        s = OktaConnectorSyncTest.sync(okta, SyncPlan.everything());
      }

      assertThat(s.snapshot().coverage()).allSatisfy((c, coverage) -> {
        if (c != InventoryCollection.AUTH_FACTORS) {
          assertThat(coverage).as(c.name()).isEqualTo(Coverage.complete());
        }
      });
      assertThat(s.snapshot().identities()).extracting(i -> i.id())
          .containsExactlyInAnyOrder(admin, alice, bob, carol);
      assertThat(s.snapshot().grants(Grant.Membership.class)
          .filter(m -> m.groupId().equals(sales) || m.groupId().equals(support))
          .map(m -> m.memberId() + "@" + m.groupId() + ":" + m.provenance()).collect(Collectors.toSet()))
          .containsExactlyInAnyOrder(alice + "@" + sales + ":" + Provenance.direct(),
              bob + "@" + sales + ":" + Provenance.direct(), carol + "@" + support + ":" + Provenance.direct());
      List<Grant.AppAssignment> crmAccess = s.snapshot().grants(Grant.AppAssignment.class)
          .filter(a -> a.applicationId().equals(crm)).toList();
      assertThat(crmAccess).extracting(a -> a.assigneeKind() + ":" + a.assigneeId() + ":" + a.provenance())
          .containsExactlyInAnyOrder(
              EntityKind.GROUP + ":" + sales + ":" + Provenance.direct(),
              EntityKind.IDENTITY + ":" + alice + ":" + Provenance.direct(),
              EntityKind.IDENTITY + ":" + carol + ":" + Provenance.direct());
      AccessGraph graph = AccessGraph.of(s.snapshot());
      assertThat(graph.access(alice, EntityKind.APPLICATION, crm).orElseThrow().paths())
          .extracting(AccessPath::kind).containsExactly(AccessPath.Kind.DIRECT, AccessPath.Kind.VIA_GROUP);
      assertThat(graph.access(bob, EntityKind.APPLICATION, crm).orElseThrow().paths())
          .extracting(AccessPath::kind).containsExactly(AccessPath.Kind.VIA_GROUP);
      assertThat(graph.access(carol, EntityKind.APPLICATION, crm).orElseThrow().paths())
          .extracting(AccessPath::kind).containsExactly(AccessPath.Kind.DIRECT);
      Grant.RoleAssignment userAdmin = s.snapshot().grants(Grant.RoleAssignment.class)
          .filter(r -> r.assigneeId().equals(carol)).findFirst().orElseThrow();
      assertThat(userAdmin.roleId()).isEqualTo("USER_ADMIN");
      assertThat(userAdmin.targets()).containsExactly(new RoleTarget(RoleTarget.Kind.GROUP, support));
      Grant.RoleAssignment reviewer = s.snapshot().grants(Grant.RoleAssignment.class)
          .filter(r -> r.assigneeId().equals(bob)).findFirst().orElseThrow();
      Role custom = s.snapshot().role(reviewer.roleId()).orElseThrow();
      assertThat(custom.custom()).isTrue();
      assertThat(custom.permissions()).containsExactly("okta.users.read");
      assertThat(reviewer.scope()).singleElement().asString().endsWith(":groups:" + sales);
      assertThat(s.snapshot().grants(Grant.ScopeGrant.class))
          .extracting(g -> g.applicationId() + ":" + g.scope()).containsExactly(bot + ":okta.users.read");
    }
  }

  private static ApiClient client(FakeOktaTenant tenant) {
    System.setProperty("okta.testing.disableHttpsCheck", "true");
    return com.okta.sdk.client.Clients.builder()
        .setOrgUrl(tenant.orgUrl())
        .setAuthorizationMode(com.okta.sdk.client.AuthorizationMode.SSWS)
        .setClientCredentials(new com.okta.sdk.authc.credentials.TokenClientCredentials(tenant.apiToken()))
        .setCacheManager(com.okta.sdk.cache.Caches.newDisabledCacheManager())
        .setConnectionTimeout(10)
        .setRetryMaxAttempts(0)
        .build();
  }

  private static String user(ApiClient client, String login) throws ApiException {
    UserProfile profile = new UserProfile();
    profile.setLogin(login);
    profile.setEmail(login);
    profile.setFirstName(login.substring(0, 1).toUpperCase(java.util.Locale.ROOT));
    profile.setLastName("Example");
    return new UserApi(client).createUser(new CreateUserRequest().profile(profile), true, false, null).getId();
  }

  private static String group(ApiClient client, String name) throws ApiException {
    OktaUserGroupProfile profile = new OktaUserGroupProfile();
    profile.setName(name);
    return new GroupApi(client).addGroup(new AddGroupRequest().profile(profile)).getId();
  }

  private static BookmarkApplication bookmark(String label) {
    BookmarkApplication app = new BookmarkApplication();
    app.setLabel(label);
    app.setSignOnMode(ApplicationSignOnMode.BOOKMARK);
    app.name(BookmarkApplication.NameEnum.BOOKMARK).settings(new BookmarkApplicationSettings()
        .app(new BookmarkApplicationSettingsApplication().url("https://" + label.toLowerCase(java.util.Locale.ROOT)
            + ".example.com")));
    return app;
  }

  private static OpenIdConnectApplication service(String label) {
    OpenIdConnectApplication oidc = new OpenIdConnectApplication();
    oidc.setLabel(label);
    oidc.setSignOnMode(ApplicationSignOnMode.OPENID_CONNECT);
    oidc.name("oidc_client").settings(new OpenIdConnectApplicationSettings().oauthClient(
        new OpenIdConnectApplicationSettingsClient().grantTypes(List.of(OAuthGrantType.CLIENT_CREDENTIALS))
            .applicationType(OpenIdConnectApplicationType.SERVICE)));
    return oidc;
  }
}
