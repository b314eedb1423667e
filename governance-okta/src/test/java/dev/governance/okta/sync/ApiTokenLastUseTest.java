package dev.governance.okta.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.okta.sdk.resource.api.GroupApi;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.model.AddGroupRequest;
import com.okta.sdk.resource.model.OktaUserGroupProfile;
import dev.governance.core.findings.BuiltInRules;
import dev.governance.core.findings.Finding;
import dev.governance.core.findings.FindingsEngine;
import dev.governance.core.model.ApiToken;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.model.LastUse;
import dev.governance.core.model.LastUseSource;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.spi.SyncResult;
import dev.governance.okta.OktaConnector;
import dev.governance.okta.OktaConnectorOptions;
import dev.governance.okta.OktaCredentials;
import dev.governance.okta.OktaOrg;
import dev.governance.okta.OktaPrivateKey;
import dev.governance.okta.catalog.OktaBucket;
import dev.governance.okta.catalog.OktaScope;
import dev.governance.okta.catalog.StandardAdminRole;
import dev.governance.testkit.okta.AdminRole;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.IssuedToken;
import dev.governance.testkit.okta.RateLimits;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * An API token's last use, read through okta-sdk-java's tenant over HTTP: the newest System Log
 * event made with the token when the log is readable and as recent as the expiry says, otherwise
 * the expiry less the token window, each saying which it is; the unused-token finding quotes it.
 */
class ApiTokenLastUseTest {

  private final DeltaRig.MovingClock clock =
      new DeltaRig.MovingClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

  private FakeOktaTenant tenant() {
    return FakeOktaTenant.builder().rateLimits(RateLimits.disabled()).clock(clock).start();
  }

  @Test
  void aTokensNewestSystemLogEventIsItsLastUse() throws Exception {
    try (FakeOktaTenant tenant = tenant()) {
      IssuedToken deploy = tenant.fixtures().addApiToken(tenant.adminUserId(), "Deploy bot");
      clock.advance(Duration.ofDays(3));
      Instant wrote = clock.instant();
      group(client(tenant, deploy.secret()), "Deployers");
      clock.advance(Duration.ofDays(10));

      Synced synced = sync(tenant, OktaConnectorSyncTest.open(tenant, tenant.apiToken()));

      assertThat(token(synced.snapshot(), deploy.id()).lastUse())
          .isEqualTo(new LastUse(wrote, LastUseSource.SYSTEM_LOG));
      assertThat(synced.result().callsPerBucket()).containsEntry(OktaBucket.LOGS.pattern(), 1);
      assertThat(synced.result().callsPerBucket()).isEqualTo(synced.result().predictedCallsPerBucket());
    }
  }

  @Test
  void aReadAfterTheLastLoggedChangeShowsOnlyInTheExpiry() throws Exception {
    try (FakeOktaTenant tenant = tenant()) {
      IssuedToken deploy = tenant.fixtures().addApiToken(tenant.adminUserId(), "Deploy bot");
      ApiClient client = client(tenant, deploy.secret());
      group(client, "Deployers");
      clock.advance(Duration.ofDays(2));
      Instant read = clock.instant();
      new UserApi(client).getUser("me", null, null);
      clock.advance(Duration.ofDays(1));

      Synced synced = sync(tenant, OktaConnectorSyncTest.open(tenant, tenant.apiToken()));

      assertThat(token(synced.snapshot(), deploy.id()).lastUse())
          .isEqualTo(new LastUse(read, LastUseSource.EXPIRY));
    }
  }

  @Test
  void aTokenNeverUsedIsReportedWithItsUseDerivedFromTheExpiry() {
    try (FakeOktaTenant tenant = tenant()) {
      Instant issued = clock.instant();
      IssuedToken idle = tenant.fixtures().addApiToken(tenant.adminUserId(), "Old export");
      clock.advance(Duration.ofDays(23));

      Snapshot snapshot = sync(tenant, OktaConnectorSyncTest.open(tenant, tenant.apiToken())).snapshot();

      assertThat(token(snapshot, idle.id()).lastUse()).isEqualTo(new LastUse(issued, LastUseSource.EXPIRY));
      Finding finding = FindingsEngine.builder().serviceLoader(false).clock(clock).build().evaluate(snapshot)
          .byRule(BuiltInRules.API_TOKEN_UNUSED_EXPIRING).stream().filter(f -> f.subject().id().equals(idle.id()))
          .findFirst().orElseThrow();
      assertThat(finding.evidence().facts()).containsEntry("lastUsedSource", "EXPIRY")
          .containsEntry("daysUnused", 23L).containsEntry("daysLeft", 7L);
      assertThat(finding.evidence().text()).contains("shows no use in 23 days, derived from expiresAt");
    }
  }

