package dev.governance.okta.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.governance.core.model.AccessMode;
import dev.governance.core.model.AppProtocol;
import dev.governance.core.model.FactorStrength;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.PrivilegeLevel;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;

/** Every value Okta's management API declares maps to a neutral category this version knows. */
class OktaVocabularyOpenApiTest {

  private static final String SPEC = "/okta-openapi/management-minimal.yaml";
  private static JsonNode schemas;

  @BeforeAll
  static void readSpec() throws Exception {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(16 * 1024 * 1024);
    ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder().loaderOptions(options).build());
    try (InputStream in = OktaVocabularyOpenApiTest.class.getResourceAsStream(SPEC)) {
      assertThat(in).as("test resource %s", SPEC).isNotNull();
      schemas = yaml.readTree(in).path("components").path("schemas");
    }
  }

  private static List<String> values(String schema) {
    List<String> values = new ArrayList<>();
    schemas.path(schema).path("enum").forEach(v -> values.add(v.asText()));
    assertThat(values).as("enum of schema %s", schema).isNotEmpty();
    return values;
  }

  @Test
  void everyUserStatusHasACategory() {
    assertThat(values("UserStatus")).allSatisfy(
        v -> assertThat(OktaVocabulary.identityStatus(v)).as(v).isNotEqualTo(IdentityStatus.UNKNOWN));
    assertThat(OktaVocabulary.identityStatus("DEPROVISIONED")).isEqualTo(IdentityStatus.DEACTIVATED);
    assertThat(OktaVocabulary.identityStatus("LOCKED_OUT")).isEqualTo(IdentityStatus.LOCKED);
    assertThat(OktaVocabulary.identityStatus("STAGED")).isEqualTo(IdentityStatus.PENDING);
    assertThat(OktaVocabulary.identityStatus("ARCHIVED")).isEqualTo(IdentityStatus.UNKNOWN);
  }

  @Test
  void everySignOnModeHasAProtocol() {
    assertThat(values("ApplicationSignOnMode")).allSatisfy(
        v -> assertThat(OktaVocabulary.protocol(v)).as(v).isNotEqualTo(AppProtocol.UNKNOWN));
    assertThat(OktaVocabulary.protocol("BROWSER_PLUGIN")).isEqualTo(AppProtocol.PASSWORD_VAULT);
    assertThat(OktaVocabulary.protocol(null)).isEqualTo(AppProtocol.UNKNOWN);
  }

  @Test
  void everyFactorTypeButTheProviderChosenWebFactorHasAStrength() {
    assertThat(values("UserFactorType")).filteredOn(v -> !v.equals("web")).allSatisfy(
        v -> assertThat(OktaVocabulary.strength(v)).as(v).isNotEqualTo(FactorStrength.UNKNOWN));
    assertThat(OktaVocabulary.strength("webauthn")).isEqualTo(FactorStrength.PHISHING_RESISTANT);
    assertThat(OktaVocabulary.strength("token:software:totp")).isEqualTo(FactorStrength.OTP);
    assertThat(OktaVocabulary.strength("sms")).isEqualTo(FactorStrength.OUT_OF_BAND);
    assertThat(OktaVocabulary.strength("web")).isEqualTo(FactorStrength.UNKNOWN);
  }

  @Test
  void everyRoleTypeHasAPrivilegeLevelAndOnlyTheSuperAdminAdministersTheWholeOrg() {
    assertThat(values("RoleType")).allSatisfy(
        v -> assertThat(OktaVocabulary.privilege(v)).as(v).isNotEqualTo(PrivilegeLevel.UNKNOWN));
    assertThat(values("RoleType")).filteredOn(v -> OktaVocabulary.privilege(v) == PrivilegeLevel.TENANT_ADMIN)
        .containsExactly("SUPER_ADMIN");
    assertThat(values("RoleType")).filteredOn(v -> OktaVocabulary.privilege(v) == PrivilegeLevel.READ_ONLY_ADMIN)
        .containsExactlyInAnyOrder("READ_ONLY_ADMIN", "REPORT_ADMIN");
    assertThat(OktaVocabulary.privilege("CUSTOM")).isEqualTo(PrivilegeLevel.CUSTOM);
    assertThat(OktaVocabulary.privilege("NEW_ADMIN")).isEqualTo(PrivilegeLevel.UNKNOWN);
  }

  @Test
  void manageScopesWriteReadScopesReadAndOthersAreNotGuessed() {
    assertThat(OktaVocabulary.scopeAccess("okta.users.manage")).isEqualTo(AccessMode.WRITE);
    assertThat(OktaVocabulary.scopeAccess("okta.users.manage.self")).isEqualTo(AccessMode.WRITE);
    assertThat(OktaVocabulary.scopeAccess("okta.logs.read")).isEqualTo(AccessMode.READ);
    assertThat(OktaVocabulary.scopeAccess("okta.users.read.self")).isEqualTo(AccessMode.READ);
    assertThat(OktaVocabulary.scopeAccess("openid")).isEqualTo(AccessMode.UNKNOWN);
  }
}
