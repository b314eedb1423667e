package dev.governance.testkit.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.User;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Programmable faults, per path and per n-th request. */
class FaultsTest {

  private static FakeOktaTenant tenant(FaultRule rule) {
    return FakeOktaTenant.builder().shape(TenantShape.DEMO).rateLimits(RateLimits.disabled())
        .fault(rule).start();
  }

  private static RawHttp.Response send(FakeOktaTenant t, String path, String auth) {
    try {
      return RawHttp.send(t.orgUrl(), "GET", path, auth, null);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<User> listUsers(FakeOktaTenant t, int retries) throws ApiException {
    return new UserApi(SdkClients.ssws(t, t.apiToken(), retries)).listUsers(null, null, null,
        200, null, null, null, null);
  }

  @Test
  void secondRequestGets500AndOthersSucceed() throws Exception {
    try (FakeOktaTenant t = tenant(FaultRule.nth("/api/v1/users", 2, new Fault.ServerError(500)))) {
      assertThat(listUsers(t, 0)).isNotEmpty();
      assertThatThrownBy(() -> listUsers(t, 0)).isInstanceOfSatisfying(ApiException.class,
          e -> assertThat(e.getResponseBody()).contains("E0000009"));
      assertThat(listUsers(t, 0)).isNotEmpty();
    }
  }

  @Test
  void sdkRetries503() throws Exception {
    try (FakeOktaTenant t = tenant(FaultRule.nth("/api/v1/users", 1, new Fault.ServerError(503)))) {
      assertThat(listUsers(t, 1)).isNotEmpty();
      assertThat(t.journal().entries()).extracting(JournalEntry::status).containsExactly(503, 200);
    }
  }

  @Test
  void malformedAndTruncatedBodiesFailParsing() {
    try (FakeOktaTenant t = tenant(FaultRule.always("/api/v1/users", new Fault.MalformedJson()))) {
      assertThatThrownBy(() -> listUsers(t, 0)).isInstanceOf(ApiException.class);
    }
    try (FakeOktaTenant t = tenant(FaultRule.always("/api/v1/users", new Fault.TruncatedBody()))) {
      assertThatThrownBy(() -> listUsers(t, 0)).isInstanceOf(ApiException.class);
    }
  }

  @Test
  void connectionResetIsRetriedBySdk() throws Exception {
    try (FakeOktaTenant t = tenant(FaultRule.nth("/api/v1/users", 1,
        new Fault.ConnectionReset()))) {
      assertThat(listUsers(t, 2)).isNotEmpty();
      assertThat(t.journal().entries()).extracting(JournalEntry::status).containsExactly(0, 200);
    }
  }

  @Test
  void latencyDelaysTheResponse() throws Exception {
    try (FakeOktaTenant t = tenant(FaultRule.nth("/api/v1/users", 1,
        new Fault.Latency(Duration.ofMillis(300))))) {
      long start = System.nanoTime();
      listUsers(t, 0);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(290));
    }
  }

  @Test
  void aHeldRequestIsAnsweredAfterItsReleaseWhileOtherRequestsAreServed() throws Exception {
    CountDownLatch arrived = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (FakeOktaTenant t = tenant(FaultRule.nth("/api/v1/groups", 1, new Fault.Hold(arrived, release)))) {
      String auth = "SSWS " + t.apiToken();
      CompletableFuture<RawHttp.Response> held = CompletableFuture.supplyAsync(() -> send(t, "/api/v1/groups", auth));
      assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();

      assertThat(send(t, "/api/v1/users", auth).status()).isEqualTo(200);
      release.countDown();

      assertThat(held.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
      assertThat(t.journal().entries()).extracting(JournalEntry::path)
          .as("the held request is answered after the one sent while it waited")
          .containsExactly("/api/v1/users", "/api/v1/groups");
    }
  }

  @Test
  void closingTheTenantLetsAHeldRequestGo() throws Exception {
    CountDownLatch arrived = new CountDownLatch(1);
    FakeOktaTenant t = tenant(FaultRule.always("/api/v1/groups", new Fault.Hold(arrived, new CountDownLatch(1))));
    CompletableFuture<RawHttp.Response> held =
        CompletableFuture.supplyAsync(() -> send(t, "/api/v1/groups", "SSWS " + t.apiToken()));
    assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();

    CompletableFuture.runAsync(t::close).get(10, TimeUnit.SECONDS);

    assertThat(held.handle((response, failure) -> response == null ? "no answer" : response.status())
        .get(10, TimeUnit.SECONDS)).as("the held request ends without its normal answer").isNotEqualTo(200);
  }

  @Test
  void tokenRevokedFromTheThirdRequestOn() throws Exception {
    try (FakeOktaTenant t = tenant(FaultRule.nth("/api/v1/*", 3, new Fault.RevokeToken()))) {
      listUsers(t, 0);
      listUsers(t, 0);
      assertThatThrownBy(() -> listUsers(t, 0)).isInstanceOfSatisfying(ApiException.class,
          e -> assertThat(e.getCode()).isEqualTo(401));
      assertThatThrownBy(() -> listUsers(t, 0)).isInstanceOfSatisfying(ApiException.class,
          e -> assertThat(e.getCode()).isEqualTo(401));
    }
  }

  @Test
  void changeBetweenTwoPagesIsSeenOnTheSecondPage() throws Exception {
    try (FakeOktaTenant t = tenant(FaultRule.nth("/api/v1/users", 2,
        new Fault.Change(f -> f.addUser("late.joiner@example.com"))))) {
      UserApi api = new UserApi(SdkClients.ssws(t, t.apiToken()));
      List<User> all = SdkClients.allPages(a -> api.listUsers(null, null, a, 30, null, null, null,
          null), new int[1]);
      assertThat(all).extracting(u -> u.getProfile().getLogin())
          .contains("late.joiner@example.com");
    }
  }

  @Test
  void aStarInsideThePathStandsForOneSegmentAndATrailingStarForAnyRest() {
    FaultRule members = FaultRule.always("/api/v1/groups/*/users", new Fault.ServerError(503));
    FaultRule groups = FaultRule.always("/api/v1/groups*", new Fault.ServerError(503));

    assertThat(members.matches("GET", "/api/v1/groups/00g1abc/users")).isTrue();
    assertThat(members.matches("GET", "/api/v1/groups//users")).isFalse();
    assertThat(members.matches("GET", "/api/v1/groups/00g1/x/users")).isFalse();
    assertThat(members.matches("GET", "/api/v1/groups/00g1abc/users/00u1")).isFalse();
    assertThat(groups.matches("GET", "/api/v1/groups")).isTrue();
    assertThat(groups.matches("GET", "/api/v1/groups/00g1/users")).isTrue();
    assertThat(groups.method("POST").matches("GET", "/api/v1/groups")).isFalse();
  }

  @Test
  void laterPagesMatchOnlyRequestsWithACursorAndFirstPagesTheOthers() {
    FaultRule later = FaultRule.always("/api/v1/users", new Fault.ServerError(503)).laterPages();
    FaultRule first = FaultRule.always("/api/v1/users", new Fault.ServerError(503)).firstPages();

    assertThat(later.matches("GET", "/api/v1/users", "limit=200")).isFalse();
    assertThat(later.matches("GET", "/api/v1/users", "limit=200&after=00u9")).isTrue();
    assertThat(later.matches("GET", "/api/v1/users", "after=")).isFalse();
    assertThat(first.matches("GET", "/api/v1/users", "limit=200")).isTrue();
    assertThat(first.matches("GET", "/api/v1/users", "after=00u9&limit=200")).isFalse();
  }

  @Test
  void aLaterPageRuleLetsTheFirstPageThroughAndFailsTheNext() throws Exception {
    try (FakeOktaTenant t = tenant(FaultRule.nth("/api/v1/users", 1, new Fault.ServerError(503))
        .laterPages())) {
      UserApi api = new UserApi(SdkClients.ssws(t, t.apiToken(), 0));
      assertThatThrownBy(() -> SdkClients.allPages(a -> api.listUsers(null, null, a, 30, null, null,
          null, null), new int[1])).isInstanceOf(ApiException.class);

      assertThat(t.journal().entries()).extracting(JournalEntry::status).containsExactly(200, 503);
      assertThat(t.journal().entries().get(1).query()).contains("after=");
    }
  }

  @Test
  void aPinnedRuleFailsOneRequestOnEveryRetryWhileOthersToThePathAreServed() throws Exception {
    try (FakeOktaTenant t = tenant(new FaultRule("GET", "/api/v1/groups/*/users", 1,
        Integer.MAX_VALUE, new Fault.ServerError(502)).sameRequest())) {
      String a = t.fixtures().addGroup("A", OktaGroupType.OKTA_GROUP);
      String b = t.fixtures().addGroup("B", OktaGroupType.OKTA_GROUP);

      int first = get(t, "/api/v1/groups/" + a + "/users");
      int retry = get(t, "/api/v1/groups/" + a + "/users");
      int other = get(t, "/api/v1/groups/" + b + "/users");
      int again = get(t, "/api/v1/groups/" + a + "/users");

      assertThat(List.of(first, retry, other, again)).containsExactly(502, 502, 200, 502);
    }
  }

  @Test
  void aPinnedRuleStopsAfterItsTimes() throws Exception {
    try (FakeOktaTenant t = tenant(FaultRule.nth("/api/v1/groups/*/users", 2,
        new Fault.ServerError(500)).times(2).sameRequest())) {
      String a = t.fixtures().addGroup("A", OktaGroupType.OKTA_GROUP);
      String b = t.fixtures().addGroup("B", OktaGroupType.OKTA_GROUP);

      List<Integer> statuses = List.of(get(t, "/api/v1/groups/" + a + "/users"),
          get(t, "/api/v1/groups/" + b + "/users"), get(t, "/api/v1/groups/" + a + "/users"),
          get(t, "/api/v1/groups/" + b + "/users"), get(t, "/api/v1/groups/" + b + "/users"));

      assertThat(statuses).containsExactly(200, 500, 200, 500, 200);
    }
  }

  @Test
  void aRevokedApiTokenCanBeRestored() throws Exception {
    try (FakeOktaTenant t = tenant(FaultRule.nth("/api/v1/users", 1, new Fault.RevokeToken()))) {
      assertThat(get(t, "/api/v1/users")).isEqualTo(401);
      assertThat(get(t, "/api/v1/groups")).isEqualTo(401);

      assertThat(t.fixtures().restoreApiToken(t.apiToken())).isTrue();

      assertThat(get(t, "/api/v1/users")).isEqualTo(200);
      assertThat(t.fixtures().restoreApiToken(t.apiToken())).isFalse();
      assertThatThrownBy(() -> t.fixtures().restoreApiToken("00not-a-token"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("00not-a-token");
    }
  }

  @Test
  void theTenantRemembersTheCredentialsItWasSent() throws Exception {
    try (FakeOktaTenant t = FakeOktaTenant.builder().shape(TenantShape.DEMO).start()) {
      assertThat(t.credentialsSeen()).isEmpty();
      get(t, "/api/v1/users");
      get(t, "/api/v1/users");

      assertThat(t.credentialsSeen()).containsExactly(t.apiToken());
    }
  }

  @Test
  void theTenantRemembersTheAccessTokensItIssuedAndTheAssertionsItReceived() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair keys = generator.generateKeyPair();
    try (FakeOktaTenant t = FakeOktaTenant.builder().shape(TenantShape.DEMO).start()) {
      String app = t.fixtures().addServiceApp("Reader", keys.getPublic(), null);
      t.fixtures().grantScope(app, "okta.users.read");
      String form = ClientAssertions.tokenForm(t.orgUrl(), app, keys, "okta.users.read");

      RawHttp.Response answer = RawHttp.send(t.orgUrl(), "POST", "/oauth2/v1/token", null, form);

      assertThat(answer.status()).isEqualTo(200);
      String accessToken = new ObjectMapper().readTree(answer.body()).get("access_token").asText();
      String assertion = form.substring(form.indexOf("client_assertion=") + "client_assertion=".length());
      assertThat(t.credentialsSeen()).containsExactly(assertion, accessToken);
    }
  }

  private static int get(FakeOktaTenant t, String path) throws Exception {
    return RawHttp.send(t.orgUrl(), "GET", path, "SSWS " + t.apiToken(), null).status();
  }

  @Test
  void badRulesAreRejectedWithAReason() {
    assertThatThrownBy(() -> FaultRule.nth("api/v1/users", 1, new Fault.ConnectionReset()))
        .hasMessageContaining("must start with '/'");
    assertThatThrownBy(() -> new Fault.ServerError(404)).hasMessageContaining("500, 502, 503");
  }
}
