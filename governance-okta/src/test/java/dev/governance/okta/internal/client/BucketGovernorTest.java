package dev.governance.okta.internal.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.okta.catalog.OktaBucket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The governor on a virtual clock: no test sleeps. */
class BucketGovernorTest {

  /** A clock that only moves when the governor sleeps. */
  private static final class VirtualTime {
    long now = 1_000_000;
    final List<Long> sleeps = new ArrayList<>();

    BucketGovernor governor(int limit, double share) {
      return new BucketGovernor(OktaBucket.APPS, limit, share, Duration.ofMinutes(1), () -> now,
          millis -> {
            sleeps.add(millis);
            now += millis;
          }, n -> 0);
    }
  }

  private static RateLimitHeaders headers(int limit, int remaining, long resetEpochSeconds) {
    return new RateLimitHeaders(limit, remaining, resetEpochSeconds, -1);
  }

  @Test
  void pacesAtItsShareOfTheOrgWideLimitInEveryWindowOfOktasLength() throws Exception {
    VirtualTime t = new VirtualTime();
    BucketGovernor g = t.governor(100, 0.5);
    g.acquire();
    g.observe(headers(100, 99, (t.now + 60_000) / 1000), t.now);
    g.release();
    List<Long> sent = new ArrayList<>(List.of(1_000_000L));
    for (int i = 0; i < 149; i++) {
      g.acquire();
      sent.add(t.now);
      g.release();
    }
    // Any 60-second span holds at most 50 of this client's requests.
    for (int i = 0; i + 50 < sent.size(); i++) {
      assertThat(sent.get(i + 50) - sent.get(i)).isGreaterThanOrEqualTo(60_000);
    }
    assertThat(g.allowedPerWindow()).isEqualTo(50);
  }

  @Test
  void waitsForTheResetWhenTheOrgBudgetIsSpentByOthers() throws Exception {
    VirtualTime t = new VirtualTime();
    BucketGovernor g = t.governor(100, 0.5);
    g.acquire();
    long reset = t.now + 20_000;
    g.observe(headers(100, 0, reset / 1000), t.now);
    g.release();
    assertThat(g.delay(t.now)).isBetween(19_000L, 20_000L);
    g.acquire();
    assertThat(t.now).isGreaterThanOrEqualTo(reset - 1_000);
  }

  @Test
  void sendsOneRequestAtATimeUntilAResponseStatesTheLimit() throws Exception {
    VirtualTime t = new VirtualTime();
    BucketGovernor g = t.governor(100, 0.5);
    g.acquire();
    assertThat(g.delay(t.now)).as("a second request waits while the first is in flight").isPositive();
    g.observe(headers(100, 99, (t.now + 60_000) / 1000), t.now);
    assertThat(g.delay(t.now)).as("once calibrated, requests may overlap").isZero();
  }

  @Test
  void aNewLimitInTheHeadersRetunesTheShare() throws Exception {
    VirtualTime t = new VirtualTime();
    BucketGovernor g = t.governor(100, 0.5);
    g.acquire();
    g.observe(headers(1_000, 999, (t.now + 60_000) / 1000), t.now);
    g.release();
    assertThat(g.allowedPerWindow()).isEqualTo(500);
    g.share(0.2);
    assertThat(g.allowedPerWindow()).isEqualTo(200);
  }

  @Test
  void aConcurrencyViolationBacksOffExponentiallyAndIsNotTakenAsALimit() {
    RateLimitHeaders concurrency = headers(0, 0, 1);
    assertThat(BucketGovernor.backOffMillis(concurrency, 1, 0)).isEqualTo(500);
    assertThat(BucketGovernor.backOffMillis(concurrency, 3, 0)).isEqualTo(2_000);
    assertThat(BucketGovernor.backOffMillis(concurrency, 9, 0)).isEqualTo(10_000);
    VirtualTime t = new VirtualTime();
    BucketGovernor g = t.governor(100, 0.5);
    g.observe(concurrency, t.now);
    assertThat(g.allowedPerWindow()).isEqualTo(50);
  }

  @Test
  void a429WaitsUntilTheResetItsHeadersName() throws Exception {
    VirtualTime t = new VirtualTime();
    BucketGovernor g = t.governor(100, 0.5);
    long reset = t.now + 42_000;
    g.backOffAfterRateLimit(headers(100, 12, reset / 1000), 1);
    assertThat(t.sleeps).hasSize(1);
    assertThat(t.sleeps.get(0)).isBetween(41_000L, 42_000L);
  }
}
