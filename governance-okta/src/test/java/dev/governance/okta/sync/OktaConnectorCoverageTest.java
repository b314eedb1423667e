package dev.governance.okta.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.Coverage;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.SyncPlan;
import dev.governance.okta.OktaConnector;
import dev.governance.okta.OktaConnectorOptions;
import dev.governance.okta.OktaCredentials;
import dev.governance.okta.OktaOrg;
import dev.governance.okta.OktaPrivateKey;
import dev.governance.okta.catalog.OktaScope;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.okta.catalog.StandardAdminRole;
import dev.governance.testkit.okta.AdminRole;
import dev.governance.testkit.okta.TenantShape;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each collection degrades alone when the service app lacks the scope for it. */
class OktaConnectorCoverageTest {

  private static KeyPair keys;

  @BeforeAll
  static void keys() throws NoSuchAlgorithmException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    keys = generator.generateKeyPair();
  }

  private static final List<OktaScope> READ_SCOPES = List.of(OktaScope.USERS_READ, OktaScope.GROUPS_READ,
      OktaScope.APPS_READ, OktaScope.ROLES_READ, OktaScope.API_TOKENS_READ, OktaScope.APP_GRANTS_READ);

  static Stream<Arguments> missingScopes() {
    return Stream.of(
        // The demo's active group rule makes memberships depend on the users' profiles, and the
        // assignments inherited through groups on the memberships.
        Arguments.of(OktaScope.USERS_READ, EnumSet.of(InventoryCollection.IDENTITIES, InventoryCollection.AUTH_FACTORS,
            InventoryCollection.MEMBERSHIPS, InventoryCollection.APP_ASSIGNMENTS)),
        Arguments.of(OktaScope.GROUPS_READ, EnumSet.of(InventoryCollection.GROUPS, InventoryCollection.MEMBERSHIPS,
            InventoryCollection.GROUP_RULES)),
        Arguments.of(OktaScope.APPS_READ, EnumSet.of(InventoryCollection.APPLICATIONS,
            InventoryCollection.APP_ASSIGNMENTS, InventoryCollection.SCOPE_GRANTS)),
        Arguments.of(OktaScope.ROLES_READ, EnumSet.of(InventoryCollection.ROLES, InventoryCollection.ROLE_ASSIGNMENTS)),
        Arguments.of(OktaScope.API_TOKENS_READ, EnumSet.of(InventoryCollection.API_TOKENS)),
        Arguments.of(OktaScope.APP_GRANTS_READ, EnumSet.of(InventoryCollection.SCOPE_GRANTS)));
  }

  private static OktaConnector serviceApp(FakeOktaTenant tenant, Set<OktaScope> scopes, boolean adminRole) {
    String app = tenant.fixtures().addServiceApp("Governance reader", keys.getPublic(), "kid-1");
    for (OktaScope s : READ_SCOPES) {
      tenant.fixtures().grantScope(app, s.value());
    }
    if (adminRole) {
      tenant.fixtures().assignRole(AdminRole.client(StandardAdminRole.READ_ONLY_ADMIN, app));
    }
    OktaCredentials credentials = OktaCredentials.serviceApp()
        .clientId(app).privateKey(OktaPrivateKey.of(keys.getPrivate())).keyId("kid-1").scopes(scopes).build();
    return OktaConnector.open(OktaOrg.parser().allowLoopbackForTesting().parse(tenant.orgUrl()), credentials,
        OktaConnectorOptions.builder().bucketShare(1.0).readPrincipalRateLimit(false).maxRetries(1).build());
  }

  @ParameterizedTest(name = "without {0}")
  @MethodSource("missingScopes")
  void eachCollectionDegradesAloneWithoutItsScope(OktaScope missing, Set<InventoryCollection> affected) {
    EnumSet<OktaScope> scopes = EnumSet.copyOf(READ_SCOPES);
    scopes.remove(missing);
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(11).start();
        OktaConnector okta = serviceApp(tenant, scopes, true)) {
      Map<InventoryCollection, Coverage> coverage =
          OktaConnectorSyncTest.sync(okta, SyncPlan.everything()).snapshot().coverage();
      for (InventoryCollection c : InventoryCollection.values()) {
        Coverage got = coverage.get(c);
        if (affected.contains(c)) {
          assertThat(got).as(c.name()).isNotEqualTo(Coverage.complete());
        } else if (c != InventoryCollection.AUTH_FACTORS && !dependsOnGroups(c, missing)) {
          assertThat(got).as(c.name()).isEqualTo(Coverage.complete());
        }
      }
      if (affected.contains(InventoryCollection.API_TOKENS)) {
        assertThat(coverage.get(InventoryCollection.API_TOKENS))
            .isInstanceOfSatisfying(Coverage.Unavailable.class,
                u -> assertThat(u.missingPermissions()).contains(missing.value()));
      }
    }
  }

  /**
   * Collections fed by a read the missing scope refuses, which are therefore partial too: without
   * groups, the inherited app assignments cannot be derived and the roles groups hold cannot be
   * found; without applications, the admin roles of service apps cannot be found.
   */
  private static boolean dependsOnGroups(InventoryCollection c, OktaScope missing) {
    boolean roles = c == InventoryCollection.ROLE_ASSIGNMENTS || c == InventoryCollection.ROLES;
    return missing == OktaScope.GROUPS_READ && (c == InventoryCollection.APP_ASSIGNMENTS || roles)
        || missing == OktaScope.APPS_READ && roles;
  }

  @Test
  void aServiceAppWithoutAnAdminRoleSeesNoUsersAndTheSyncSaysWhy() {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(11).start();
        OktaConnector okta = serviceApp(tenant, EnumSet.copyOf(READ_SCOPES), false)) {
      Coverage identities = OktaConnectorSyncTest.sync(okta, SyncPlan.everything()).snapshot()
          .coverage(InventoryCollection.IDENTITIES);
      assertThat(identities).isInstanceOfSatisfying(Coverage.Partial.class,
          p -> assertThat(p.reason()).contains("admin role"));
    }
  }
}
