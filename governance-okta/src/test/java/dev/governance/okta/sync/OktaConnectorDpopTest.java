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
import dev.governance.testkit.okta.AdminRole;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.Fault;
import dev.governance.testkit.okta.FaultRule;
import dev.governance.testkit.okta.JournalEntry;
import dev.governance.okta.catalog.StandardAdminRole;
import dev.governance.testkit.okta.TenantShape;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A full sync with a service app that requires DPoP, as new API service apps in Okta do. */
class OktaConnectorDpopTest {

  private static final String TOKEN = "/oauth2/v1/token";
  private static KeyPair keys;

  private FakeOktaTenant tenant;
  private String app;

  @BeforeAll
  static void keys() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    keys = generator.generateKeyPair();
  }

  @BeforeEach
  void start() {
    tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(7).start();
    app = tenant.fixtures().addServiceApp("Governance", keys.getPublic(), "k1");
    for (OktaScope scope : readScopes()) {
      tenant.fixtures().grantScope(app, scope.value());
    }
    tenant.fixtures().assignRole(AdminRole.client(StandardAdminRole.READ_ONLY_ADMIN, app));
    tenant.fixtures().requireDpop(app, true);
  }

  @AfterEach
  void stop() {
    tenant.close();
  }

  private static EnumSet<OktaScope> readScopes() {
    EnumSet<OktaScope> read = EnumSet.noneOf(OktaScope.class);
    Arrays.stream(OktaScope.values()).filter(s -> s.value().endsWith(".read")).forEach(read::add);
    return read;
  }

  private OktaConnector open(OktaCredentials.ServiceApp.Dpop dpop) {
    OktaCredentials credentials = OktaCredentials.serviceApp().clientId(app)
        .privateKey(OktaPrivateKey.of(keys.getPrivate())).keyId("k1").scopes(readScopes()).dpop(dpop)
        .build();
    return OktaConnector.open(OktaOrg.parser().allowLoopbackForTesting().parse(tenant.orgUrl()),
        credentials, OktaConnectorOptions.builder().bucketShare(1.0).readPrincipalRateLimit(false).maxRetries(2).build());
  }

  private List<Integer> statuses(boolean token) {
    return tenant.journal().entries().stream().filter(e -> e.path().equals(TOKEN) == token)
        .map(JournalEntry::status).toList();
  }

  @Test
  void aSyncWithADpopServiceAppCompletesAfterTheProofAndNonceRoundTrip() {
    try (OktaConnector okta = open(OktaCredentials.ServiceApp.Dpop.AUTO)) {
      OktaConnectorSyncTest.Synced s = OktaConnectorSyncTest.sync(okta, SyncPlan.everything());

      assertThat(s.snapshot().counts().get(InventoryCollection.IDENTITIES))
          .isEqualTo(tenant.counts().users());
      assertThat(s.snapshot().coverage().get(InventoryCollection.GROUPS)).isEqualTo(Coverage.complete());
    }
    // invalid_dpop_proof (no proof), use_dpop_nonce (proof without nonce), then the token.
    assertThat(statuses(true)).containsExactly(400, 400, 200);
    assertThat(statuses(false)).isNotEmpty().allMatch(status -> status == 200);
  }

  @Test
  void withDpopAlwaysTheFirstTokenRequestAlreadyCarriesAProof() {
    try (OktaConnector okta = open(OktaCredentials.ServiceApp.Dpop.ALWAYS)) {
      OktaConnectorSyncTest.sync(okta, SyncPlan.everything());
    }

    assertThat(statuses(true)).containsExactly(400, 200);
  }

  @Test
  void aTokenRevokedMidSyncIsRenewedAndTheSyncCompletes() {
    tenant.addFault(FaultRule.nth("/api/v1/groups", 1, new Fault.RevokeToken()));

    try (OktaConnector okta = open(OktaCredentials.ServiceApp.Dpop.AUTO)) {
      OktaConnectorSyncTest.Synced s = OktaConnectorSyncTest.sync(okta, SyncPlan.everything());

      assertThat(s.snapshot().coverage().get(InventoryCollection.GROUPS)).isEqualTo(Coverage.complete());
    }
    // Requests in flight with the revoked token each get a 401; one renewal serves them all.
    assertThat(statuses(true)).containsExactly(400, 400, 200, 200);
    assertThat(statuses(false)).contains(401);
  }
}