  @Test
  void withoutTheLogsScopeTheLastUseIsDerivedAndTheTokensStayComplete() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair keys = generator.generateKeyPair();
    try (FakeOktaTenant tenant = tenant()) {
      IssuedToken deploy = tenant.fixtures().addApiToken(tenant.adminUserId(), "Deploy bot");
      group(client(tenant, deploy.secret()), "Deployers");
      Instant used = clock.instant();
      // The service app signs its assertion by the real clock, so the tenant's stays near it here.
      String app = tenant.fixtures().addServiceApp("Governance reader", keys.getPublic(), "kid-1");
      EnumSet<OktaScope> scopes = EnumSet.of(OktaScope.USERS_READ, OktaScope.API_TOKENS_READ);
      scopes.forEach(s -> tenant.fixtures().grantScope(app, s.value()));
      tenant.fixtures().assignRole(AdminRole.client(StandardAdminRole.READ_ONLY_ADMIN, app));
      OktaConnector okta = OktaConnector.open(OktaOrg.parser().allowLoopbackForTesting().parse(tenant.orgUrl()),
          OktaCredentials.serviceApp().clientId(app).privateKey(OktaPrivateKey.of(keys.getPrivate())).keyId("kid-1")
              .scopes(scopes).build(),
          OktaConnectorOptions.builder().bucketShare(1.0).readPrincipalRateLimit(false).maxRetries(1).build());

      Synced synced = sync(tenant, okta, SyncPlan.of(InventoryCollection.API_TOKENS));

      assertThat(token(synced.snapshot(), deploy.id()).lastUse()).isEqualTo(new LastUse(used, LastUseSource.EXPIRY));
      assertThat(synced.snapshot().coverage().get(InventoryCollection.API_TOKENS)).isEqualTo(Coverage.complete());
      assertThat(synced.result().revisions()).singleElement().asString()
          .contains("System Log refused the credentials").contains("derived from its expiresAt");
    }
  }

  private record Synced(Snapshot snapshot, SyncResult result) {}

  private Synced sync(FakeOktaTenant tenant, OktaConnector okta) {
    return sync(tenant, okta, SyncPlan.everything());
  }

  private Synced sync(FakeOktaTenant tenant, OktaConnector okta, SyncPlan plan) {
    try (okta) {
      SnapshotBuilder builder = Snapshot.builder(okta.tenant(), okta.id()).clock(clock);
      SyncResult result = okta.collect(plan, builder, SyncContext.builder().clock(clock).build());
      return new Synced(builder.build(), result);
    }
  }

  private static ApiToken token(Snapshot snapshot, String id) {
    return (ApiToken) snapshot.entity(EntityKind.API_TOKEN, id).orElseThrow();
  }

  private static void group(ApiClient client, String name) throws Exception {
    OktaUserGroupProfile profile = new OktaUserGroupProfile();
    profile.setName(name);
    new GroupApi(client).addGroup(new AddGroupRequest().profile(profile));
  }

  private static ApiClient client(FakeOktaTenant tenant, String secret) {
    System.setProperty("okta.testing.disableHttpsCheck", "true");
    return com.okta.sdk.client.Clients.builder()
        .setOrgUrl(tenant.orgUrl())
        .setAuthorizationMode(com.okta.sdk.client.AuthorizationMode.SSWS)
        .setClientCredentials(new com.okta.sdk.authc.credentials.TokenClientCredentials(secret))
        .setCacheManager(com.okta.sdk.cache.Caches.newDisabledCacheManager())
        .setConnectionTimeout(10)
        .setRetryMaxAttempts(0)
        .build();
  }
}
