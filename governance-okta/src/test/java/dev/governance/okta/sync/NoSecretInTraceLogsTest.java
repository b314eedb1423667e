package dev.governance.okta.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.Secret;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.SyncPlan;
import dev.governance.okta.OktaConnector;
import dev.governance.okta.OktaConnectorOptions;
import dev.governance.okta.OktaCredentials;
import dev.governance.okta.OktaOrg;
import dev.governance.okta.OktaPrivateKey;
import dev.governance.okta.catalog.OktaScope;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.TenantShape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Full syncs with every logger at TRACE, HttpClient's header and wire loggers included, and then a
 * search of everything logged for the secrets the syncs used. Runs in the {@code trace-logging}
 * surefire execution, which sets the level and sends the log to a file.
 */
@Tag("trace-logging")
class NoSecretInTraceLogsTest {

  private static final String LOG_FILE = "org.slf4j.simpleLogger.logFile";
  private static KeyPair keys;

  private FakeOktaTenant tenant;
  private long logStart;

  @BeforeAll
  static void keys() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    keys = generator.generateKeyPair();
  }

  @BeforeEach
  void start() throws IOException {
    assertThat(System.getProperty(LOG_FILE))
        .as("run through the trace-logging surefire execution, which sends the log to a file")
        .isNotNull();
    assertThat(LoggerFactory.getLogger("org.apache.hc.client5.http.wire").isTraceEnabled())
        .as("HttpClient's wire logger is at TRACE").isTrue();
    logStart = Files.exists(log()) ? Files.size(log()) : 0;
    tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(11).start();
  }

  @AfterEach
  void stop() {
    tenant.close();
  }

  @Test
  void aSyncWithAnApiTokenLogsNeitherTheTokenNorItsAuthorizationHeader() throws IOException {
    String token = tenant.apiToken();
    OktaOrg org = OktaOrg.parser().allowLoopbackForTesting().parse(tenant.orgUrl());
    try (OktaConnector okta = OktaConnector.open(org, OktaCredentials.apiToken(Secret.of(token)), options())) {
      OktaConnectorSyncTest.Synced s = OktaConnectorSyncTest.sync(okta, SyncPlan.everything());
      assertThat(s.snapshot().counts().get(InventoryCollection.IDENTITIES)).isEqualTo(tenant.counts().users());
    }

    String logged = loggedSinceStart();
    assertHttpClientLoggedTheExchange(logged);
    assertThat(logged).doesNotContain(token).contains("Authorization: SSWS ****");
  }

  @Test
  void aSyncWithAServiceAppLogsNoAccessTokenAssertionOrKey() throws IOException {
    syncWithServiceApp(false);

    String logged = loggedSinceStart();
    assertHttpClientLoggedTheExchange(logged);
    assertNoServiceAppSecret(logged);
    assertThat(logged).contains("Authorization: Bearer ****");
  }

  @Test
  void aSyncWithADpopServiceAppLogsNoAccessTokenProofAssertionOrKey() throws IOException {
    syncWithServiceApp(true);

    String logged = loggedSinceStart();
    assertHttpClientLoggedTheExchange(logged);
    assertNoServiceAppSecret(logged);
    assertThat(logged).contains("Authorization: DPoP ****").contains("DPoP: ****");
  }

  private void syncWithServiceApp(boolean dpop) {
    EnumSet<OktaScope> scopes = ServiceApps.readScopes();
    String app = ServiceApps.readOnlyAdmin(tenant, keys.getPublic(), "k1");
    tenant.fixtures().requireDpop(app, dpop);
    OktaCredentials credentials = OktaCredentials.serviceApp().clientId(app)
        .privateKey(OktaPrivateKey.of(keys.getPrivate())).keyId("k1").scopes(scopes).build();
    OktaOrg org = OktaOrg.parser().allowLoopbackForTesting().parse(tenant.orgUrl());
    try (OktaConnector okta = OktaConnector.open(org, credentials, options())) {
      OktaConnectorSyncTest.Synced s = OktaConnectorSyncTest.sync(okta, SyncPlan.everything());
      assertThat(s.snapshot().counts().get(InventoryCollection.IDENTITIES)).isEqualTo(tenant.counts().users());
    }
  }

  private static OktaConnectorOptions options() {
    return OktaConnectorOptions.builder().bucketShare(1.0).readPrincipalRateLimit(false).maxRetries(2).build();
  }

  /** Without this, a log that recorded nothing at all would pass. */
  private static void assertHttpClientLoggedTheExchange(String logged) {
    assertThat(logged)
        .contains("org.apache.hc.client5.http.headers")
        .contains("GET /api/v1/users")
        .contains("org.apache.hc.client5.http.impl.classic");
  }

  private static void assertNoServiceAppSecret(String logged) {
    String key = Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded());
    assertThat(logged)
        .contains("POST /oauth2/v1/token")
        // Access tokens, client assertions and DPoP proofs are all JWTs, or look like them.
        .doesNotContain("eyJ")
        .doesNotContain("client_assertion=")
        .doesNotContain("PRIVATE KEY")
        .doesNotContain(key.substring(key.length() / 2, key.length() / 2 + 32));
  }

  private static Path log() {
    return Path.of(System.getProperty(LOG_FILE));
  }

  private String loggedSinceStart() throws IOException {
    byte[] all = Files.readAllBytes(log());
    return new String(all, (int) logStart, all.length - (int) logStart, StandardCharsets.UTF_8);
  }
}
