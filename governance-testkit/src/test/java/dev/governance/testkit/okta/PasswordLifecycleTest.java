package dev.governance.testkit.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.okta.sdk.resource.api.SystemLogApi;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.api.UserCredApi;
import com.okta.sdk.resource.api.UserLifecycleApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.LogEvent;
import com.okta.sdk.resource.model.ResetPasswordToken;
import com.okta.sdk.resource.model.User;
import com.okta.sdk.resource.model.UserStatus;
import dev.governance.okta.catalog.OktaBucket;
import dev.governance.okta.catalog.StandardAdminRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** okta-sdk-java 24.0.0's typed credential API expires and resets passwords as Okta does. */
class PasswordLifecycleTest {
  FakeOktaTenant tenant;
  TenantFixtures f;
  ApiClient client;
  UserCredApi credentials;
  UserApi users;

  @BeforeEach
  void start() {
    tenant = FakeOktaTenant.builder().rateLimits(RateLimits.disabled()).start();
    f = tenant.fixtures();
    client = SdkClients.ssws(tenant, tenant.apiToken(), 0);
    credentials = new UserCredApi(client);
    users = new UserApi(client);
  }

  @AfterEach
  void stop() {
    tenant.close();
  }

  private String user(String login, dev.governance.testkit.okta.UserStatus status) {
    return f.addUser(login, status, "Pat", "Doe", Map.of());
  }

  private List<LogEvent> events(String type) throws ApiException {
    return new SystemLogApi(client).listLogEvents(null, null, null, "eventType eq \"" + type + "\"", null, 100, null);
  }

  private static void refused(ThrowingCall call, int status, String code) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class, e -> {
      assertThat(e.getCode()).isEqualTo(status);
      assertThat(e.getResponseBody()).contains("\"errorCode\":\"" + code + "\"").contains("errorCauses");
    });
  }

  @FunctionalInterface
  interface ThrowingCall {
    void run() throws Exception;
  }

  @Test
  void expiringAnActiveUsersPasswordMakesItPasswordExpiredAndAnswersTheUser() throws Exception {
    String id = user("pat@example.com", dev.governance.testkit.okta.UserStatus.ACTIVE);

    User expired = credentials.expirePassword(id);

    assertThat(expired.getStatus()).isEqualTo(UserStatus.PASSWORD_EXPIRED);
    assertThat(users.getUser(id, null, null).getStatus()).isEqualTo(UserStatus.PASSWORD_EXPIRED);
    assertThat(events("user.account.expire_password")).singleElement()
        .satisfies(e -> assertThat(e.getTarget().get(0).getId()).isEqualTo(id));
    assertThat(tenant.journal().entries()).filteredOn(e -> e.method().equals("POST"))
        .extracting(JournalEntry::bucket).containsOnly(OktaBucket.USERS);
  }

  @Test
  void expiringWithATemporaryPasswordAnswersThatPassword() throws Exception {
    String id = user("pat@example.com", dev.governance.testkit.okta.UserStatus.ACTIVE);

    // okta-sdk-java 24.0.0 reads this answer as a User; the spec's answer is {"tempPassword": ...}.
    RawHttp.Response r = RawHttp.send(tenant.orgUrl(), "POST", "/api/v1/users/" + id
        + "/lifecycle/expire_password_with_temp_password?revokeSessions=true", "SSWS " + tenant.apiToken(), "");

    assertThat(r.status()).isEqualTo(200);
    assertThat(new ObjectMapper().readTree(r.body()).path("tempPassword").asText()).hasSize(10);
    assertThat(users.getUser(id, null, null).getStatus()).isEqualTo(UserStatus.PASSWORD_EXPIRED);
  }

  @Test
  void onlyUsersWithAPasswordInUseCanHaveItExpired() throws Exception {
    for (dev.governance.testkit.okta.UserStatus status : List.of(dev.governance.testkit.okta.UserStatus.STAGED,
        dev.governance.testkit.okta.UserStatus.PROVISIONED, dev.governance.testkit.okta.UserStatus.SUSPENDED,
        dev.governance.testkit.okta.UserStatus.DEPROVISIONED, dev.governance.testkit.okta.UserStatus.RECOVERY)) {
      String id = user(status.name().toLowerCase() + "@example.com", status);
      refused(() -> credentials.expirePassword(id), 400, "E0000001");
    }
    refused(() -> credentials.expirePassword("00uNOPE"), 404, "E0000007");
    assertThat(events("user.account.expire_password")).isEmpty();
  }

  @Test
  void resettingWithoutEmailAnswersAResetLinkAndPutsTheUserInRecovery() throws Exception {
    String id = user("pat@example.com", dev.governance.testkit.okta.UserStatus.LOCKED_OUT);

    ResetPasswordToken token = credentials.resetPassword(id, false, true);

    assertThat(token.getResetPasswordUrl()).startsWith(tenant.orgUrl() + "/reset_password/");
    assertThat(users.getUser(id, null, null).getStatus()).isEqualTo(UserStatus.RECOVERY);
    assertThat(events("user.account.reset_password")).hasSize(1);
    // RECOVERY is one of the two statuses Okta reactivates from.
    new UserLifecycleApi(client).reactivateUser(id, false);
    assertThat(users.getUser(id, null, null).getStatus()).isEqualTo(UserStatus.PROVISIONED);
  }

  @Test
  void resettingWithEmailAnswersNoLinkAndStagedOrSuspendedUsersAreRefused() throws Exception {
    String id = user("pat@example.com", dev.governance.testkit.okta.UserStatus.PASSWORD_EXPIRED);
    String staged = user("staged@example.com", dev.governance.testkit.okta.UserStatus.STAGED);
    String suspended = user("sus@example.com", dev.governance.testkit.okta.UserStatus.SUSPENDED);

    assertThat(credentials.resetPassword(id, true, null).getResetPasswordUrl()).isNull();
    refused(() -> credentials.resetPassword(staged, false, null), 400, "E0000001");
    refused(() -> credentials.resetPassword(suspended, false, null), 400, "E0000001");
    RawHttp.Response missing = RawHttp.send(tenant.orgUrl(), "POST", "/api/v1/users/" + id
        + "/lifecycle/reset_password", "SSWS " + tenant.apiToken(), "");
    assertThat(missing.status()).isEqualTo(400);
  }

  @Test
  void aReadOnlyAdminCannotExpireOrResetPasswords() throws Exception {
    String reader = f.addUser("reader@example.com");
    f.assignRole(AdminRole.user(StandardAdminRole.READ_ONLY_ADMIN, reader));
    UserCredApi asReader = new UserCredApi(SdkClients.ssws(tenant, f.addApiToken(reader, "r").secret(), 0));
    String id = user("pat@example.com", dev.governance.testkit.okta.UserStatus.ACTIVE);

    refused(() -> asReader.expirePassword(id), 403, "E0000006");
    refused(() -> asReader.resetPassword(id, false, null), 403, "E0000006");
    assertThat(users.getUser(id, null, null).getStatus()).isEqualTo(UserStatus.ACTIVE);
  }
}
