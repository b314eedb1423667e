package dev.governance.testkit.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okta.sdk.resource.api.ApiTokenApi;
import com.okta.sdk.resource.api.ApplicationUsersApi;
import com.okta.sdk.resource.api.GroupApi;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.api.UserLifecycleApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.AppUser;
import com.okta.sdk.resource.model.ApiToken;
import com.okta.sdk.resource.model.UserActivationToken;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deactivation unassigns a user from every active application (direct and group-derived rows go),
 * keeps its group memberships, and deprovisions its API tokens; activation brings the group-derived
 * rows back, not the direct ones.
 */
class DeactivationTest {
  FakeOktaTenant tenant;
  TenantFixtures f;
  ApiClient client;
  String bob;
  String team;
  String wiki;
  String crm;

  @BeforeEach
  void start() {
    tenant = FakeOktaTenant.builder().rateLimits(RateLimits.disabled()).start();
    f = tenant.fixtures();
    client = SdkClients.ssws(tenant, tenant.apiToken(), 0);
    bob = f.addUser("bob@example.com");
    team = f.addGroup("Team", OktaGroupType.OKTA_GROUP);
    f.addMember(team, bob);
    wiki = f.addApp("Wiki", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE);
    crm = f.addApp("CRM", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE);
    f.assignGroup(wiki, team);
    f.assignUser(crm, bob);
  }

  @AfterEach
  void stop() {
    tenant.close();
  }

  private List<String> appUsers(String app) throws ApiException {
    return new ApplicationUsersApi(client).listApplicationUsers(app, null, 500, null, null)
        .stream().map(AppUser::getId).toList();
  }

  private List<String> tokenNames() throws ApiException {
    return new ApiTokenApi(client).listApiTokens().stream().map(ApiToken::getName).toList();
  }

  @Test
  void deactivatingRemovesDirectAndGroupAppUsersKeepsGroupsAndDeprovisionsTokens()
      throws Exception {
    f.addApiToken(bob, "bob's script");
    assertThat(appUsers(wiki)).contains(bob);
    assertThat(appUsers(crm)).contains(bob);
    assertThat(tokenNames()).contains("bob's script");

    new UserLifecycleApi(client).deactivateUser(bob, false, null);

    assertThat(appUsers(wiki)).doesNotContain(bob);
    assertThat(appUsers(crm)).doesNotContain(bob);
    assertThat(new GroupApi(client).listGroupUsers(team, null, 1000))
        .extracting(u -> u.getId()).contains(bob);
    assertThat(tokenNames()).doesNotContain("bob's script");
    assertThat(tenant.counts().apiTokens()).isEqualTo(tokenNames().size());
    assertThatThrownBy(() -> new ApplicationUsersApi(client).unassignUserFromApplication(wiki,
        bob, false)).isInstanceOfSatisfying(ApiException.class,
            e -> assertThat(e.getCode()).isEqualTo(404));
  }

  @Test
  void activatingADeactivatedUserRestoresGroupAppUsersButNotDirectOnes() throws Exception {
    UserLifecycleApi life = new UserLifecycleApi(client);
    life.deactivateUser(bob, false, null);

    UserActivationToken token = life.activateUser(bob, false);

    assertThat(token.getActivationToken()).isNotBlank();
    assertThat(token.getActivationUrl()).startsWith(tenant.orgUrl());
    assertThat(String.valueOf(new UserApi(client).getUser(bob, null, null).getStatus()))
        .isIn("ACTIVE", "PROVISIONED");
    assertThat(appUsers(wiki)).contains(bob);
    assertThat(appUsers(crm)).doesNotContain(bob);
  }

  @Test
  void activateWorksOnlyOnStagedOrDeactivatedUsers() {
    assertThatThrownBy(() -> new UserLifecycleApi(client).activateUser(bob, false))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.getCode()).isEqualTo(400);
          assertThat(e.getResponseBody()).contains("E0000001", "ACTIVE");
        });
  }

  @Test
  void deactivationLeavesAssignmentsToInactiveApplications() throws Exception {
    String legacy = f.addApp("Legacy", OktaSignOnMode.BASIC_AUTH, AppStatus.INACTIVE);
    f.assignUser(legacy, bob);
    new UserLifecycleApi(client).deactivateUser(bob, false, null);
    assertThat(appUsers(legacy)).contains(bob);
  }

  @Test
  void fixturesModelADeactivatedUserAsOktaLeavesIt() throws Exception {
    f.addApiToken(bob, "bob's script");
    f.setUserStatus(bob, UserStatus.DEPROVISIONED);
    String carol = f.addUser("carol@example.com", UserStatus.DEPROVISIONED, "Carol", "C",
        Map.of());
    f.addMember(team, carol);

    assertThat(appUsers(wiki)).doesNotContain(bob, carol);
    assertThat(appUsers(crm)).doesNotContain(bob);
    assertThat(tokenNames()).doesNotContain("bob's script");
    assertThatThrownBy(() -> f.assignUser(crm, carol))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DEPROVISIONED")
        .hasMessageContaining("activate it");
    assertThatThrownBy(() -> f.addApiToken(carol, "never"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deprovisions the API tokens");
  }

  @Test
  void generatedDeactivatedUsersHaveNoActiveAppUsersAndNoTokens() throws Exception {
    try (FakeOktaTenant demo = FakeOktaTenant.builder().shape(TenantShape.DEMO).start()) {
      ApiClient c = SdkClients.ssws(demo, demo.apiToken(), 0);
      List<String> deactivated = new UserApi(c)
          .listUsers(null, null, null, 200, "status eq \"DEPROVISIONED\"",
              "status eq \"DEPROVISIONED\"", null, null)
          .stream().map(u -> u.getId()).toList();
      assertThat(deactivated).hasSize(3);
      var apps = new com.okta.sdk.resource.api.ApplicationApi(c)
          .listApplications(null, null, null, 200, null, null, null);
      for (var app : apps) {
        List<String> users = new ApplicationUsersApi(c)
            .listApplicationUsers(app.getId(), null, 500, null, null)
            .stream().map(AppUser::getId).toList();
        if ("ACTIVE".equals(String.valueOf(app.getStatus()))) {
          assertThat(users).as(app.getLabel()).doesNotContainAnyElementsOf(deactivated);
        }
      }
      List<Integer> ownersDeactivated = new ApiTokenApi(c).listApiTokens().stream()
          .filter(t -> deactivated.contains(t.getUserId())).map(t -> 1).toList();
      assertThat(ownersDeactivated).isEmpty();
    }
  }
}
