package dev.governance.core.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.AccessMode;
import dev.governance.core.model.ConsentSource;
import dev.governance.core.model.FactorStatus;
import dev.governance.core.model.Grant;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.PrivilegeLevel;
import dev.governance.core.model.Provenance;
import dev.governance.core.model.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A rule that meets a fact the connector did not provide says so instead of passing silently. */
class UnknownFactsTest {

  @Test
  void aCleanTenantWhoseFactsAreAllKnownIsEvaluatedInFull() {
    FindingsReport report = TestTenant.clean().evaluate();

    assertThat(report.outcomes()).allSatisfy(o -> assertThat(o.status())
        .as(o.describe()).isEqualTo(RuleOutcome.Status.EVALUATED));
  }

  @Test
  void rolesWithoutAPrivilegeLevelMakeTheTenantAdminRulesPartialNamingThem() {
    FindingsReport report = TestTenant.clean()
        .entity(new Role("owner", "Owner", PrivilegeLevel.UNKNOWN, "owner", Set.of(), null))
        .role("u-dave", "owner").role("u-carol", "owner")
        .evaluate();

    RuleOutcome threshold = report.outcome(BuiltInRules.SUPER_ADMINS_OVER_THRESHOLD).orElseThrow();
    assertThat(threshold.status()).isEqualTo(RuleOutcome.Status.PARTIAL);
    assertThat(threshold.reasons()).containsExactly("1 role has no privilege level from the connector"
        + " (UNKNOWN), held by 2 principals: their holders were not counted as tenant admins");
    assertThat(report.outcome(BuiltInRules.ADMIN_WITHOUT_MFA).orElseThrow().status())
        .isEqualTo(RuleOutcome.Status.PARTIAL);
  }

  @Test
  void aRoleTheSnapshotDoesNotDescribeHasAnUnknownLevelEvenIfItsIdLooksLikeAProvidersType() {
    FindingsReport report = TestTenant.clean()
        .role("u-dave", "SUPER_ADMIN_2").factor("u-dave", FactorStatus.ACTIVE)
        .evaluate();

    assertThat(report.outcome(BuiltInRules.SUPER_ADMINS_OVER_THRESHOLD).orElseThrow().reasons())
        .singleElement().asString().startsWith("1 role has no privilege level");
  }

  @Test
  void anIdentityWithoutAStatusCategoryIsNotJudgedAndTheOutcomeSaysSo() {
    FindingsReport report = TestTenant.clean()
        .user("u-erin", IdentityStatus.UNKNOWN, TestTenant.daysAgo(400)).member("u-erin", "g-eng")
        .evaluate();

    assertThat(report.findings()).isEmpty();
    RuleOutcome suspended = report.outcome(BuiltInRules.DEPROVISIONED_OR_SUSPENDED_APP_ACCESS).orElseThrow();
    assertThat(suspended.status()).isEqualTo(RuleOutcome.Status.PARTIAL);
    assertThat(suspended.reasons()).containsExactly("1 identity has no status category from the connector"
        + " (UNKNOWN): their application access was not judged");
    assertThat(report.outcome(BuiltInRules.DORMANT_IDENTITY_APP_ACCESS).orElseThrow().status())
        .isEqualTo(RuleOutcome.Status.PARTIAL);
  }

  @Test
  void aScopeGrantWithoutAnAccessModeIsNotTakenForAWriteAndTheOutcomeSaysSo() {
    FindingsReport report = TestTenant.clean()
        .grant(new Grant.ScopeGrant("a-report", "okta.users.manage", AccessMode.UNKNOWN, "https://x", null,
            ConsentSource.ADMIN, null, null, Provenance.direct()))
        .evaluate();

    assertThat(report.byRule(BuiltInRules.OAUTH_APP_MANAGE_SCOPES)).isEmpty();
    assertThat(report.outcome(BuiltInRules.OAUTH_APP_MANAGE_SCOPES).orElseThrow().reasons())
        .containsExactly("1 scope grant has no access mode from the connector (UNKNOWN): not judged as"
            + " allowing changes");
  }

  @Test
  void aWriteScopeIsJudgedByTheConnectorsAccessModeNotByItsName() {
    FindingsReport report = TestTenant.clean()
        .grant(new Grant.ScopeGrant("a-report", "directory:write", AccessMode.WRITE, "https://x", null,
            ConsentSource.ADMIN, null, null, Provenance.direct()))
        .evaluate();

    assertThat(report.byRule(BuiltInRules.OAUTH_APP_MANAGE_SCOPES)).singleElement()
        .satisfies(f -> assertThat(f.evidence().text()).contains("directory:write"));
  }
}
