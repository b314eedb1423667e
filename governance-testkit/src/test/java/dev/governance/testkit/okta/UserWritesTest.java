package dev.governance.testkit.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okta.sdk.resource.api.SystemLogApi;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.api.UserLifecycleApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.CreateUserRequest;
import com.okta.sdk.resource.model.LogEvent;
import com.okta.sdk.resource.model.PasswordCredential;
import com.okta.sdk.resource.model.UpdateUserRequest;
import com.okta.sdk.resource.model.User;
import com.okta.sdk.resource.model.UserCredentials;
import com.okta.sdk.resource.model.UserProfile;
import com.okta.sdk.resource.model.UserStatus;
import dev.governance.okta.catalog.OktaBucket;
import dev.governance.okta.catalog.StandardAdminRole;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** okta-sdk-java 24.0.0's typed user API creates, changes and deletes users as Okta does. */
class UserWritesTest {
  FakeOktaTenant tenant;
  ApiClient client;
  UserApi users;
  UserLifecycleApi lifecycle;

  @BeforeEach
  void start() {
    tenant = FakeOktaTenant.builder().rateLimits(RateLimits.disabled()).start();
    client = SdkClients.ssws(tenant, tenant.apiToken(), 0);
    users = new UserApi(client);
    lifecycle = new UserLifecycleApi(client);
  }

  @AfterEach
  void stop() {
    tenant.close();
  }

  private static CreateUserRequest request(String login) {
    UserProfile profile = new UserProfile();
    profile.setLogin(login);
    profile.setEmail(login);
    profile.setFirstName("Robin");
    profile.setLastName("Newcomer");
    return new CreateUserRequest().profile(profile);
  }

  private static UserCredentials password(String value) {
    PasswordCredential password = new PasswordCredential();
    password.setValue(value);
    UserCredentials credentials = new UserCredentials();
    credentials.setPassword(password);
    return credentials;
  }

