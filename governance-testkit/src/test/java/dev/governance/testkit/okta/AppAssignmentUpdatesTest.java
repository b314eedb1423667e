package dev.governance.testkit.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okta.sdk.resource.api.ApplicationApi;
import com.okta.sdk.resource.api.ApplicationGroupsApi;
import com.okta.sdk.resource.api.ApplicationUsersApi;
import com.okta.sdk.resource.api.SystemLogApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.AppUser;
import com.okta.sdk.resource.model.AppUserAssignRequest;
import com.okta.sdk.resource.model.AppUserUpdateRequest;
import com.okta.sdk.resource.model.Application;
import com.okta.sdk.resource.model.ApplicationGroupAssignment;
import com.okta.sdk.resource.model.ApplicationSignOnMode;
import com.okta.sdk.resource.model.AutoLoginApplication;
import com.okta.sdk.resource.model.AutoLoginApplicationSettings;
import com.okta.sdk.resource.model.AutoLoginApplicationSettingsSignOn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * okta-sdk-java 24.0.0's typed application user and group APIs update app profiles, group
 * priorities and scopes as Okta does: an app user is {@code USER} while directly assigned and
 * {@code GROUP} while only a group reaches it.
 */
class AppAssignmentUpdatesTest {
  FakeOktaTenant tenant;
  TenantFixtures f;
  ApiClient client;
  ApplicationUsersApi appUsers;
  ApplicationGroupsApi appGroups;

  @BeforeEach
  void start() {
    tenant = FakeOktaTenant.builder().rateLimits(RateLimits.disabled()).start();
    f = tenant.fixtures();
    client = SdkClients.ssws(tenant, tenant.apiToken(), 0);
    appUsers = new ApplicationUsersApi(client);
    appGroups = new ApplicationGroupsApi(client);
  }

