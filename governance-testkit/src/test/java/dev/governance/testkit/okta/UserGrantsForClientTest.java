package dev.governance.testkit.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okta.sdk.resource.api.ApplicationGrantsApi;
import com.okta.sdk.resource.api.UserGrantApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.OAuth2ScopeConsentGrant;
import com.okta.sdk.resource.model.OAuth2ScopeConsentGrantSource;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * okta-sdk-java 24.0.0's {@code UserGrantApi.listGrantsForUserAndClient} reads a user's consent
 * grants for one client from the fake tenant: only that user's, for that client, in pages.
 */
class UserGrantsForClientTest {
  FakeOktaTenant tenant;
  TenantFixtures f;
  ApiClient client;
  String ada;
  String portal;

  @BeforeEach
  void start() {
    tenant = FakeOktaTenant.builder().rateLimits(RateLimits.disabled()).start();
    f = tenant.fixtures();
    client = SdkClients.ssws(tenant, tenant.apiToken(), 0);
    ada = f.addUser("ada@example.com");
    portal = f.addApp("Portal", OktaSignOnMode.OPENID_CONNECT, AppStatus.ACTIVE);
  }

  @AfterEach
  void stop() {
    tenant.close();
  }

  @Test
  void listsOnlyTheUsersConsentsForThatClientPageByPage() throws Exception {
    String bob = f.addUser("bob@example.com");
    String other = f.addApp("Other portal", OktaSignOnMode.OPENID_CONNECT, AppStatus.ACTIVE);
    List<String> consented = List.of(f.consentScope(portal, ada, "okta.users.read"),
        f.consentScope(portal, ada, "okta.groups.read"), f.consentScope(portal, ada, "okta.apps.read"));
    f.consentScope(portal, bob, "okta.users.read");
    f.consentScope(other, ada, "okta.users.read");
    f.grantScope(portal, "okta.logs.read");
    UserGrantApi grants = new UserGrantApi(client);
    int[] pages = {0};

    List<OAuth2ScopeConsentGrant> all = SdkClients.allPages(
        after -> grants.listGrantsForUserAndClient(ada, portal, null, after, 2), pages);

    assertThat(pages[0]).isEqualTo(2);
    assertThat(all).extracting(OAuth2ScopeConsentGrant::getId).containsExactlyElementsOf(consented);
    assertThat(all).extracting(OAuth2ScopeConsentGrant::getScopeId)
        .containsExactly("okta.users.read", "okta.groups.read", "okta.apps.read");
    assertThat(all).allSatisfy(g -> {
      assertThat(g.getSource()).isEqualTo(OAuth2ScopeConsentGrantSource.END_USER);
      assertThat(g.getUserId()).isEqualTo(ada);
      assertThat(g.getClientId()).isEqualTo(portal);
      assertThat(g.getIssuer()).isEqualTo(tenant.orgUrl());
    });
  }

  @Test
  void aDeactivatedUsersConsentsAreRevoked() throws Exception {
    f.consentScope(portal, ada, "okta.users.read");
    f.setUserStatus(ada, UserStatus.DEPROVISIONED);

    assertThat(new UserGrantApi(client).listGrantsForUserAndClient(ada, portal, null, null, null)).isEmpty();
  }

  @Test
  void anUnknownUserOrClientIsNotFound() {
    UserGrantApi grants = new UserGrantApi(client);

    assertThatThrownBy(() -> grants.listGrantsForUserAndClient("00unknown", portal, null, null, null))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
    assertThatThrownBy(() -> grants.listGrantsForUserAndClient(ada, "0oaunknown", null, null, null))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
  }

  @Test
  void aTokenOfAUserWithoutAnAdminRoleIsRefused() {
    IssuedToken token = f.addApiToken(ada, "ada");
    UserGrantApi asAda = new UserGrantApi(SdkClients.ssws(tenant, token.secret(), 0));

    assertThatThrownBy(() -> asAda.listGrantsForUserAndClient(ada, portal, null, null, null))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(403));
  }

  @Test
  void anAdminConsentIsTheAppsNotTheUsersAndAConsentIsGivenOnce() throws Exception {
    f.grantScope(portal, "okta.users.read");
    String consent = f.consentScope(portal, ada, "okta.users.read");

    assertThat(new UserGrantApi(client).listGrantsForUserAndClient(ada, portal, null, null, null))
        .extracting(OAuth2ScopeConsentGrant::getId).containsExactly(consent);
    assertThat(new ApplicationGrantsApi(client).listScopeConsentGrants(portal, null))
        .extracting(OAuth2ScopeConsentGrant::getSource)
        .containsExactly(OAuth2ScopeConsentGrantSource.ADMIN, OAuth2ScopeConsentGrantSource.END_USER);
    assertThatThrownBy(() -> f.consentScope(portal, ada, "okta.users.read"))
        .hasMessageContaining("consented to okta.users.read already");
  }

  @Test
  void aUsersConsentLetsNoServiceAppAskForTheScopeWithClientCredentials() throws Exception {
    KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
    gen.initialize(2048);
    KeyPair keys = gen.generateKeyPair();
    String service = f.addServiceApp("Consented service", keys.getPublic(), null);
    f.consentScope(service, ada, "okta.users.read");

    RawHttp.Response refused = RawHttp.send(tenant.orgUrl(), "POST", "/oauth2/v1/token", null,
        ClientAssertions.tokenForm(tenant.orgUrl(), service, keys, "okta.users.read"));
    f.grantScope(service, "okta.users.read");
    RawHttp.Response granted = RawHttp.send(tenant.orgUrl(), "POST", "/oauth2/v1/token", null,
        ClientAssertions.tokenForm(tenant.orgUrl(), service, keys, "okta.users.read"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("invalid_scope");
    assertThat(granted.status()).as(granted.body()).isEqualTo(200);
  }
}
