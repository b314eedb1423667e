package dev.governance.testkit.okta;

import dev.governance.okta.catalog.OktaBucket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okta.sdk.resource.api.GroupApi;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Buckets, per-token shares, concurrency, the journal, and the SDK's 429 retry. */
class RateLimitTest {

  @Test
  void journalCountsRequestsPerBucket() throws Exception {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).start()) {
      ApiClient client = SdkClients.ssws(tenant, tenant.apiToken());
      new UserApi(client).listUsers(null, null, null, 200, null, null, null, null);
      new UserApi(client).getUser("me", null, null);
      new GroupApi(client).listGroups(null, null, null, null, null, null, null, null);
      assertThat(tenant.journal().count(OktaBucket.USERS)).isEqualTo(1);
      assertThat(tenant.journal().count(OktaBucket.USER_ME)).isEqualTo(1);
      assertThat(tenant.journal().count(OktaBucket.GROUPS)).isEqualTo(1);
      assertThat(tenant.journal().entries()).extracting(JournalEntry::path)
          .containsExactly("/api/v1/users", "/api/v1/users/me", "/api/v1/groups");
      assertThat(tenant.journal().entries().get(0).query()).isEqualTo("limit=200");
    }
  }

  @Test
  void headersDescribeTheOrgWideBucketWhileEachTokenIsCappedAtItsShare() throws Exception {
    RateLimits limits = RateLimits.defaults().withLimit(OktaBucket.USERS, 4).withTimeScale(100);
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().rateLimits(limits).start()) {
      String auth = "SSWS " + tenant.apiToken();
      RawHttp.Response first = RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/users", auth, null);
      assertThat(first.first("x-rate-limit-limit")).isEqualTo("4");
      assertThat(first.first("x-rate-limit-remaining")).isEqualTo("3");
      RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/users", auth, null);
      RawHttp.Response third = RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/users", auth, null);
      assertThat(third.status()).isEqualTo(429);
      assertThat(third.body()).contains("E0000047");
      assertThat(third.first("x-rate-limit-limit")).isEqualTo("4");
      assertThat(third.first("x-rate-limit-remaining"))
          .as("the org still has budget: only this token's share is spent").isEqualTo("2");
      assertThat(third.first("Date")).isNotBlank();
      String other = tenant.fixtures().addApiToken(tenant.adminUserId(), "second").secret();
      RawHttp.Response fromOther =
          RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/users", "SSWS " + other, null);
      assertThat(fromOther.status()).isEqualTo(200);
      assertThat(fromOther.first("x-rate-limit-remaining"))
          .as("another token spends the same org-wide bucket").isEqualTo("1");
      assertThat(RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/groups", auth, null).status())
          .isEqualTo(200);
    }
  }

  @Test
  void anotherTokenSpendingTheOrgBucketLeavesTooLittleForThisTokensShare() throws Exception {
    RateLimits limits = RateLimits.defaults().withLimit(OktaBucket.USERS, 4).withTimeScale(100);
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().rateLimits(limits).start()) {
      String other = "SSWS " + tenant.fixtures().addApiToken(tenant.adminUserId(), "second").secret();
      String third = "SSWS " + tenant.fixtures().addApiToken(tenant.adminUserId(), "third").secret();
      RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/users", other, null);
      RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/users", other, null);
      RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/users", third, null);
      RawHttp.Response last = RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/users", third, null);
      assertThat(last.status()).isEqualTo(200);
      assertThat(last.first("x-rate-limit-remaining")).isEqualTo("0");
      RawHttp.Response mine =
          RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/users", "SSWS " + tenant.apiToken(), null);
      assertThat(mine.status()).as("the org bucket is spent although this token spent nothing")
          .isEqualTo(429);
    }
  }

  @Test
  void principalHeadersStateTheTokensOwnShareWhenAskedFor() throws Exception {
    RateLimits limits = RateLimits.defaults().withLimit(OktaBucket.USERS, 4).withTimeScale(100)
        .withHeaders(RateLimits.Headers.PRINCIPAL);
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().rateLimits(limits).start()) {
      String auth = "SSWS " + tenant.apiToken();
      RawHttp.Response first = RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/users", auth, null);
      assertThat(first.first("x-rate-limit-limit")).isEqualTo("2");
      assertThat(first.first("x-rate-limit-remaining")).isEqualTo("1");
      RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/users", auth, null);
      RawHttp.Response third = RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/users", auth, null);
      assertThat(third.status()).isEqualTo(429);
      assertThat(third.first("x-rate-limit-remaining")).isEqualTo("0");
    }
  }

  @Test
  void sdkRetriesA429AfterTheResetAndSucceeds() throws Exception {
    RateLimits limits = RateLimits.defaults().withLimit(OktaBucket.USERS, 2).withTimeScale(0.01);
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().rateLimits(limits).start()) {
      UserApi api = new UserApi(SdkClients.ssws(tenant, tenant.apiToken(), 2));
      api.listUsers(null, null, null, 200, null, null, null, null);
      List<?> second = api.listUsers(null, null, null, 200, null, null, null, null);
      assertThat(second).hasSize(1);
      assertThat(tenant.journal().entries()).extracting(JournalEntry::status)
          .containsExactly(200, 429, 200);
    }
  }

  @Test
  void sdkGivesUpAfterItsRetriesWith429() throws Exception {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder()
        .fault(FaultRule.always("/api/v1/users", new Fault.RateLimited(Duration.ZERO))).start()) {
      UserApi api = new UserApi(SdkClients.ssws(tenant, tenant.apiToken(), 1));
      assertThatThrownBy(() -> api.listUsers(null, null, null, 200, null, null, null, null))
          .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(429));
      assertThat(tenant.journal().total()).isEqualTo(2);
    }
  }

  @Test
  void concurrencyViolationReportsZeroLimitAndRemaining() throws Exception {
    RateLimits limits = RateLimits.defaults().withConcurrency(1);
    CountDownLatch inFlight = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().rateLimits(limits)
        .fault(FaultRule.nth("/api/v1/groups", 2, new Fault.Hold(inFlight, release)))
        .start()) {
      String auth = "SSWS " + tenant.apiToken();
      RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/groups", auth, null);
      RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/users?limit=1000", "SSWS wrong", null);
      CompletableFuture<RawHttp.Response> slow = sendAsync(tenant, "/api/v1/groups", auth);
      assertThat(inFlight.await(10, TimeUnit.SECONDS)).as("the slow request is in flight").isTrue();

      RawHttp.Response rejected = RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/users", auth,
          null);
      release.countDown();

      assertThat(rejected.status()).isEqualTo(429);
      assertThat(rejected.first("x-rate-limit-limit")).isEqualTo("0");
      assertThat(rejected.first("x-rate-limit-remaining")).isEqualTo("0");
      assertThat(slow.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
    }
  }

  @Test
  void aTokenIsCappedAtItsShareOfTheConcurrencyLimitWhileOthersStillGetIn() throws Exception {
    RateLimits limits = RateLimits.defaults().withConcurrency(2);
    CountDownLatch inFlight = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().rateLimits(limits)
        .fault(FaultRule.nth("/api/v1/groups", 1, new Fault.Hold(inFlight, release)))
        .start()) {
      String auth = "SSWS " + tenant.apiToken();
      CompletableFuture<RawHttp.Response> slow = sendAsync(tenant, "/api/v1/groups", auth);
      assertThat(inFlight.await(10, TimeUnit.SECONDS)).as("the slow request is in flight").isTrue();

      RawHttp.Response second = RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/users", auth, null);
      String other = tenant.fixtures().addApiToken(tenant.adminUserId(), "second").secret();
      RawHttp.Response fromOther =
          RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/users", "SSWS " + other, null);
      release.countDown();

      assertThat(second.status()).as("half of 2 in flight is 1 for this token").isEqualTo(429);
      assertThat(second.first("x-rate-limit-limit")).isEqualTo("0");
      assertThat(fromOther.status()).as("another token still gets in").isEqualTo(200);
      assertThat(slow.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
      assertThat(RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/users", auth, null).status())
          .as("the slot is given back when the slow request ends").isEqualTo(200);
    }
  }

  private static CompletableFuture<RawHttp.Response> sendAsync(
      FakeOktaTenant tenant, String path, String auth) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return RawHttp.send(tenant.orgUrl(), "GET", path, auth, null);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }

  @Test
  void invalidLimitsAreRejectedWithAReason() {
    assertThatThrownBy(() -> RateLimits.defaults().withTokenShare(0))
        .hasMessageContaining("tokenShare must be in (0, 1]");
    assertThatThrownBy(() -> RateLimits.defaults().withLimit(OktaBucket.LOGS, 0))
        .hasMessageContaining("at least 1");
  }
}
