package dev.governance.testkit.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okta.sdk.resource.api.ApplicationSsoCredentialKeyApi;
import com.okta.sdk.resource.api.SystemLogApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.JsonWebKey;
import java.math.BigInteger;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** okta-sdk-java 24.0.0's typed signing key API generates, lists and reads app keys as Okta does. */
class AppKeysTest {
  FakeOktaTenant tenant;
  ApiClient client;
  ApplicationSsoCredentialKeyApi keys;

  @BeforeEach
  void start() {
    tenant = FakeOktaTenant.builder().rateLimits(RateLimits.disabled()).start();
    client = SdkClients.ssws(tenant, tenant.apiToken(), 0);
    keys = new ApplicationSsoCredentialKeyApi(client);
  }

  @AfterEach
  void stop() {
    tenant.close();
  }

  @Test
  void aGeneratedKeyIsAnRsaSigningKeyListedAndReadByItsKid() throws Exception {
    String crm = tenant.fixtures().addApp("CRM", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE);

    JsonWebKey key = keys.generateApplicationKey(crm, 2);

    assertThat(key.getKty()).isEqualTo("RSA");
    assertThat(key.getUse()).isEqualTo("sig");
    assertThat(new BigInteger(1, Base64.getUrlDecoder().decode(key.getN())).bitLength()).isEqualTo(2048);
    assertThat(ChronoUnit.DAYS.between(key.getCreated(), key.getExpiresAt())).isEqualTo(730);
    assertThat(keys.listApplicationKeys(crm)).extracting(JsonWebKey::getKid).containsExactly(key.getKid());
    assertThat(keys.getApplicationKey(crm, key.getKid()).getN()).isEqualTo(key.getN());
    assertThat(new SystemLogApi(client).listLogEvents(null, null, null, "eventType eq \"app.keys.generate\"",
        null, 10, null)).hasSize(1);
  }

  @Test
  void aValidityOutsideTwoToTenYearsAndAnUnknownKidAreRefused() throws Exception {
    String crm = tenant.fixtures().addApp("CRM", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE);

    assertThatThrownBy(() -> keys.generateApplicationKey(crm, 11)).isInstanceOfSatisfying(ApiException.class,
        e -> {
          assertThat(e.getCode()).isEqualTo(400);
          assertThat(e.getResponseBody()).contains("E0000001").contains("2 - 10 years");
        });
    assertThatThrownBy(() -> keys.generateApplicationKey(crm, 1)).isInstanceOf(ApiException.class);
    assertThatThrownBy(() -> keys.getApplicationKey(crm, "nope")).isInstanceOfSatisfying(ApiException.class,
        e -> assertThat(e.getCode()).isEqualTo(404));
    assertThat(keys.listApplicationKeys(crm)).isEmpty();
  }
}
