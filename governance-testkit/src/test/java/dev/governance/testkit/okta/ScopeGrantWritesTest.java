package dev.governance.testkit.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okta.sdk.resource.api.ApplicationGrantsApi;
import com.okta.sdk.resource.api.SystemLogApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.OAuth2ScopeConsentGrant;
import java.security.KeyPairGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** okta-sdk-java 24.0.0's typed application grants API grants, reads and revokes Okta scopes as Okta does. */
class ScopeGrantWritesTest {
  FakeOktaTenant tenant;
  TenantFixtures f;
  ApiClient client;
  ApplicationGrantsApi grants;
  String bot;

  @BeforeEach
  void start() throws Exception {
    tenant = FakeOktaTenant.builder().rateLimits(RateLimits.disabled()).start();
    f = tenant.fixtures();
    client = SdkClients.ssws(tenant, tenant.apiToken(), 0);
    grants = new ApplicationGrantsApi(client);
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    bot = f.addServiceApp("Bot", g.generateKeyPair().getPublic(), "k1");
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

  private OAuth2ScopeConsentGrant grant(String app, String issuer, String scope) throws ApiException {
    return grants.grantConsentToScope(app, new OAuth2ScopeConsentGrant().issuer(issuer).scopeId(scope));
  }

  @Test
  void aGrantedScopeIsListedReadAndRevokedWithTheAdminConsentEvents() throws Exception {
    OAuth2ScopeConsentGrant g = grant(bot, tenant.orgUrl(), "okta.users.read");

    assertThat(g.getScopeId()).isEqualTo("okta.users.read");
    assertThat(g.getIssuer()).isEqualTo(tenant.orgUrl());
    assertThat(grants.listScopeConsentGrants(bot, null)).extracting(OAuth2ScopeConsentGrant::getId)
        .containsExactly(g.getId());
    assertThat(grants.getScopeConsentGrant(bot, g.getId(), null).getScopeId()).isEqualTo("okta.users.read");

    grants.revokeScopeConsentGrant(bot, g.getId());

    assertThat(grants.listScopeConsentGrants(bot, null)).isEmpty();
    refused(() -> grants.getScopeConsentGrant(bot, g.getId(), null), 404, "E0000007");
    SystemLogApi log = new SystemLogApi(client);
    assertThat(log.listLogEvents(null, null, null, "eventType sw \"app.oauth2.admin.consent\"", null, 10, null))
        .extracting(e -> e.getEventType())
        .containsExactly("app.oauth2.admin.consent.grant", "app.oauth2.admin.consent.revoke");
  }

  @Test
  void aGrantIsRefusedTwiceForAnotherIssuerAScopeThatIsNotOktasOrAnAppThatIsNoClient() throws Exception {
    grant(bot, tenant.orgUrl(), "okta.groups.read");
    String saml = f.addApp("CRM", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE);

    refused(() -> grant(bot, tenant.orgUrl(), "okta.groups.read"), 400, "E0000001");
    refused(() -> grant(bot, "https://elsewhere.example.com", "okta.users.read"), 400, "E0000001");
    refused(() -> grant(bot, tenant.orgUrl(), "profile"), 400, "E0000001");
    refused(() -> grant(saml, tenant.orgUrl(), "okta.users.read"), 400, "E0000001");
    assertThat(grants.listScopeConsentGrants(bot, null)).hasSize(1);
  }

  @Test
  void anAdminWithoutTheGrantsPermissionCannotGrant() throws Exception {
    String org = f.addUser("org@example.com");
    f.assignRole(AdminRole.user(dev.governance.okta.catalog.StandardAdminRole.READ_ONLY_ADMIN, org));
    ApplicationGrantsApi asReader = new ApplicationGrantsApi(SdkClients.ssws(tenant,
        f.addApiToken(org, "ro").secret(), 0));

    refused(() -> asReader.grantConsentToScope(bot, new OAuth2ScopeConsentGrant().issuer(tenant.orgUrl())
        .scopeId("okta.users.read")), 403, "E0000006");
    assertThat(asReader.listScopeConsentGrants(bot, null)).isEmpty();
  }
}
