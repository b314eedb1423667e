package dev.governance.testkit.okta;

import dev.governance.okta.catalog.StandardAdminRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okta.sdk.cache.Caches;
import com.okta.sdk.client.AuthorizationMode;
import com.okta.sdk.client.Clients;
import com.okta.sdk.resource.api.ApiTokenApi;
import com.okta.sdk.resource.api.ApplicationApi;
import com.okta.sdk.resource.api.GroupApi;
import com.okta.sdk.resource.api.SystemLogApi;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.api.UserLifecycleApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.Group;
import com.okta.sdk.resource.model.User;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** API tokens act with their owner's admin roles; service apps with their scopes and roles. */
class AuthorizationTest {
  static FakeOktaTenant tenant;
  static TenantFixtures f;
  static KeyPair keys;

  @BeforeAll
  static void start() throws Exception {
    tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).rateLimits(RateLimits.disabled())
        .start();
    f = tenant.fixtures();
    KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
    gen.initialize(2048);
    keys = gen.generateKeyPair();
  }

  @AfterAll
  static void stop() {
    tenant.close();
  }

  private static String tokenFor(StandardAdminRole type, String... targetGroups) {
    String user = f.addUser(type.name().toLowerCase(java.util.Locale.ROOT) + targetGroups.length
        + "@example.com");
    f.assignRole(AdminRole.user(type, user).onGroups(targetGroups));
    return f.addApiToken(user, type.name()).secret();
  }

  private static int code(Throwable e) {
    return ((ApiException) e).getCode();
  }

  @Test
  void readOnlyAdminReadsEverythingButCannotChange() throws Exception {
    ApiClient ro = SdkClients.ssws(tenant, tokenFor(StandardAdminRole.READ_ONLY_ADMIN), 0);
    List<User> users = new UserApi(ro).listUsers(null, null, null, null, null, null, null, null);
    assertThat(users).hasSizeGreaterThan(40);
    assertThat(new ApiTokenApi(ro).listApiTokens()).isNotEmpty();
    assertThat(new SystemLogApi(ro).listLogEvents(null, null, null, null, null, null, null))
        .isNotNull();
    assertThatThrownBy(() -> new UserLifecycleApi(ro).suspendUser(users.get(1).getId()))
        .satisfies(e -> assertThat(code(e)).isEqualTo(403));
  }

  @Test
  void groupScopedAdminSeesOnlyItsGroupsAndTheirMembers() throws Exception {
    String sales = new GroupApi(SdkClients.ssws(tenant, tenant.apiToken())).listGroups("Sales",
        null, null, null, null, null, null, null).get(0).getId();
    ApiClient ga = SdkClients.ssws(tenant, tokenFor(StandardAdminRole.USER_ADMIN, sales), 0);
    List<Group> groups = new GroupApi(ga).listGroups(null, null, null, null, null, null, null,
        null);
    assertThat(groups).extracting(g -> g.getProfile().getName()).containsExactly("Sales");
    List<User> users = new UserApi(ga).listUsers(null, null, null, null, null, null, null, null);
    assertThat(users).isNotEmpty().hasSizeLessThan(12);
  }

  @Test
  void appAdminLimitedToOneAppListsOnlyThatApp() throws Exception {
    ApiClient admin = SdkClients.ssws(tenant, tenant.apiToken());
    String wiki = f.addApp("Team Wiki", OktaSignOnMode.BOOKMARK, AppStatus.ACTIVE);
    String user = f.addUser("wiki.admin@example.com");
    f.assignRole(AdminRole.user(StandardAdminRole.APP_ADMIN, user).onApps(wiki));
    ApiClient c = SdkClients.ssws(tenant, f.addApiToken(user, "wiki").secret(), 0);
    assertThat(new ApplicationApi(c).listApplications(null, null, null, null, null, null, null))
        .extracting(a -> a.getLabel()).containsExactly("Team Wiki");
    assertThat(new ApplicationApi(admin).listApplications(null, null, null, null, null, null,
        null)).hasSizeGreaterThan(5);
  }

  @Test
  void loginsAreUniqueIgnoringCase() {
    f.addUser("Case.Test@example.com");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> f.addUser("case.test@EXAMPLE.com"))
        .withMessageContaining("already exists");
  }

  @Test
  void reportAdminCannotListUsers() {
    ApiClient report = SdkClients.ssws(tenant, tokenFor(StandardAdminRole.REPORT_ADMIN), 0);
    assertThatThrownBy(() -> new UserApi(report).listUsers(null, null, null, null, null, null,
        null, null)).satisfies(e -> {
          assertThat(code(e)).isEqualTo(403);
          assertThat(((ApiException) e).getResponseBody()).contains("E0000006");
        });
  }

  @Test
  void customRoleWithUsersReadCanListUsersOnly() throws Exception {
    String user = f.addUser("custom.reader@example.com");
    f.assignRole(AdminRole.custom("Reader", Set.of("okta.users.read"), user));
    ApiClient c = SdkClients.ssws(tenant, f.addApiToken(user, "custom").secret(), 0);
    assertThat(new UserApi(c).listUsers(null, null, null, null, null, null, null, null))
        .isNotEmpty();
    assertThatThrownBy(() -> new GroupApi(c).listGroups(null, null, null, null, null, null, null,
        null)).satisfies(e -> assertThat(code(e)).isEqualTo(403));
  }

  private static ApiClient serviceClient(String clientId, Set<String> scopes) {
    return serviceClient(clientId, scopes, keys);
  }

  private static ApiClient serviceClient(String clientId, Set<String> scopes, KeyPair pair) {
    System.setProperty("okta.testing.disableHttpsCheck", "true");
    String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes())
        .encodeToString(pair.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
    return Clients.builder().setOrgUrl(tenant.orgUrl())
        .setAuthorizationMode(AuthorizationMode.PRIVATE_KEY).setClientId(clientId)
        .setScopes(scopes).setPrivateKey(pem).setKid("kid-1")
        .setCacheManager(Caches.newDisabledCacheManager()).setConnectionTimeout(10)
        .setRetryMaxAttempts(0).build();
  }

  @Test
  void serviceAppGetsATokenWithPrivateKeyJwtAndReadsWithItsScopes() throws Exception {
    String app = f.addServiceApp("Reader service", keys.getPublic(), "kid-1");
    f.grantScope(app, "okta.users.read");
    f.grantScope(app, "okta.groups.read");
    f.assignRole(AdminRole.client(StandardAdminRole.READ_ONLY_ADMIN, app));
    ApiClient c = serviceClient(app, Set.of("okta.users.read"));
    assertThat(new UserApi(c).listUsers(null, null, null, null, null, null, null, null))
        .hasSizeGreaterThan(40);
    assertThatThrownBy(() -> new GroupApi(c).listGroups(null, null, null, null, null, null, null,
        null)).satisfies(e -> {
          ApiException ae = (ApiException) e;
          assertThat(ae.getCode()).isEqualTo(403);
          String header = ae.getResponseHeaders().entrySet().stream()
              .filter(h -> h.getKey().equalsIgnoreCase("www-authenticate"))
              .findFirst().orElseThrow().getValue().get(0);
          assertThat(header).startsWith("Bearer ").contains("error=\"insufficient_scope\"",
              "scope=\"okta.groups.read\"");
        });
  }

  @Test
  void serviceAppWithAnEcKeyGetsATokenToo() throws Exception {
    KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
    gen.initialize(256);
    KeyPair ec = gen.generateKeyPair();
    String app = f.addServiceApp("EC service", ec.getPublic(), "ec-1");
    f.grantScope(app, "okta.groups.read");
    f.assignRole(AdminRole.client(StandardAdminRole.READ_ONLY_ADMIN, app));
    ApiClient c = serviceClient(app, Set.of("okta.groups.read"), ec);
    assertThat(new GroupApi(c).listGroups(null, null, null, null, null, null, null, null))
        .isNotEmpty();
  }

  @Test
  void serviceAppWithoutAdminRoleSeesNoUsers() throws Exception {
    String app = f.addServiceApp("Roleless service", keys.getPublic(), "kid-1");
    f.grantScope(app, "okta.users.read");
    ApiClient c = serviceClient(app, Set.of("okta.users.read"));
    assertThat(new UserApi(c).listUsers(null, null, null, null, null, null, null, null)).isEmpty();
  }

  @Test
  void tokenEndpointAcceptsParametersInTheQueryAndRejectsExpiredAssertions() throws Exception {
    String app = f.addServiceApp("Query service", keys.getPublic(), null);
    f.grantScope(app, "okta.users.read");
    RawHttp.Response ok = RawHttp.send(tenant.orgUrl(), "POST", "/oauth2/v1/token?"
        + ClientAssertions.tokenForm(tenant.orgUrl(), app, keys, "okta.users.read"), null, "");
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.body()).contains("\"token_type\":\"Bearer\"", "\"expires_in\":3600",
        "\"scope\":\"okta.users.read\"");
    String expired = "grant_type=client_credentials&scope=okta.users.read&client_assertion_type="
        + "urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion="
        + ClientAssertions.jwt(tenant.orgUrl(), app, keys, -10);
    RawHttp.Response late = RawHttp.send(tenant.orgUrl(), "POST", "/oauth2/v1/token", null,
        expired);
    assertThat(late.status()).isEqualTo(401);
    assertThat(late.body()).contains("invalid_client", "exp");
  }

  @Test
  void tokenRequestsForUngrantedScopesOrWithAForeignKeyFail() throws Exception {
    String app = f.addServiceApp("Narrow service", keys.getPublic(), null);
    f.grantScope(app, "okta.users.read");
    assertThatThrownBy(() -> serviceClient(app, Set.of("okta.users.manage")))
        .hasMessageContaining("invalid_scope");
    KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
    gen.initialize(2048);
    String other = f.addServiceApp("Other key", gen.generateKeyPair().getPublic(), null);
    f.grantScope(other, "okta.users.read");
    assertThatThrownBy(() -> serviceClient(other, Set.of("okta.users.read")))
        .hasMessageContaining("invalid_client");
  }
}
