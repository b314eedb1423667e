package dev.governance.okta.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.AuthenticationFailedException;
import dev.governance.core.Secret;
import dev.governance.core.spi.CollectionAccess;
import dev.governance.core.spi.Preflight;
import dev.governance.okta.OktaConnector;
import dev.governance.okta.OktaConnectorOptions;
import dev.governance.okta.OktaCredentials;
import dev.governance.okta.OktaOrg;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.Fault;
import dev.governance.testkit.okta.FaultRule;
import dev.governance.testkit.okta.TenantShape;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** How the preflight's reads are sent: each bucket's in turn, the buckets side by side. */
class PreflightReadsTest {

  private static Preflight check(FakeOktaTenant tenant) {
    OktaOrg org = OktaOrg.parser().allowLoopbackForTesting().parse(tenant.orgUrl());
    try (OktaConnector okta = OktaConnector.open(org, OktaCredentials.apiToken(Secret.of(tenant.apiToken())),
        OktaConnectorOptions.builder().maxRetries(0).build())) {
      return okta.check();
    }
  }

  @Test
  void aSlowReadOfOneBucketDoesNotHoldUpTheReadsOfTheOthers() throws Exception {
    CountDownLatch arrived = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(3)
        .fault(FaultRule.nth("/api/v1/apps", 1, new Fault.Hold(arrived, release))).start()) {
      CompletableFuture<Preflight> preflight = CompletableFuture.supplyAsync(() -> check(tenant));
      try {
        assertThat(arrived.await(20, TimeUnit.SECONDS)).as("the applications' read is sent").isTrue();
        List<String> others = List.of("/api/v1/groups", "/api/v1/groups/rules", "/api/v1/iam/assignees/users",
            "/api/v1/api-tokens", "/api/v1/users");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!others.stream().allMatch(path -> answered(tenant, path)) && System.nanoTime() < deadline) {
          Thread.sleep(10);
        }
        assertThat(others).as("answered while the applications' read is held")
            .allMatch(path -> answered(tenant, path));
        assertThat(preflight).isNotDone();
      } finally {
        release.countDown();
      }
      Preflight done = preflight.get(20, TimeUnit.SECONDS);
      assertThat(done.collections().values()).allMatch(a -> a instanceof CollectionAccess.Allowed);
      assertThat(done.apiCalls()).isEqualTo(tenant.journal().total());
    }
  }

  @Test
  void aTokenRevokedWhileTheReadsRunFailsThePreflightAsAnAuthenticationFailure() {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(3)
        .fault(FaultRule.nth("/api/v1/groups", 1, new Fault.RevokeToken())).start()) {
      assertThatThrownBy(() -> check(tenant))
          .isInstanceOf(AuthenticationFailedException.class)
          .hasMessageContaining(tenant.orgUrl());
    }
  }

  private static boolean answered(FakeOktaTenant tenant, String path) {
    return !tenant.journal().entries(e -> e.path().equals(path)).isEmpty();
  }
}