  private List<String> events(String type) throws ApiException {
    return new SystemLogApi(client).listLogEvents(null, null, null, "eventType eq \"" + type + "\"", null, 100, null)
        .stream().map(LogEvent::getEventType).toList();
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
  void createsUsersActiveWithAPasswordProvisionedWithoutAndStagedWhenNotActivated() throws Exception {
    User withPassword = users.createUser(request("pat@example.com").credentials(password("Tr0ub4dor&3")), true,
        false, null);
    User withoutPassword = users.createUser(request("sam@example.com"), true, false, null);
    User staged = users.createUser(request("lee@example.com"), false, false, null);

    assertThat(withPassword.getStatus()).isEqualTo(UserStatus.ACTIVE);
    assertThat(withPassword.getPasswordChanged()).isNotNull();
    assertThat(withoutPassword.getStatus()).isEqualTo(UserStatus.PROVISIONED);
    assertThat(staged.getStatus()).isEqualTo(UserStatus.STAGED);
    assertThat(users.getUser(staged.getId(), null, null).getProfile().getLogin()).isEqualTo("lee@example.com");
    assertThat(users.getUser("sam@example.com", null, null).getId()).isEqualTo(withoutPassword.getId());
    assertThat(events("user.lifecycle.create")).hasSize(3);
    assertThat(events("user.lifecycle.activate")).hasSize(2);
    assertThat(tenant.journal().entries()).filteredOn(e -> e.method().equals("POST"))
        .extracting(JournalEntry::bucket).containsOnly(OktaBucket.USERS);
  }

  @Test
  void refusesADuplicateLoginAndAMissingRequiredAttributeWithOktasValidationError() throws Exception {
    users.createUser(request("pat@example.com"), true, false, null);

    refused(() -> users.createUser(request("PAT@example.com"), true, false, null), 400, "E0000001");
    CreateUserRequest noLastName = request("kim@example.com");
    noLastName.getProfile().setLastName(null);
    refused(() -> users.createUser(noLastName, true, false, null), 400, "E0000001");
    assertThat(tenant.counts().users()).isEqualTo(2);
  }

  @Test
  void aPartialUpdateKeepsWhatItDoesNotNameAndAFullReplacementDropsIt() throws Exception {
    CreateUserRequest create = request("pat@example.com");
    create.getProfile().setNickName("Pat");
    String id = users.createUser(create, true, false, null).getId();

    UserProfile change = new UserProfile();
    change.setFirstName("Patricia");
    User updated = users.updateUser(id, new UpdateUserRequest().profile(change), null);
    assertThat(updated.getProfile().getFirstName()).isEqualTo("Patricia");
    assertThat(updated.getProfile().getLastName()).isEqualTo("Newcomer");
    assertThat(updated.getProfile().getNickName()).isEqualTo("Pat");

    UserProfile full = request("pat@example.com").getProfile();
    User replaced = users.replaceUser(id, new UpdateUserRequest().profile(full), null);
    assertThat(replaced.getProfile().getFirstName()).isEqualTo("Robin");
    assertThat(replaced.getProfile().getNickName()).isNull();
    UserProfile incomplete = new UserProfile();
    incomplete.setLogin("pat@example.com");
    refused(() -> users.replaceUser(id, new UpdateUserRequest().profile(incomplete), null), 400, "E0000001");
    assertThat(events("user.account.update_profile")).hasSize(2);
    assertThat(tenant.journal().entries()).filteredOn(e -> e.path().equals("/api/v1/users/" + id)
        && !e.method().equals("GET")).extracting(JournalEntry::bucket).containsOnly(OktaBucket.USER_CHANGES);
  }

  @Test
  void lifecycleTransitionsFollowOktasRulesAndRefuseTheOthers() throws Exception {
    String id = users.createUser(request("pat@example.com").credentials(password("Tr0ub4dor&3")), false, false,
        null).getId();

    lifecycle.activateUser(id, false);
    assertThat(users.getUser(id, null, null).getStatus()).isEqualTo(UserStatus.ACTIVE);
    lifecycle.suspendUser(id);
    refused(() -> lifecycle.suspendUser(id), 400, "E0000001");
    lifecycle.unsuspendUser(id);
    refused(() -> lifecycle.unlockUser(id), 400, "E0000001");
    tenant.fixtures().setUserStatus(id, dev.governance.testkit.okta.UserStatus.LOCKED_OUT);
    lifecycle.unlockUser(id);
    assertThat(users.getUser(id, null, null).getStatus()).isEqualTo(UserStatus.ACTIVE);
    lifecycle.deactivateUser(id, false, null);
    refused(() -> lifecycle.reactivateUser(id, false), 400, "E0000001");
    lifecycle.activateUser(id, false);

    assertThat(users.getUser(id, null, null).getStatus()).isEqualTo(UserStatus.ACTIVE);
    assertThat(events("user.lifecycle.unlock")).hasSize(1);
    assertThat(events("user.lifecycle.deactivate")).hasSize(1);
  }

  @Test
  void deletingDeactivatesFirstThenDeletes() throws Exception {
    String id = users.createUser(request("pat@example.com"), true, false, null).getId();

    users.deleteUser(id, false, null);
    assertThat(users.getUser(id, null, null).getStatus()).isEqualTo(UserStatus.DEPROVISIONED);
    users.deleteUser(id, false, null);

    refused(() -> users.getUser(id, null, null), 404, "E0000007");
    refused(() -> users.updateUser(id, new UpdateUserRequest().profile(new UserProfile()), null), 404, "E0000007");
    assertThat(events("user.lifecycle.delete.initiated")).hasSize(1);
  }

  @Test
  void aReadOnlyAdminMayNotCreateOrChangeUsers() throws Exception {
    TenantFixtures f = tenant.fixtures();
    String reviewer = f.addUser("reviewer@example.com");
    f.assignRole(AdminRole.user(StandardAdminRole.READ_ONLY_ADMIN, reviewer));
    String member = f.addUser("member@example.com");
    UserApi readOnly = new UserApi(SdkClients.ssws(tenant, f.addApiToken(reviewer, "review").secret(), 0));

    assertThatThrownBy(() -> readOnly.createUser(request("pat@example.com"), true, false, null))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getResponseBody()).contains("E0000006"));
    assertThatThrownBy(() -> readOnly.updateUser(member, new UpdateUserRequest().profile(new UserProfile()), null))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(403));
    assertThat(users.getUser(member, null, null).getProfile().getFirstName()).isEqualTo("First");
  }

  @Test
  void aServiceAppWithoutTheManageScopeIsToldWhichScopeIsMissing() throws Exception {
    TenantFixtures f = tenant.fixtures();
    java.security.KeyPairGenerator gen = java.security.KeyPairGenerator.getInstance("RSA");
    gen.initialize(2048);
    java.security.KeyPair keys = gen.generateKeyPair();
    String service = f.addServiceApp("Reader", keys.getPublic(), null);
    f.grantScope(service, "okta.users.read");
    f.assignRole(AdminRole.client(StandardAdminRole.SUPER_ADMIN, service));
    RawHttp.Response token = RawHttp.send(tenant.orgUrl(), "POST", "/oauth2/v1/token?"
        + ClientAssertions.tokenForm(tenant.orgUrl(), service, keys, "okta.users.read"), null, "");
    String accessToken = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(token.body())
        .get("access_token").asText();

    RawHttp.Response refused = RawHttp.send(tenant.orgUrl(), "POST", "/api/v1/users", "Bearer " + accessToken,
        "{\"profile\":{\"login\":\"pat@example.com\",\"email\":\"pat@example.com\",\"firstName\":\"Pat\","
            + "\"lastName\":\"Doe\"}}");

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body()).contains("E0000006");
    assertThat(refused.all("www-authenticate")).singleElement().asString()
        .contains("insufficient_scope").contains("okta.users.manage");
    assertThat(tenant.counts().users()).isEqualTo(1);
  }
}
