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
import com.okta.sdk.resource.model.Application;
import com.okta.sdk.resource.model.ApplicationGroupAssignment;
import com.okta.sdk.resource.model.ApplicationLifecycleStatus;
import com.okta.sdk.resource.model.ApplicationSignOnMode;
import com.okta.sdk.resource.model.BasicApplicationSettings;
import com.okta.sdk.resource.model.BasicApplicationSettingsApplication;
import com.okta.sdk.resource.model.BasicAuthApplication;
import com.okta.sdk.resource.model.BookmarkApplication;
import com.okta.sdk.resource.model.BookmarkApplicationSettings;
import com.okta.sdk.resource.model.BookmarkApplicationSettingsApplication;
import com.okta.sdk.resource.model.OAuthGrantType;
import com.okta.sdk.resource.model.LogEvent;
import com.okta.sdk.resource.model.OpenIdConnectApplication;
import com.okta.sdk.resource.model.OpenIdConnectApplicationSettings;
import com.okta.sdk.resource.model.OpenIdConnectApplicationSettingsClient;
import com.okta.sdk.resource.model.OpenIdConnectApplicationType;
import com.okta.sdk.resource.model.SamlApplication;
import com.okta.sdk.resource.model.SamlApplicationSettings;
import com.okta.sdk.resource.model.SamlApplicationSettingsSignOn;
import dev.governance.okta.catalog.OktaBucket;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** okta-sdk-java 24.0.0's typed application API creates, changes and deletes apps as Okta does. */
class AppWritesTest {
  FakeOktaTenant tenant;
  TenantFixtures f;
  ApiClient client;
  ApplicationApi apps;

  @BeforeEach
  void start() {
    tenant = FakeOktaTenant.builder().rateLimits(RateLimits.disabled()).start();
    f = tenant.fixtures();
    client = SdkClients.ssws(tenant, tenant.apiToken(), 0);
    apps = new ApplicationApi(client);
  }

  @AfterEach
  void stop() {
    tenant.close();
  }

