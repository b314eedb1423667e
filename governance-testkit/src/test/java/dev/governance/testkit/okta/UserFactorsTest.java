package dev.governance.testkit.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okta.sdk.resource.api.AuthenticatorApi;
import com.okta.sdk.resource.api.SystemLogApi;
import com.okta.sdk.resource.api.UserFactorApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.AuthenticatorBase;
import com.okta.sdk.resource.model.AuthenticatorKeyEnum;
import com.okta.sdk.resource.model.LifecycleStatus;
import com.okta.sdk.resource.model.LogEvent;
import com.okta.sdk.resource.model.UserFactor;
import com.okta.sdk.resource.model.UserFactorActivateRequest;
import com.okta.sdk.resource.model.UserFactorProvider;
import com.okta.sdk.resource.model.UserFactorSMS;
import com.okta.sdk.resource.model.UserFactorSMSProfile;
import com.okta.sdk.resource.model.UserFactorStatus;
import com.okta.sdk.resource.model.UserFactorSupported;
import com.okta.sdk.resource.model.UserFactorTokenSoftwareTOTP;
import com.okta.sdk.resource.model.UserFactorType;
import dev.governance.okta.catalog.OktaBucket;
import dev.governance.okta.catalog.StandardAdminRole;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** okta-sdk-java 24.0.0's typed factor and authenticator APIs against the tenant's factor rules. */
class UserFactorsTest {
  FakeOktaTenant tenant;
  TenantFixtures f;
  ApiClient client;
  UserFactorApi factors;
  String user;

  @BeforeEach
  void start() {
    tenant = FakeOktaTenant.builder().rateLimits(RateLimits.disabled()).start();
    f = tenant.fixtures();
    client = SdkClients.ssws(tenant, tenant.apiToken(), 0);
    factors = new UserFactorApi(client);
    user = f.addUser("pat@example.com");
  }

  @AfterEach
  void stop() {
    tenant.close();
  }

  private static UserFactorSMS sms(String phone) {
    UserFactorSMSProfile profile = new UserFactorSMSProfile();
    profile.setPhoneNumber(phone);
    UserFactorSMS sms = new UserFactorSMS();
    sms.setFactorType(UserFactorType.SMS);
    sms.setProvider(UserFactorProvider.OKTA);
    sms.setProfile(profile);
    return sms;
  }

  private static UserFactorTokenSoftwareTOTP totp() {
    UserFactorTokenSoftwareTOTP totp = new UserFactorTokenSoftwareTOTP();
    totp.setFactorType(UserFactorType.TOKEN_SOFTWARE_TOTP);
    totp.setProvider(UserFactorProvider.GOOGLE);
    return totp;
  }

  private UserFactor enroll(UserFactor factor, boolean activate) throws ApiException {
    return factors.enrollFactor(user, factor, false, null, null, activate, null);
  }

  private List<LogEvent> events(String type) throws ApiException {
    return new SystemLogApi(client).listLogEvents(null, null, null, "eventType eq \"" + type + "\"", null, 100, null);
  }

