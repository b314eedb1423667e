package dev.governance.core.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.AssignmentStatus;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.FactorStatus;
import dev.governance.core.model.Grant;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.Provenance;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdminRulesTest {

  private static final String SUPER = BuiltInRules.SUPER_ADMINS_OVER_THRESHOLD;
  private static final String MFA = BuiltInRules.ADMIN_WITHOUT_MFA;

  @Test
  void moreSuperAdminsThanTheThresholdIsOneFindingAboutTheRoleCountingGroupsToo() {
    FindingsReport report = TestTenant.clean()
        .user("u-erin").factor("u-erin", FactorStatus.ACTIVE)
        .group("g-ops", "Ops").member("u-erin", "g-ops").member("u-dave", "g-ops").groupRole("g-ops", "SUPER_ADMIN")
        .factor("u-dave", FactorStatus.ACTIVE)
        .evaluate();

    assertThat(report.byRule(SUPER)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.HIGH);
      assertThat(f.subject().kind()).isEqualTo(EntityKind.ROLE);
      assertThat(f.subject().id()).isEqualTo("SUPER_ADMIN");
      assertThat(f.title()).isEqualTo("4 super admins, more than the threshold of 3");
      assertThat(f.evidence().facts()).containsEntry("superAdmins", 4L);
      assertThat(f.evidence().facts()).containsEntry("identities", List.of(
          "alice@example.com (direct)", "bob@example.com (direct)", "dave@example.com (via group Ops)",
          "erin@example.com (via group Ops)"));
    });
  }

  @Test
  void theSuperAdminThresholdIsHonoured() {
    assertThat(TestTenant.clean().evaluate().byRule(SUPER)).isEmpty();
    FindingsConfig one = FindingsConfig.builder().superAdminThreshold(1).build();
    assertThat(TestTenant.clean().evaluate(one).byRule(SUPER)).singleElement()
        .extracting(Finding::title).isEqualTo("2 super admins, more than the threshold of 1");
    FindingsConfig two = FindingsConfig.builder().superAdminThreshold(2).build();
    assertThat(TestTenant.clean().evaluate(two).byRule(SUPER)).isEmpty();
  }

  @Test
  void superAdminsWhoCannotSignInAreListedButNotCounted() {
    FindingsConfig one = FindingsConfig.builder().superAdminThreshold(1).build();
    FindingsReport report = TestTenant.clean()
        .user("u-gone", IdentityStatus.DEACTIVATED, TestTenant.daysAgo(300)).role("u-gone", "SUPER_ADMIN")
        .evaluate(one);

    assertThat(report.byRule(SUPER)).singleElement().satisfies(f -> {
      assertThat(f.evidence().facts()).containsEntry("superAdmins", 2L);
      assertThat(f.evidence().facts()).containsEntry("unableToSignIn", List.of("gone@example.com (direct)"));
    });
  }

  @Test
  void aServiceApplicationHoldingSuperAdminCounts() {
    FindingsConfig two = FindingsConfig.builder().superAdminThreshold(2).build();
    FindingsReport report = TestTenant.clean()
        .app("a-bot", "Automation bot")
        .grant(new Grant.RoleAssignment(EntityKind.APPLICATION, "a-bot", "SUPER_ADMIN", List.of(), null,
            Provenance.direct()))
        .evaluate(two);

    assertThat(report.byRule(SUPER)).singleElement()
        .satisfies(f -> assertThat(f.evidence().facts()).containsEntry("applications", List.of("Automation bot")));
  }

  @Test
  void anInactiveRoleAssignmentMakesNoSuperAdmin() {
    FindingsConfig one = FindingsConfig.builder().superAdminThreshold(1).build();
    FindingsReport report = TestTenant.clean()
        .app("a-bot", "Automation bot")
        .grant(new Grant.RoleAssignment(EntityKind.APPLICATION, "a-bot", "SUPER_ADMIN", List.of(), null,
            Provenance.direct(), AssignmentStatus.INACTIVE, true, List.of()))
        .user("u-erin").factor("u-erin", FactorStatus.ACTIVE)
        .grant(new Grant.RoleAssignment(EntityKind.IDENTITY, "u-erin", "SUPER_ADMIN", List.of(), null,
            Provenance.direct(), AssignmentStatus.INACTIVE, true, List.of()))
        .evaluate(one);

    assertThat(report.byRule(SUPER)).singleElement()
        .satisfies(f -> assertThat(f.evidence().facts()).containsEntry("superAdmins", 2L));
  }

  @Test
  void anAdminThroughAGroupWithoutAnActiveFactorIsHigh() {
    FindingsReport report = TestTenant.clean()
        .user("u-erin").member("u-erin", "g-admins").factor("u-erin", FactorStatus.PENDING_ACTIVATION)
        .evaluate();

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(MFA);
      assertThat(f.severity()).isEqualTo(Severity.HIGH);
      assertThat(f.subject()).isEqualTo(new Subject(EntityKind.IDENTITY, "u-erin", "erin@example.com"));
      assertThat(f.title()).isEqualTo("Admin erin@example.com has no active MFA factor");
      assertThat(f.evidence().facts())
          .containsEntry("roles", List.of("Application Administrator (via group App admins)"));
      assertThat(f.evidence().facts()).containsEntry("inactiveFactors", List.of("webauthn PENDING_ACTIVATION"));
      assertThat(f.remediation()).contains("enrol");
    });
  }

  @Test
  void aSuperAdminWithoutAnActiveFactorIsCritical() {
    FindingsReport report = TestTenant.clean().user("u-erin").role("u-erin", "SUPER_ADMIN").evaluate();

    assertThat(report.byRule(MFA)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
      assertThat(f.title()).startsWith("Super admin erin@example.com");
    });
  }

  @Test
  void theMfaEvidenceSaysNoFactorIsListedAndThatOnlyEnrolledPolicyAllowedFactorsAreListed() {
    FindingsReport report = TestTenant.clean().user("u-erin").role("u-erin", "SUPER_ADMIN").evaluate();

    assertThat(report.byRule(MFA)).singleElement().satisfies(f -> {
      assertThat(f.evidence().text())
          .contains("no enrolled factor is listed")
          .contains("the provider lists only factors that are enrolled and allowed by its enrollment policy")
          .doesNotContain("has no active MFA factor");
      assertThat(f.evidence().facts()).containsEntry("factorsListed", 0L);
    });
  }

  @Test
  void usersWithoutAdminRolesAndAdminsWhoCannotSignInAreNotAskedForMfa() {
    FindingsReport report = TestTenant.clean()
        .user("u-plain")
        .user("u-gone", IdentityStatus.DEACTIVATED, TestTenant.daysAgo(3)).role("u-gone", "APP_ADMIN")
        .evaluate();

    assertThat(report.byRule(MFA)).isEmpty();
  }
}
