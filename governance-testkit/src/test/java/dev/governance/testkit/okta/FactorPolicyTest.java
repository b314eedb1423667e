package dev.governance.testkit.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okta.sdk.resource.api.UserFactorApi;
import com.okta.sdk.resource.client.ApiClient;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Okta lists only the enrolled factors its authenticator enrollment policy allows. */
class FactorPolicyTest {

  @Test
  void listsOnlyFactorsOfTypesTheEnrollmentPolicyAllows() throws Exception {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().rateLimits(RateLimits.disabled())
        .start()) {
      TenantFixtures f = tenant.fixtures();
      String alice = f.addUser("alice@example.com");
      f.addFactor(alice, "sms", "OKTA", Map.of("phoneNumber", "+1-555-0100"));
      f.addFactor(alice, "push", "OKTA", Map.of("name", "Phone", "platform", "IOS"));
      ApiClient client = SdkClients.ssws(tenant, tenant.apiToken(), 0);
      UserFactorApi factors = new UserFactorApi(client);
      assertThat(factors.listFactors(alice)).hasSize(2);

      f.allowFactorTypes(Set.of("push", "webauthn"));

      assertThat(factors.listFactors(alice))
          .extracting(x -> String.valueOf(x.getFactorType())).containsExactly("push");
      f.allowFactorTypes(Set.of("webauthn"));
      assertThat(factors.listFactors(alice)).isEmpty();
    }
  }

  @Test
  void anUnknownFactorTypeInThePolicyIsRefusedWithTheKnownOnes() {
    try (FakeOktaTenant tenant = FakeOktaTenant.start()) {
      assertThatThrownBy(() -> tenant.fixtures().allowFactorTypes(Set.of("totp")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'totp'")
          .hasMessageContaining("token:software:totp");
    }
  }
}
