package dev.governance.testkit.okta;

import dev.governance.okta.catalog.StandardAdminRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okta.sdk.resource.api.ApiTokenApi;
import com.okta.sdk.resource.api.ApplicationGrantsApi;
import com.okta.sdk.resource.api.ApplicationUsersApi;
import com.okta.sdk.resource.api.GroupApi;
import com.okta.sdk.resource.api.SystemLogApi;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.api.UserLifecycleApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.LogEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lifecycle and access changes follow Okta's rules and write System Log events. */
class ChangesTest {
  FakeOktaTenant tenant;
  TenantFixtures f;
  ApiClient client;
  String alice;
  String team;
  String app;

  @BeforeEach
  void start() {
    tenant = FakeOktaTenant.builder().rateLimits(RateLimits.disabled()).start();
    f = tenant.fixtures();
    client = SdkClients.ssws(tenant, tenant.apiToken(), 0);
    alice = f.addUser("alice@example.com");
    team = f.addGroup("Team", OktaGroupType.OKTA_GROUP);
    f.addMember(team, alice);
    app = f.addApp("Wiki", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE);
  }

  @AfterEach
  void stop() {
    tenant.close();
  }

  private List<LogEvent> events(String type) throws ApiException {
    return new SystemLogApi(client).listLogEvents(null, null, null,
        "eventType eq \"" + type + "\"", null, 100, null);
  }

  private static int code(ApiException e) {
    return e.getCode();
  }

  @Test
  void removingAMemberIsLoggedAndVisible() throws Exception {
    new GroupApi(client).unassignUserFromGroup(team, alice);
    assertThat(new GroupApi(client).listGroupUsers(team, null, null)).isEmpty();
    List<LogEvent> e = events("group.user_membership.remove");
    assertThat(e).hasSize(1);
    assertThat(e.get(0).getTarget()).extracting(t -> t.getId()).containsExactly(alice, team);
  }

