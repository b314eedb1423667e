package dev.governance.core.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.AccessMode;
import dev.governance.core.model.AppProtocol;
import dev.governance.core.model.Application;
import dev.governance.core.model.ApplicationStatus;
import dev.governance.core.model.Attributes;
import dev.governance.core.model.AuthFactor;
import dev.governance.core.model.ConsentSource;
import dev.governance.core.model.FactorStatus;
import dev.governance.core.model.FactorStrength;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Identity;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.PrivilegeLevel;
import dev.governance.core.model.Provenance;
import dev.governance.core.model.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The built-in rules judge a tenant that speaks none of Okta's vocabulary, as another provider's
 * connector would map it: only the neutral categories count.
 */
class AnyProviderFindingsTest {

  private static Identity user(String id, IdentityStatus status, String rawStatus) {
    return new Identity(id, id + "@corp.example", null, null, status, rawStatus, TestTenant.daysAgo(400),
        TestTenant.daysAgo(400), TestTenant.daysAgo(1), null, Attributes.empty());
  }

  private static TestTenant tenant() {
    return new TestTenant()
        .entity(user("root", IdentityStatus.ACTIVE, "enabled"))
        .entity(user("ops", IdentityStatus.ACTIVE, "enabled"))
        .entity(user("left", IdentityStatus.DEACTIVATED, "disabled"))
        .entity(user("away", IdentityStatus.SUSPENDED, "on-leave"))
        .entity(new Role("global-admin", "Global Administrator", PrivilegeLevel.TENANT_ADMIN,
            "Global Administrator", Set.of(), null))
        .entity(new Role("helpdesk", "Helpdesk", PrivilegeLevel.SCOPED_ADMIN, "Helpdesk Administrator",
            Set.of(), null))
        .role("root", "global-admin").role("ops", "helpdesk")
        .entity(new AuthFactor("k1", "ops", FactorStrength.PHISHING_RESISTANT, "fido2", null,
            FactorStatus.ACTIVE, null, null))
        .entity(new Application("wiki", "wiki", "Wiki", ApplicationStatus.ACTIVE, AppProtocol.OPENID_CONNECT,
            "oidc", null, null, true, Attributes.empty()))
        .group("staff", "Staff").member("left", "staff").member("away", "staff").member("ops", "staff")
        .groupApp("staff", "wiki")
        .grant(new Grant.ScopeGrant("wiki", "Directory.ReadWrite.All", AccessMode.WRITE, "https://login.example",
            null, ConsentSource.ADMIN, null, null, Provenance.direct()));
  }

  @Test
  void aTenantAdminWithoutMfaIsCriticalWhateverTheProviderCallsItsRole() {
    FindingsReport report = tenant().evaluate();

    assertThat(report.byRule(BuiltInRules.ADMIN_WITHOUT_MFA)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
      assertThat(f.subject().id()).isEqualTo("root");
    });
    assertThat(report.outcome(BuiltInRules.ADMIN_WITHOUT_MFA).orElseThrow().status())
        .isEqualTo(RuleOutcome.Status.EVALUATED);
  }

  @Test
  void deactivatedAndSuspendedIdentitiesAreFoundByTheirCategoryNotTheirRawStatus() {
    FindingsReport report = tenant().evaluate();

    assertThat(report.byRule(BuiltInRules.DEPROVISIONED_OR_SUSPENDED_APP_ACCESS))
        .extracting(f -> f.subject().id()).containsExactlyInAnyOrder("left", "away");
  }

  @Test
  void aWriteScopeIsFoundByItsAccessModeWhateverItsName() {
    FindingsReport report = tenant().evaluate();

    assertThat(report.byRule(BuiltInRules.OAUTH_APP_MANAGE_SCOPES)).singleElement()
        .satisfies(f -> assertThat(f.title()).contains("Directory.ReadWrite.All"));
  }
}
