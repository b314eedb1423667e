package dev.governance.testkit.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okta.sdk.resource.api.OrgSettingGeneralApi;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.OrgSetting;
import dev.governance.okta.catalog.OktaBucket;
import org.junit.jupiter.api.Test;

/** okta-sdk-java 24.0.0's typed org settings API reads the tenant's org. */
class OrgSettingsTest {

  @Test
  void theSdkReadsTheOrgSettingsAndAnyAdminMayWhileAWrongTokenMayNot() throws Exception {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().rateLimits(RateLimits.disabled()).start()) {
      OrgSetting org = new OrgSettingGeneralApi(SdkClients.ssws(tenant, tenant.apiToken(), 0)).getOrgSettings();

      assertThat(org.getId()).startsWith("00o");
      assertThat(org.getCompanyName()).isNotBlank();
      assertThat(org.getSubdomain()).isNotBlank();
      assertThat(org.getCreated()).isNotNull();
      assertThat(tenant.journal().entries()).extracting(JournalEntry::bucket).containsOnly(OktaBucket.OTHER);
      assertThatThrownBy(() -> new OrgSettingGeneralApi(SdkClients.ssws(tenant, "00wrong", 0)).getOrgSettings())
          .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(401));
    }
  }
}
