package dev.governance.okta.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.Coverage;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.AccessLevel;
import dev.governance.core.spi.SyncPlan;
import dev.governance.okta.OktaConnector;
import dev.governance.okta.OktaConnectorOptions;
import dev.governance.okta.OktaCredentials;
import dev.governance.okta.OktaOrg;
import dev.governance.okta.OktaPrivateKey;
import dev.governance.okta.catalog.OktaScope;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.Fault;
import dev.governance.testkit.okta.FaultRule;
import dev.governance.testkit.okta.JournalEntry;
import dev.governance.testkit.okta.TenantShape;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One transient failure of the service app's token request ends neither check() nor a sync. */
class TokenRetryThroughTheConnectorTest {

  private static final String TOKEN = "/oauth2/v1/token";
  private static KeyPair keys;

  private FakeOktaTenant tenant;

  @BeforeAll
  static void keys() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    keys = generator.generateKeyPair();
  }

  @AfterEach
  void stop() {
    tenant.close();
  }

  static Stream<Arguments> faults() {
    return Stream.of(
        Arguments.of(new Fault.ServerError(500), 500),
        Arguments.of(new Fault.ServerError(502), 502),
        Arguments.of(new Fault.ServerError(503), 503),
        Arguments.of(new Fault.ServerError(504), 504),
        Arguments.of(new Fault.ConnectionReset(), 0));
  }

  private OktaConnector open(Fault fault) {
    tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(3)
        .fault(FaultRule.nth(TOKEN, 1, fault)).start();
    EnumSet<OktaScope> scopes = ServiceApps.readScopes();
    String app = ServiceApps.readOnlyAdmin(tenant, keys.getPublic(), "k1");
    OktaCredentials credentials = OktaCredentials.serviceApp().clientId(app)
        .privateKey(OktaPrivateKey.of(keys.getPrivate())).keyId("k1").scopes(scopes).build();
    return OktaConnector.open(OktaOrg.parser().allowLoopbackForTesting().parse(tenant.orgUrl()),
        credentials, OktaConnectorOptions.builder().bucketShare(1.0).readPrincipalRateLimit(false)
            .maxRetries(2).build());
  }

  private List<Integer> tokenStatuses() {
    return tenant.journal().entries().stream().filter(e -> e.path().equals(TOKEN))
        .map(JournalEntry::status).toList();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("faults")
  void checkSucceedsAfterOneFailedTokenRequest(Fault fault, int status) {
    try (OktaConnector okta = open(fault)) {
      assertThat(okta.check().accessLevel()).isEqualTo(AccessLevel.READ_ONLY);
    }

    assertThat(tokenStatuses()).startsWith(status, 200);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("faults")
  void aSyncCompletesAfterOneFailedTokenRequest(Fault fault, int status) {
    try (OktaConnector okta = open(fault)) {
      OktaConnectorSyncTest.Synced s = OktaConnectorSyncTest.sync(okta, SyncPlan.everything());

      assertThat(s.snapshot().coverage().get(InventoryCollection.IDENTITIES)).isEqualTo(Coverage.complete());
    }

    assertThat(tokenStatuses()).startsWith(status, 200);
  }
}