  private List<LogEvent> events(String type) throws ApiException {
    return new SystemLogApi(client).listLogEvents(null, null, null, "eventType eq \"" + type + "\"", null, 100, null);
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

  private static BookmarkApplication bookmark(String label, String url) {
    BookmarkApplication app = new BookmarkApplication();
    app.setLabel(label);
    app.setSignOnMode(ApplicationSignOnMode.BOOKMARK);
    app.name(BookmarkApplication.NameEnum.BOOKMARK)
        .settings(new BookmarkApplicationSettings().app(new BookmarkApplicationSettingsApplication().url(url)));
    return app;
  }

  @Test
  void createsBookmarkBasicAuthSamlAndOpenIdConnectApps() throws Exception {
    BasicAuthApplication basic = new BasicAuthApplication();
    basic.setLabel("Legacy portal");
    basic.setSignOnMode(ApplicationSignOnMode.BASIC_AUTH);
    basic.name(BasicAuthApplication.NameEnum.TEMPLATE_BASIC_AUTH).settings(new BasicApplicationSettings()
        .app(new BasicApplicationSettingsApplication().url("https://portal.example.com")
            .authURL("https://portal.example.com/login")));
    SamlApplication saml = new SamlApplication();
    saml.setLabel("Payroll");
    saml.setSignOnMode(ApplicationSignOnMode.SAML_2_0);
    saml.settings(new SamlApplicationSettings().signOn(new SamlApplicationSettingsSignOn()
        .ssoAcsUrl("https://payroll.example.com/sso").audience("https://payroll.example.com")));
    OpenIdConnectApplication oidc = new OpenIdConnectApplication();
    oidc.setLabel("Reporter");
    oidc.setSignOnMode(ApplicationSignOnMode.OPENID_CONNECT);
    oidc.name("oidc_client").settings(new OpenIdConnectApplicationSettings().oauthClient(
        new OpenIdConnectApplicationSettingsClient().grantTypes(List.of(OAuthGrantType.CLIENT_CREDENTIALS))
            .applicationType(OpenIdConnectApplicationType.SERVICE)));

    Application b = apps.createApplication(bookmark("Intranet", "https://intranet.example.com"), true, null);
    Application ba = apps.createApplication(basic, true, null);
    Application s = apps.createApplication(saml, false, null);
    Application o = apps.createApplication(oidc, true, null);

    assertThat(List.of(b, ba, s, o)).extracting(Application::getSignOnMode).containsExactly(
        ApplicationSignOnMode.BOOKMARK, ApplicationSignOnMode.BASIC_AUTH, ApplicationSignOnMode.SAML_2_0,
        ApplicationSignOnMode.OPENID_CONNECT);
    assertThat(b).isInstanceOf(BookmarkApplication.class);
    assertThat(o).isInstanceOf(OpenIdConnectApplication.class);
    assertThat(s.getStatus()).isEqualTo(ApplicationLifecycleStatus.INACTIVE);
    assertThat(apps.getApplication(b.getId(), null).getLabel()).isEqualTo("Intranet");
    assertThat(events("application.lifecycle.create")).hasSize(4);
    assertThat(tenant.journal().entries()).filteredOn(e -> e.method().equals("POST"))
        .extracting(JournalEntry::bucket).containsOnly(OktaBucket.APPS);
  }

  @Test
  void refusesAnAppWithoutItsRequiredSettings() throws Exception {
    refused(() -> apps.createApplication(bookmark(null, "https://intranet.example.com"), true, null), 400,
        "E0000001");
    refused(() -> apps.createApplication(bookmark("Intranet", null), true, null), 400, "E0000001");
    SamlApplication saml = new SamlApplication();
    saml.setLabel("Payroll");
    saml.setSignOnMode(ApplicationSignOnMode.SAML_2_0);
    refused(() -> apps.createApplication(saml, true, null), 400, "E0000001");
    assertThat(tenant.counts().apps()).isZero();
  }

  @Test
  void deactivatesBeforeDeletingAndForgetsTheDeletedApp() throws Exception {
    String id = apps.createApplication(bookmark("Intranet", "https://intranet.example.com"), true, null).getId();
    String pat = f.addUser("pat@example.com");
    f.assignUser(id, pat);

    refused(() -> apps.deleteApplication(id), 403, "E0000056");
    apps.deactivateApplication(id);
    assertThat(apps.getApplication(id, null).getStatus()).isEqualTo(ApplicationLifecycleStatus.INACTIVE);
    apps.deleteApplication(id);

    refused(() -> apps.getApplication(id, null), 404, "E0000007");
    refused(() -> apps.activateApplication(id), 404, "E0000007");
    assertThat(events("application.lifecycle.deactivate")).hasSize(1);
    assertThat(events("application.lifecycle.delete")).hasSize(1);
  }

  @Test
  void assignsUsersAndGroupsAndUnassignsThem() throws Exception {
    String id = apps.createApplication(bookmark("Intranet", "https://intranet.example.com"), true, null).getId();
    String pat = f.addUser("pat@example.com");
    String team = f.addGroup("Team", OktaGroupType.OKTA_GROUP);
    ApplicationUsersApi users = new ApplicationUsersApi(client);
    ApplicationGroupsApi groups = new ApplicationGroupsApi(client);

    AppUser assigned = users.assignUserToApplication(id, new AppUserAssignRequest().id(pat));
    ApplicationGroupAssignment group = groups.assignGroupToApplication(id, team, new ApplicationGroupAssignment());

    assertThat(assigned.getId()).isEqualTo(pat);
    assertThat(group.getId()).isEqualTo(team);
    assertThat(users.listApplicationUsers(id, null, null, null, null)).extracting(AppUser::getId).containsExactly(pat);
    users.unassignUserFromApplication(id, pat, false);
    groups.unassignApplicationFromGroup(id, team);
    assertThat(users.listApplicationUsers(id, null, null, null, null)).isEmpty();
    refused(() -> users.assignUserToApplication(id, new AppUserAssignRequest().id("00uNOPE")), 404, "E0000007");
    f.setUserStatus(pat, UserStatus.DEPROVISIONED);
    refused(() -> users.assignUserToApplication(id, new AppUserAssignRequest().id(pat)), 400, "E0000001");
    assertThat(events("application.user_membership.add")).hasSize(1);
    assertThat(events("group.application_assignment.add")).hasSize(1);
  }

  @Test
  void anAppTypeTheTenantDoesNotServeIsNotServedRatherThanInvented() {
    Application wsFed = new Application();
    wsFed.setLabel("Federated portal");
    wsFed.setSignOnMode(ApplicationSignOnMode.WS_FEDERATION);
    assertThatThrownBy(() -> apps.createApplication(wsFed, true, null)).isInstanceOfSatisfying(ApiException.class,
        e -> assertThat(e.getResponseBody()).contains("E0000008").contains("WS_FEDERATION"));
  }
}
