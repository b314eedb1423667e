package dev.governance.okta.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.AuthenticationFailedException;
import dev.governance.core.Secret;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.AccessLevel;
import dev.governance.core.spi.ActionAccess;
import dev.governance.core.spi.CollectionAccess;
import dev.governance.core.spi.LifecycleAction;
import dev.governance.core.spi.Preflight;
import dev.governance.okta.OktaConnector;
import dev.governance.okta.OktaConnectorOptions;
import dev.governance.okta.OktaCredentials;
import dev.governance.okta.OktaOrg;
import dev.governance.okta.OktaPrivateKey;
import dev.governance.okta.catalog.OktaScope;
import dev.governance.testkit.okta.AdminRole;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.okta.catalog.StandardAdminRole;
import dev.governance.testkit.okta.TenantShape;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OktaPreflightTest {

  private static FakeOktaTenant tenant;
  private static KeyPair keys;

  @BeforeAll
  static void start() throws Exception {
    tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(5).start();
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    keys = generator.generateKeyPair();
  }

  @AfterAll
  static void stop() {
    tenant.close();
  }

  private static OktaOrg org() {
    return OktaOrg.parser().allowLoopbackForTesting().parse(tenant.orgUrl());
  }

  private static Preflight check(OktaCredentials credentials) {
    try (OktaConnector okta = OktaConnector.open(org(), credentials, OktaConnectorOptions.builder().maxRetries(0).build())) {
      Preflight preflight = okta.check();
      assertThat(preflight.apiCalls()).isBetween(1, 15);
      return preflight;
    }
  }

  private static OktaCredentials tokenOf(AdminRole role, String userId) {
    tenant.fixtures().assignRole(role);
    return OktaCredentials.apiToken(Secret.of(tenant.fixtures().addApiToken(userId, "preflight").secret()));
  }

  private static String newUser(String login) {
    return tenant.fixtures().addUser(login);
  }

  @Test
  void aSuperAdminTokenAllowsLifecycle() {
    Preflight p = check(OktaCredentials.apiToken(Secret.of(tenant.apiToken())));
    assertThat(p.accessLevel()).isEqualTo(AccessLevel.LIFECYCLE);
    assertThat(p.principal()).contains("Super");
    assertThat(p.collections().values()).allMatch(a -> a instanceof CollectionAccess.Allowed);
    assertThat(p.actions().values()).allMatch(ActionAccess::permitted);
  }

  @Test
  void aReadOnlyAdminTokenAllowsAReviewButNoChange() {
    String user = newUser("reviewer@example.com");
    Preflight p = check(tokenOf(AdminRole.user(StandardAdminRole.READ_ONLY_ADMIN, user), user));
    assertThat(p.accessLevel()).isEqualTo(AccessLevel.READ_ONLY);
    assertThat(p.collection(InventoryCollection.IDENTITIES)).isEqualTo(CollectionAccess.allowed());
    assertThat(p.action(LifecycleAction.Kind.DEACTIVATE_IDENTITY)).isInstanceOf(ActionAccess.Denied.class);
  }

  @Test
  void anAppAdminTokenSeesOnlyPartOfWhatAReviewNeeds() {
    String user = newUser("apps@example.com");
    Preflight p = check(tokenOf(AdminRole.user(StandardAdminRole.APP_ADMIN, user), user));
    assertThat(p.accessLevel()).isEqualTo(AccessLevel.PARTIAL);
    assertThat(p.collection(InventoryCollection.APPLICATIONS)).isEqualTo(CollectionAccess.allowed());
    assertThat(p.collections().values()).anyMatch(a -> !(a instanceof CollectionAccess.Allowed));
    assertThat(p.advice()).isNotEmpty();
  }

  @Test
  void theOwnersRolesAreListedWithoutExpandAndScopedOnesLookedUpByTheirTargetsList() {
    String sales = tenant.fixtures().addGroup("Preflight sales", dev.governance.testkit.okta.OktaGroupType.OKTA_GROUP);
    String scopedUser = newUser("scoped-ga@example.com");
    tenant.fixtures().assignRole(AdminRole.user(StandardAdminRole.READ_ONLY_ADMIN, scopedUser));
    Preflight scoped = check(tokenOf(AdminRole.user(StandardAdminRole.USER_ADMIN, scopedUser).onGroups(sales),
        scopedUser));
    String wideUser = newUser("wide-ga@example.com");
    tenant.fixtures().assignRole(AdminRole.user(StandardAdminRole.READ_ONLY_ADMIN, wideUser));
    Preflight wide = check(tokenOf(AdminRole.user(StandardAdminRole.USER_ADMIN, wideUser), wideUser));

    assertThat(scoped.principal()).contains("Group Administrator");
    assertThat(wide.principal()).contains("Group Administrator");
    assertThat(tenant.journal().entries(e -> e.path().endsWith("/targets/groups"))).isNotEmpty();
    assertThat(tenant.journal().entries(e -> e.path().endsWith("/roles") && e.query() != null
        && e.query().contains("expand"))).isEmpty();
  }

  @Test
  void aCustomRoleWithoutGroupMembershipManagementCannotRemoveMembers() {
    String user = newUser("helpdesk@example.com");
    Preflight p = check(tokenOf(AdminRole.custom("Helpdesk", Set.of("okta.users.read", "okta.groups.read"), user), user));
    assertThat(p.action(LifecycleAction.Kind.REMOVE_MEMBERSHIP)).isInstanceOfSatisfying(ActionAccess.Denied.class,
        d -> assertThat(d.missingPermissions()).contains("okta.groups.members.manage"));
  }

  @Test
  void aServiceAppWithPartialScopesIsPartialAndSaysWhichScopesAreMissing() {
    String app = tenant.fixtures().addServiceApp("Partial reader", keys.getPublic(), "k1");
    for (String scope : Set.of("okta.users.read", "okta.apps.read")) {
      tenant.fixtures().grantScope(app, scope);
    }
    tenant.fixtures().assignRole(AdminRole.client(StandardAdminRole.READ_ONLY_ADMIN, app));
    Preflight p = check(OktaCredentials.serviceApp().clientId(app).privateKey(OktaPrivateKey.of(keys.getPrivate()))
        .keyId("k1").scopes(EnumSet.of(OktaScope.USERS_READ, OktaScope.APPS_READ)).build());
    assertThat(p.accessLevel()).isEqualTo(AccessLevel.PARTIAL);
    assertThat(p.collection(InventoryCollection.APPLICATIONS)).isEqualTo(CollectionAccess.allowed());
    assertThat(p.collection(InventoryCollection.GROUPS)).isInstanceOfSatisfying(CollectionAccess.Forbidden.class,
        f -> assertThat(f.missingScopes()).contains("okta.groups.read"));
  }

  @Test
  void aServiceAppWithoutAnAdminRoleIsToldToGetOne() {
    String app = tenant.fixtures().addServiceApp("Roleless", keys.getPublic(), "k2");
    tenant.fixtures().grantScope(app, "okta.users.read");
    tenant.fixtures().grantScope(app, "okta.groups.read");
    OktaCredentials credentials = OktaCredentials.serviceApp().clientId(app)
        .privateKey(OktaPrivateKey.of(keys.getPrivate())).keyId("k2")
        .scopes(EnumSet.of(OktaScope.USERS_READ, OktaScope.GROUPS_READ)).build();
    assertThatThrownBy(() -> check(credentials))
        .isInstanceOfSatisfying(AuthenticationFailedException.class,
            e -> assertThat(e.reason()).isEqualTo(AuthenticationFailedException.Reason.NO_ADMIN_ROLE))
        .hasMessageContaining(tenant.orgUrl())
        .hasMessageContaining("admin role");
  }

  @Test
  void aRevokedTokenIsRefusedNamingTheOrgNeverTheToken() throws Exception {
    String user = newUser("leaver@example.com");
    tenant.fixtures().assignRole(AdminRole.user(StandardAdminRole.READ_ONLY_ADMIN, user));
    var issued = tenant.fixtures().addApiToken(user, "to revoke");
    HttpResponse<String> revoked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(tenant.orgUrl() + "/api/v1/api-tokens/" + issued.id()))
        .header("Authorization", "SSWS " + tenant.apiToken()).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(revoked.statusCode()).isEqualTo(204);
    assertThatThrownBy(() -> check(OktaCredentials.apiToken(Secret.of(issued.secret()))))
        .isInstanceOf(AuthenticationFailedException.class)
        .hasMessageContaining(tenant.orgUrl())
        .hasMessageNotContaining(issued.secret());
  }
}