  @Test
  void appAndBuiltInGroupMembershipsCannotChange() {
    String imported = f.addGroup("AD Users", OktaGroupType.APP_GROUP);
    f.addMember(imported, alice);
    assertThatThrownBy(() -> new GroupApi(client).unassignUserFromGroup(imported, alice))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(code(e)).isEqualTo(403);
          assertThat(e.getResponseBody()).contains("E0000006");
        });
  }

  @Test
  void unassigningAUserWhoseGroupAlsoGrantsTheAppIsRefused() throws Exception {
    f.assignUser(app, alice);
    f.assignGroup(app, team);
    ApplicationUsersApi api = new ApplicationUsersApi(client);
    assertThatThrownBy(() -> api.unassignUserFromApplication(app, alice, false))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(code(e)).isEqualTo(403);
          assertThat(e.getResponseBody()).contains("E0000046");
        });
    new GroupApi(client).unassignUserFromGroup(team, alice);
    api.unassignUserFromApplication(app, alice, false);
    assertThat(api.listApplicationUsers(app, null, null, null, null)).isEmpty();
    assertThat(events("application.user_membership.remove")).hasSize(1);
  }

  @Test
  void revokedGrantDisappearsAndIsLogged() throws Exception {
    String grant = f.grantScope(app, "okta.users.read");
    new ApplicationGrantsApi(client).revokeScopeConsentGrant(app, grant);
    assertThat(new ApplicationGrantsApi(client).listScopeConsentGrants(app, null)).isEmpty();
    assertThat(events("app.oauth2.admin.consent.revoke")).hasSize(1);
  }

  @Test
  void revokedTokenStopsWorking() throws Exception {
    IssuedToken other = f.addApiToken(tenant.adminUserId(), "to revoke");
    new ApiTokenApi(client).revokeApiToken(other.id());
    assertThatThrownBy(() -> new UserApi(SdkClients.ssws(tenant, other.secret(), 0))
        .listUsers(null, null, null, null, null, null, null, null))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(code(e)).isEqualTo(401));
    assertThat(events("system.api_token.revoke")).hasSize(1);
  }

  @Test
  void suspendUnsuspendDeactivateFollowTheLifecycle() throws Exception {
    UserLifecycleApi life = new UserLifecycleApi(client);
    life.suspendUser(alice);
    assertThat(String.valueOf(new UserApi(client).getUser(alice, null, null).getStatus()))
        .isEqualTo("SUSPENDED");
    assertThatThrownBy(() -> life.suspendUser(alice))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(code(e)).isEqualTo(400);
          assertThat(e.getResponseBody()).contains("E0000001");
        });
    life.unsuspendUser(alice);
    life.deactivateUser(alice, false, null);
    assertThat(new UserApi(client).listUsers(null, null, null, null, null, null, null, null))
        .extracting(u -> u.getId()).doesNotContain(alice);
    assertThatThrownBy(() -> life.deactivateUser(alice, false, null))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(code(e)).isEqualTo(400));
    assertThat(events("user.lifecycle.suspend")).hasSize(1);
    assertThat(events("user.lifecycle.unsuspend")).hasSize(1);
    assertThat(events("user.lifecycle.deactivate")).hasSize(1);
  }

  @Test
  void lifecyclePostsAnswer200WithAnEmptyBody() throws Exception {
    RawHttp.Response r = RawHttp.send(tenant.orgUrl(), "POST", "/api/v1/users/" + alice
        + "/lifecycle/suspend", "SSWS " + tenant.apiToken(), "");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).isEmpty();
    assertThat(RawHttp.send(tenant.orgUrl(), "POST", "/api/v1/users/00uNOPE/lifecycle/suspend",
        "SSWS " + tenant.apiToken(), "").status()).isEqualTo(404);
  }

  @Test
  void deactivatedOwnersTokenStopsWorking() throws Exception {
    String bob = f.addUser("bob@example.com", UserStatus.ACTIVE, "Bob", "B", Map.of());
    f.assignRole(AdminRole.user(StandardAdminRole.ORG_ADMIN, bob));
    IssuedToken token = f.addApiToken(bob, "bob's");
    UserApi asBob = new UserApi(SdkClients.ssws(tenant, token.secret(), 0));
    assertThat(asBob.listUsers(null, null, null, null, null, null, null, null)).hasSize(3);
    new UserLifecycleApi(client).deactivateUser(bob, false, null);
    assertThatThrownBy(() -> asBob.listUsers(null, null, null, null, null, null, null, null))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(code(e)).isEqualTo(401);
          assertThat(e.getResponseBody()).contains("E0000011");
        });
  }

  @Test
  void deletingAUserFirstDeactivatesThenDeletes() throws Exception {
    UserApi users = new UserApi(client);
    users.deleteUser(alice, false, null);
    assertThat(String.valueOf(users.getUser(alice, null, null).getStatus()))
        .isEqualTo("DEPROVISIONED");
    users.deleteUser(alice, false, null);
    assertThatThrownBy(() -> users.getUser(alice, null, null))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(code(e)).isEqualTo(404));
    assertThat(new GroupApi(client).listGroupUsers(team, null, null)).isEmpty();
    assertThat(tenant.counts().users()).isEqualTo(1);
    assertThat(events("user.lifecycle.delete.initiated")).hasSize(1);
  }

  @Test
  void unassigningARoleRemovesItsPowers() throws Exception {
    String role = f.assignRole(AdminRole.user(StandardAdminRole.READ_ONLY_ADMIN, alice));
    IssuedToken token = f.addApiToken(alice, "alice");
    UserApi asAlice = new UserApi(SdkClients.ssws(tenant, token.secret(), 0));
    assertThat(asAlice.listUsers(null, null, null, null, null, null, null, null)).isNotEmpty();
    new com.okta.sdk.resource.api.RoleAssignmentAUserApi(client).unassignRoleFromUser(alice, role);
    assertThatThrownBy(() -> asAlice.listUsers(null, null, null, null, null, null, null, null))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(code(e)).isEqualTo(403));
    assertThat(events("user.account.privilege.revoke")).hasSize(1);
  }

  @Test
  void pollingTheLogAlwaysGivesANextLink() throws Exception {
    RawHttp.Response empty = RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/logs",
        "SSWS " + tenant.apiToken(), null);
    assertThat(empty.body()).isEqualTo("[]");
    assertThat(empty.all("link")).hasSize(2);
    String next = empty.all("link").get(1).replaceAll("<([^>]+)>.*", "$1")
        .substring(tenant.orgUrl().length());
    new GroupApi(client).unassignUserFromGroup(team, alice);
    RawHttp.Response later = RawHttp.send(tenant.orgUrl(), "GET", next,
        "SSWS " + tenant.apiToken(), null);
    assertThat(later.body()).contains("group.user_membership.remove");
    assertThat(later.all("link")).hasSize(2);
    RawHttp.Response bounded = RawHttp.send(tenant.orgUrl(), "GET",
        "/api/v1/logs?since=" + java.time.Instant.now().minus(java.time.Duration.ofDays(1))
            + "&until=2100-01-01T00:00:00.000Z",
        "SSWS " + tenant.apiToken(), null);
    assertThat(bounded.all("link")).hasSize(1);
  }

  @Test
  void aLogQueryReachingMoreThan180DaysBackIsRefusedAsOktaDoes() throws Exception {
    RawHttp.Response refused = RawHttp.send(tenant.orgUrl(), "GET",
        "/api/v1/logs?since=2000-01-01T00:00:00.000Z", "SSWS " + tenant.apiToken(), null);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("E0000053");
  }
}