  private static void refused(ThrowingCall call, int status, String code) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class, e -> {
      assertThat(e.getCode()).isEqualTo(status);
      assertThat(e.getResponseBody()).contains("\"errorCode\":\"" + code + "\"");
    });
  }

  @FunctionalInterface
  interface ThrowingCall {
    void run() throws Exception;
  }

  @Test
  void aTotpFactorWaitsForActivationWhichTakesTheTenantsPassCode() throws Exception {
    UserFactor pending = enroll(totp(), false);

    assertThat(pending.getStatus()).isEqualTo(UserFactorStatus.PENDING_ACTIVATION);
    assertThat(pending.getId()).startsWith("ost");
    refused(() -> factors.activateFactor(user, pending.getId(), new UserFactorActivateRequest().passCode("000000")),
        403, "E0000068");
    assertThat(factors.getFactor(user, pending.getId()).getStatus()).isEqualTo(UserFactorStatus.PENDING_ACTIVATION);

    factors.activateFactor(user, pending.getId(), new UserFactorActivateRequest().passCode("123456"));

    assertThat(factors.listFactors(user)).singleElement()
        .satisfies(x -> assertThat(x.getStatus()).isEqualTo(UserFactorStatus.ACTIVE));
    assertThat(events("user.mfa.factor.activate")).singleElement()
        .satisfies(e -> assertThat(e.getTarget()).extracting(t -> t.getId()).containsExactly(user, pending.getId()));
    refused(() -> factors.activateFactor(user, pending.getId(), new UserFactorActivateRequest().passCode("123456")),
        400, "E0000001");
  }

  @Test
  void smsIsActivatedAtOnceWhenAskedAndNeedsAnE164PhoneNumber() throws Exception {
    refused(() -> enroll(sms("555-0100"), true), 400, "E0000001");

    UserFactor active = enroll(sms("+15554151337"), true);

    assertThat(active.getStatus()).isEqualTo(UserFactorStatus.ACTIVE);
    assertThat(active.getFactorType()).isEqualTo(UserFactorType.SMS);
    refused(() -> enroll(sms("+15554151338"), false), 400, "E0000001");
    assertThat(tenant.journal().entries()).filteredOn(e -> e.path().contains("/factors"))
        .extracting(JournalEntry::bucket).containsOnly(OktaBucket.USERS);
  }

  @Test
  void theCatalogListsWhatThePolicyAllowsAndEnrolmentFollowsIt() throws Exception {
    enroll(sms("+15554151337"), false);
    List<UserFactorSupported> all = factors.listSupportedFactors(user);

    assertThat(all).extracting(UserFactorSupported::getFactorType)
        .contains(UserFactorType.SMS, UserFactorType.TOKEN_SOFTWARE_TOTP, UserFactorType.QUESTION);
    assertThat(all).filteredOn(s -> s.getFactorType() == UserFactorType.SMS).singleElement()
        .satisfies(s -> assertThat(s.getStatus()).isEqualTo(UserFactorStatus.PENDING_ACTIVATION));

    f.allowFactorTypes(Set.of("sms"));

    assertThat(factors.listSupportedFactors(user)).extracting(UserFactorSupported::getFactorType)
        .containsExactly(UserFactorType.SMS);
    refused(() -> enroll(totp(), false), 400, "E0000001");
  }

  @Test
  void removingAFactorDeactivatesItAndAnUnknownOneIsNotFound() throws Exception {
    UserFactor sms = enroll(sms("+15554151337"), true);

    factors.unenrollFactor(user, sms.getId(), false);

    assertThat(factors.listFactors(user)).isEmpty();
    assertThat(events("user.mfa.factor.deactivate")).hasSize(1);
    refused(() -> factors.getFactor(user, sms.getId()), 404, "E0000007");
    refused(() -> factors.unenrollFactor(user, sms.getId(), false), 404, "E0000007");
  }

  @Test
  void aReadOnlyAdminReadsFactorsButCannotEnrolOrRemoveThem() throws Exception {
    String reader = f.addUser("reader@example.com");
    f.assignRole(AdminRole.user(StandardAdminRole.READ_ONLY_ADMIN, reader));
    UserFactorApi asReader = new UserFactorApi(SdkClients.ssws(tenant, f.addApiToken(reader, "r").secret(), 0));
    UserFactor sms = enroll(sms("+15554151337"), true);

    assertThat(asReader.listFactors(user)).hasSize(1);
    assertThat(asReader.listSupportedFactors(user)).isNotEmpty();
    refused(() -> asReader.enrollFactor(user, totp(), false, null, null, false, null), 403, "E0000006");
    refused(() -> asReader.unenrollFactor(user, sms.getId(), false), 403, "E0000006");
  }

  @Test
  void authenticatorsAreListedActiveWhenThePolicyAllowsTheirFactors() throws Exception {
    AuthenticatorApi authenticators = new AuthenticatorApi(client);

    assertThat(authenticators.listAuthenticators()).extracting(AuthenticatorBase::getKey)
        .contains(AuthenticatorKeyEnum.OKTA_PASSWORD, AuthenticatorKeyEnum.OKTA_EMAIL,
            AuthenticatorKeyEnum.PHONE_NUMBER, AuthenticatorKeyEnum.OKTA_VERIFY);
    assertThat(authenticators.listAuthenticators()).extracting(AuthenticatorBase::getStatus)
        .containsOnly(LifecycleStatus.ACTIVE);

    f.allowFactorTypes(Set.of("sms"));

    assertThat(authenticators.listAuthenticators()).filteredOn(a -> a.getStatus() == LifecycleStatus.ACTIVE)
        .extracting(AuthenticatorBase::getKey)
        .containsExactlyInAnyOrder(AuthenticatorKeyEnum.OKTA_PASSWORD, AuthenticatorKeyEnum.PHONE_NUMBER);
    String reader = f.addUser("helpdesk@example.com");
    f.assignRole(AdminRole.user(StandardAdminRole.HELP_DESK_ADMIN, reader));
    AuthenticatorApi asHelpDesk = new AuthenticatorApi(SdkClients.ssws(tenant, f.addApiToken(reader, "h").secret(), 0));
    refused(asHelpDesk::listAuthenticators, 403, "E0000006");
  }
}
