package dev.governance.okta.internal.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.governance.core.ConnectorFailureException;
import dev.governance.okta.OktaCredentials;
import dev.governance.okta.OktaOrg;
import dev.governance.okta.OktaPrivateKey;
import dev.governance.okta.catalog.OktaScope;
import dev.governance.okta.internal.client.OktaClientFactory;
import dev.governance.okta.internal.client.OktaHttp;
import dev.governance.testkit.okta.AdminRole;
import dev.governance.testkit.okta.Fault;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.FaultRule;
import dev.governance.testkit.okta.JournalEntry;
import dev.governance.okta.catalog.StandardAdminRole;
import dev.governance.testkit.okta.TenantShape;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The service app's token request against the fake tenant over real HTTP: its retries, the renewal
 * of a token that expires, and DPoP, with a clock shared by the fake and the client and a sleeper
 * that only records.
 */
class ServiceAppTokensTest {

  private static final TypeReference<List<Map<String, Object>>> USERS = new TypeReference<>() {};
  private static KeyPair keys;

  private final MovableClock clock = new MovableClock(Instant.parse("2025-03-01T10:00:00Z"));
  private final List<Long> sleeps = new ArrayList<>();
  private FakeOktaTenant tenant;
  private String app;

  @BeforeAll
  static void keys() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    keys = generator.generateKeyPair();
  }

  @AfterEach
  void stop() {
    if (tenant != null) {
      tenant.close();
    }
  }

  private void start(FakeOktaTenant.Builder builder, boolean requireDpop) {
    tenant = builder.shape(TenantShape.DEMO).clock(clock).start();
    app = tenant.fixtures().addServiceApp("Reader", keys.getPublic(), "k1");
    tenant.fixtures().grantScope(app, "okta.users.read");
    tenant.fixtures().assignRole(AdminRole.client(StandardAdminRole.READ_ONLY_ADMIN, app));
    tenant.fixtures().requireDpop(app, requireDpop);
  }

  private OktaHttp connect(int maxRetries) {
    OktaCredentials credentials = OktaCredentials.serviceApp().clientId(app)
        .privateKey(OktaPrivateKey.of(keys.getPrivate())).keyId("k1").scopes(OktaScope.USERS_READ)
        .build();
    return OktaClientFactory.create(new OktaClientFactory.Settings(
        OktaOrg.parser().allowLoopbackForTesting().parse(tenant.orgUrl()), credentials, 2, 1.0,
        Duration.ofMinutes(1), maxRetries, Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofMillis(300), clock,
        sleeps::add));
  }

  private List<Integer> tokenStatuses() {
    return tenant.journal().entries().stream().filter(e -> e.path().equals(TokenEndpoint.PATH))
        .map(JournalEntry::status).toList();
  }

  @Test
  void theTokenRequestIsRepeatedAfterA503WithBackOff() {
    start(FakeOktaTenant.builder().fault(FaultRule.nth(TokenEndpoint.PATH, 1, new Fault.ServerError(503))), false);

    try (OktaHttp http = connect(3)) {
      assertThat(http.get("/api/v1/users?limit=2", USERS)).hasSize(2);
    }

    assertThat(tokenStatuses()).containsExactly(503, 200);
    assertThat(sleeps).singleElement().satisfies(ms -> assertThat(ms).isBetween(300L, 1_000L));
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {500, 502, 504})
  void theTokenRequestIsRepeatedAfterAnyTransientServerError(int status) {
    start(FakeOktaTenant.builder().fault(FaultRule.nth(TokenEndpoint.PATH, 1, new Fault.ServerError(status))), false);

    try (OktaHttp http = connect(3)) {
      assertThat(http.get("/api/v1/users?limit=2", USERS)).hasSize(2);
    }

    assertThat(tokenStatuses()).containsExactly(status, 200);
    assertThat(sleeps).hasSize(1);
  }

  @Test
  void theTokenRequestOutlastsSeveral429sInARow() {
    start(FakeOktaTenant.builder()
        .fault(FaultRule.nth(TokenEndpoint.PATH, 1, new Fault.RateLimited(Duration.ofSeconds(5))))
        .fault(FaultRule.nth(TokenEndpoint.PATH, 2, new Fault.RateLimited(Duration.ofSeconds(5)))), false);

    try (OktaHttp http = connect(3)) {
      assertThat(http.get("/api/v1/users?limit=2", USERS)).hasSize(2);
    }

    assertThat(tokenStatuses()).containsExactly(429, 429, 200);
    assertThat(sleeps).hasSize(2);
  }

  @Test
  void theTokenRequestWaitsForTheRateLimitResetAfterA429() {
    start(FakeOktaTenant.builder()
        .fault(FaultRule.nth(TokenEndpoint.PATH, 1, new Fault.RateLimited(Duration.ofSeconds(30)))), false);

    try (OktaHttp http = connect(3)) {
      assertThat(http.get("/api/v1/users?limit=2", USERS)).hasSize(2);
    }

    assertThat(tokenStatuses()).containsExactly(429, 200);
    assertThat(sleeps).singleElement().satisfies(ms -> assertThat(ms).isBetween(30_000L, 31_000L));
  }

  @Test
  void theTokenRequestIsRepeatedAfterAConnectionReset() {
    start(FakeOktaTenant.builder().fault(FaultRule.nth(TokenEndpoint.PATH, 1, new Fault.ConnectionReset())), false);

    try (OktaHttp http = connect(3)) {
      assertThat(http.get("/api/v1/users?limit=2", USERS)).hasSize(2);
    }

    assertThat(tokenStatuses()).containsExactly(0, 200);
    assertThat(sleeps).hasSize(1);
  }

  @Test
  void theTokenRequestIsRepeatedAfterAnAnswerWhoseBodyIsNotJson() {
    start(FakeOktaTenant.builder().fault(FaultRule.nth(TokenEndpoint.PATH, 1, new Fault.MalformedJson())), false);

    try (OktaHttp http = connect(3)) {
      assertThat(http.get("/api/v1/users?limit=2", USERS)).hasSize(2);
    }

    assertThat(tokenStatuses()).containsExactly(200, 200);
    assertThat(sleeps).hasSize(1);
  }

  @Test
  void anEndpointThatKeepsAnsweringBodiesThatAreNotJsonFailsAndSaysItMayWorkLater() {
    start(FakeOktaTenant.builder().fault(FaultRule.always(TokenEndpoint.PATH, new Fault.MalformedJson())), false);

    assertThatThrownBy(() -> connect(2))
        .isInstanceOfSatisfying(ConnectorFailureException.class, e -> assertThat(e.retryable()).isTrue())
        .hasMessageContaining("not JSON 3 times")
        .hasMessageContaining(app);
    assertThat(tokenStatuses()).containsExactly(200, 200, 200);
  }

  @Test
  void theTokenRequestGivesUpAfterTheLastRetryAndSaysItMayWorkLater() {
    start(FakeOktaTenant.builder().fault(FaultRule.always(TokenEndpoint.PATH, new Fault.ServerError(503))), false);

    assertThatThrownBy(() -> connect(2))
        .isInstanceOfSatisfying(ConnectorFailureException.class, e -> assertThat(e.retryable()).isTrue())
        .hasMessageContaining("HTTP 503 3 times")
        .hasMessageContaining(app);
    assertThat(tokenStatuses()).containsExactly(503, 503, 503);
    assertThat(sleeps).hasSize(2);
  }

  @Test
  void aTokenAboutToExpireIsRenewedBeforeTheNextRequest() {
    start(FakeOktaTenant.builder().accessTokenLifetime(Duration.ofMinutes(5)), true);

    try (OktaHttp http = connect(0)) {
      http.get("/api/v1/users?limit=2", USERS);
      clock.advance(Duration.ofMinutes(5));
      http.get("/api/v1/users?limit=2", USERS);
    }

    assertThat(tokenStatuses()).containsExactly(400, 400, 200, 200);
    assertThat(tenant.journal().entries().stream().filter(e -> e.path().equals("/api/v1/users"))
        .map(JournalEntry::status).toList()).containsExactly(200, 200);
  }

  @Test
  void aTokenRefusedMidwayIsRenewedOnceAndTheRequestSentAgain() {
    start(FakeOktaTenant.builder().fault(FaultRule.nth("/api/v1/users", 2, new Fault.RevokeToken())), true);

    try (OktaHttp http = connect(0)) {
      http.get("/api/v1/users?limit=2", USERS);
      assertThat(http.get("/api/v1/users?limit=2", USERS)).hasSize(2);
    }

    assertThat(tenant.journal().entries().stream().map(e -> e.path() + " " + e.status()).toList())
        .containsExactly(TokenEndpoint.PATH + " 400", TokenEndpoint.PATH + " 400",
            TokenEndpoint.PATH + " 200", "/api/v1/users 200", "/api/v1/users 401",
            TokenEndpoint.PATH + " 200", "/api/v1/users 200");
  }

  /** A clock tests move by hand; shared by the fake tenant and the client. */
  static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