  @AfterEach
  void stop() {
    tenant.close();
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

  @Test
  void anAppUsersProfileIsSetOnAssignmentReplacedOnUpdateAndReadBack() throws Exception {
    String crm = f.addApp("CRM", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE);
    String alice = f.addUser("alice@example.com");
    String bob = f.addUser("bob@example.com");

    appUsers.assignUserToApplication(crm, (AppUserAssignRequest) new AppUserAssignRequest().id(alice)
        .profile(Map.of("role", "viewer")));
    AppUser updated = appUsers.updateApplicationUser(crm, alice,
        new AppUserUpdateRequest().profile(Map.of("role", "editor", "region", "EMEA")));

    assertThat(updated.getProfile()).containsEntry("role", "editor").containsEntry("region", "EMEA");
    assertThat(appUsers.getApplicationUser(crm, alice, null).getProfile()).containsEntry("role", "editor");
    assertThat(appUsers.getApplicationUser(crm, alice, null).getScope()).hasToString("USER");
    refused(() -> appUsers.getApplicationUser(crm, bob, null), 404, "E0000007");
    refused(() -> appUsers.updateApplicationUser(crm, bob, new AppUserUpdateRequest().profile(Map.of("a", 1))),
        404, "E0000007");
    assertThat(new SystemLogApi(client).listLogEvents(null, null, null,
        "eventType eq \"application.user_membership.update\"", null, 10, null)).hasSize(1);
  }

  @Test
  void aUserBothDirectAndThroughAGroupIsUserScopedUntilTurnedToTheGroupAndLeavesWithTheGroup() throws Exception {
    String crm = f.addApp("CRM", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE);
    String alice = f.addUser("alice@example.com");
    String sales = f.addGroup("Sales", OktaGroupType.OKTA_GROUP);
    f.addMember(sales, alice);
    appUsers.assignUserToApplication(crm, (AppUserAssignRequest) new AppUserAssignRequest().id(alice));
    appGroups.assignGroupToApplication(crm, sales, new ApplicationGroupAssignment());

    assertThat(appUsers.getApplicationUser(crm, alice, null).getScope()).hasToString("USER");
    refused(() -> appUsers.unassignUserFromApplication(crm, alice, null), 403, "E0000046");

    RawHttp.Response toGroup = RawHttp.send(tenant.orgUrl(), "POST", "/api/v1/apps/" + crm + "/users/" + alice,
        "SSWS " + tenant.apiToken(), "{\"scope\":\"GROUP\"}");
    assertThat(toGroup.status()).isEqualTo(200);
    assertThat(appUsers.getApplicationUser(crm, alice, null).getScope()).hasToString("GROUP");
    assertThat(RawHttp.send(tenant.orgUrl(), "POST", "/api/v1/apps/" + crm + "/users/" + alice,
        "SSWS " + tenant.apiToken(), "{\"scope\":\"GROUP\"}").status()).isEqualTo(200);
    refused(() -> appUsers.unassignUserFromApplication(crm, alice, null), 403, "E0000046");

    appGroups.unassignApplicationFromGroup(crm, sales);
    refused(() -> appUsers.getApplicationUser(crm, alice, null), 404, "E0000007");
    assertThat(appUsers.listApplicationUsers(crm, null, null, null, null)).isEmpty();
  }

  @Test
  void aGroupAssignmentTakesAPriorityAndAProfileAndIsUpdatedInPlace() throws Exception {
    String crm = f.addApp("CRM", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE);
    String a = f.addGroup("A", OktaGroupType.OKTA_GROUP);
    String b = f.addGroup("B", OktaGroupType.OKTA_GROUP);
    String c = f.addGroup("C", OktaGroupType.OKTA_GROUP);
    appGroups.assignGroupToApplication(crm, a, new ApplicationGroupAssignment());
    appGroups.assignGroupToApplication(crm, b, new ApplicationGroupAssignment());

    ApplicationGroupAssignment first = appGroups.assignGroupToApplication(crm, c,
        new ApplicationGroupAssignment().priority(0).profile(Map.of("team", "core")));

    assertThat(first.getPriority()).isZero();
    assertThat(first.getProfile()).containsEntry("team", "core");
    assertThat(appGroups.listApplicationGroupAssignments(crm, null, null, null, null))
        .extracting(ApplicationGroupAssignment::getId).containsExactly(c, a, b);
    appGroups.assignGroupToApplication(crm, c, new ApplicationGroupAssignment().priority(2));
    assertThat(appGroups.getApplicationGroupAssignment(crm, c, null).getPriority()).isEqualTo(2);
    assertThat(appGroups.getApplicationGroupAssignment(crm, c, null).getProfile()).containsEntry("team", "core");
    refused(() -> appGroups.assignGroupToApplication(crm, a, new ApplicationGroupAssignment().priority(101)),
        400, "E0000001");
    assertThat(new SystemLogApi(client).listLogEvents(null, null, null,
        "eventType eq \"group.application_assignment.update\"", null, 10, null)).hasSize(1);
  }

  @Test
  void aSwaAppIsCreatedWithItsSignInPage() throws Exception {
    AutoLoginApplication swa = new AutoLoginApplication();
    swa.setLabel("Wiki");
    swa.setSignOnMode(ApplicationSignOnMode.AUTO_LOGIN);
    swa.settings(new AutoLoginApplicationSettings().signOn(new AutoLoginApplicationSettingsSignOn()
        .loginUrl("https://wiki.example.com/login")));

    Application created = new ApplicationApi(client).createApplication(swa, true, null);

    assertThat(created).isInstanceOf(AutoLoginApplication.class);
    assertThat(created.getSignOnMode()).isEqualTo(ApplicationSignOnMode.AUTO_LOGIN);
    AutoLoginApplication noUrl = new AutoLoginApplication();
    noUrl.setLabel("Broken");
    noUrl.setSignOnMode(ApplicationSignOnMode.AUTO_LOGIN);
    refused(() -> new ApplicationApi(client).createApplication(noUrl, true, null), 400, "E0000001");
    assertThat(List.of(created.getId())).doesNotContainNull();
  }
}
