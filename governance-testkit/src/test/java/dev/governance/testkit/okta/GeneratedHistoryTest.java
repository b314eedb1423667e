package dev.governance.testkit.okta;

import static org.assertj.core.api.Assertions.assertThat;

import com.okta.sdk.resource.api.SystemLogApi;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.LogEvent;
import com.okta.sdk.resource.model.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Generated shapes come with a System Log history that matches the tenant they describe. */
class GeneratedHistoryTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final Clock FIXED = Clock.fixed(NOW, ZoneOffset.UTC);

  private static List<LogEvent> all(ApiClient client, String filter) throws ApiException {
    return new SystemLogApi(client).listLogEvents(NOW.minus(Duration.ofDays(90)).toString(), NOW.toString(),
        null, filter, null, 1000, "ASCENDING");
  }

  @Test
  void theDemoLogsEachUsersLastSignInAdminGrantsTokensAndMembershipsInTimeOrderBeforeNow() throws Exception {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(7).clock(FIXED)
        .rateLimits(RateLimits.disabled()).start()) {
      ApiClient client = SdkClients.ssws(tenant, tenant.apiToken(), 0);
      List<LogEvent> events = all(client, null);

      assertThat(events).hasSizeGreaterThan(50);
      assertThat(events).extracting(e -> e.getPublished().toInstant())
          .isSorted().allSatisfy(at -> assertThat(at).isBefore(NOW.minus(Duration.ofMinutes(59))));
      assertThat(events).extracting(LogEvent::getEventType).contains("user.session.start",
          "user.account.privilege.grant", "system.api_token.create",
          "group.user_membership.add");

      Map<String, List<Instant>> signIns = all(client, "eventType eq \"user.session.start\"").stream()
          .collect(Collectors.groupingBy(e -> e.getActor().getId(),
              Collectors.mapping(e -> e.getPublished().toInstant(), Collectors.toList())));
      List<User> users = new UserApi(client).listUsers(null, null, null, 200, null, null, null, null);
      int withRecentLogin = 0;
      for (User u : users) {
        if (u.getLastLogin() != null && u.getLastLogin().toInstant().isAfter(NOW.minus(Duration.ofDays(90)))) {
          withRecentLogin++;
          assertThat(signIns.get(u.getId())).as(u.getProfile().getLogin())
              .contains(u.getLastLogin().toInstant());
          assertThat(signIns.get(u.getId())).allSatisfy(at -> assertThat(at).isBeforeOrEqualTo(
              u.getLastLogin().toInstant()));
        } else if (u.getLastLogin() == null) {
          assertThat(signIns).doesNotContainKey(u.getId());
        }
      }
      assertThat(withRecentLogin).isGreaterThan(10);
      assertThat(all(client, "eventType eq \"group.user_membership.add\""))
          .anySatisfy(e -> assertThat(e.getTransaction().getDetail()).containsKey("requestApiTokenId"));
    }
  }

  @Test
  void theDemosStaleTokenLastChangedSomethingWhenItsExpirySaysItWasLastUsed() throws Exception {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(7).clock(FIXED)
        .rateLimits(RateLimits.disabled()).start()) {
      ApiClient client = SdkClients.ssws(tenant, tenant.apiToken(), 0);
      com.okta.sdk.resource.model.ApiToken stale = new com.okta.sdk.resource.api.ApiTokenApi(client).listApiTokens()
          .stream().filter(t -> t.getName().equals("Okta sync (stale)")).findFirst().orElseThrow();
      Instant lastUse = stale.getExpiresAt().toInstant().minus(Duration.parse(stale.getTokenWindow()));

      List<LogEvent> made = all(client, "transaction.detail.requestApiTokenId eq \"" + stale.getId() + "\"");

      assertThat(lastUse).isEqualTo(NOW.minus(Duration.ofDays(27)));
      assertThat(made).extracting(e -> e.getPublished().toInstant()).containsExactly(lastUse);
      assertThat(made).singleElement().satisfies(e -> {
        assertThat(e.getEventType()).isEqualTo("user.account.update_profile");
        assertThat(e.getActor().getId()).isEqualTo(stale.getUserId());
      });
    }
  }

  @Test
  void whatATestDoesAfterwardsComesLastAndTheEmptyShapeHasNoHistory() throws Exception {
    try (FakeOktaTenant demo = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(7).clock(FIXED)
        .rateLimits(RateLimits.disabled()).start();
        FakeOktaTenant empty = FakeOktaTenant.builder().clock(FIXED).rateLimits(RateLimits.disabled()).start()) {
      ApiClient client = SdkClients.ssws(demo, demo.apiToken(), 0);
      demo.fixtures().addUser("late@example.com");
      String user = demo.fixtures().addUser("changed@example.com");
      new com.okta.sdk.resource.api.UserLifecycleApi(client).suspendUser(user);

      List<LogEvent> events = all(client, null);
      assertThat(events.get(events.size() - 1).getEventType()).isEqualTo("user.lifecycle.suspend");
      assertThat(all(SdkClients.ssws(empty, empty.apiToken(), 0), null)).isEmpty();
    }
  }

  @Test
  void theMediumShapeLogsOnlyItsMostRecentSignIns() throws Exception {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.MEDIUM).seed(7).clock(FIXED)
        .rateLimits(RateLimits.disabled()).start()) {
      ApiClient client = SdkClients.ssws(tenant, tenant.apiToken(), 0);
      List<LogEvent> signIns = all(client, "eventType eq \"user.session.start\"");

      assertThat(signIns).hasSize(1000);
      assertThat(all(client, "eventType eq \"system.api_token.create\"")).isNotEmpty();
    }
  }
}
