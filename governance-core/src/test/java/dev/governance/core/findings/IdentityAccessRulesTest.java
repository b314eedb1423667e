package dev.governance.core.findings;

import static dev.governance.core.findings.TestTenant.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.Attributes;
import dev.governance.core.model.Identity;
import dev.governance.core.model.IdentityStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityAccessRulesTest {

  private static final String OFFBOARDED = BuiltInRules.DEPROVISIONED_OR_SUSPENDED_APP_ACCESS;
  private static final String DORMANT = BuiltInRules.DORMANT_IDENTITY_APP_ACCESS;

  @Test
  void aDeprovisionedIdentityWhoseGroupsRestoreAccessOnReactivationIsMediumAndNamesThePaths() {
    FindingsReport report = TestTenant.clean()
        .user("u-gone", IdentityStatus.DEACTIVATED, daysAgo(5))
        .group("g-platform", "Platform").member("u-gone", "g-platform").nested("g-platform", "g-eng")
        .evaluate();

    assertThat(report.byRule(OFFBOARDED)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(OFFBOARDED);
      assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
      assertThat(f.title()).isEqualTo(
          "Deactivated gone@example.com keeps group memberships that restore 1 application on reactivation");
      assertThat(f.evidence().facts())
          .containsEntry("pathsOnReactivation", List.of("GitHub: via group Platform > group Engineering"))
          .containsEntry("groups", List.of("Platform"))
          .containsEntry("throughGroups", 1L)
          .doesNotContainKey("paths");
      assertThat(f.evidence().text()).contains("reaches no application now", "on reactivation");
    });
  }

  @Test
  void aDeprovisionedIdentityWithoutGroupsIsNotReported() {
    FindingsReport report = TestTenant.clean()
        .user("u-gone", IdentityStatus.DEACTIVATED, daysAgo(5)).evaluate();

    assertThat(report.byRule(OFFBOARDED)).isEmpty();
  }

  @Test
  void aSuspendedIdentityStillAssignedIsHigh() {
    FindingsReport report = TestTenant.clean()
        .user("u-away", IdentityStatus.SUSPENDED, daysAgo(5)).member("u-away", "g-eng").evaluate();

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(OFFBOARDED);
      assertThat(f.severity()).isEqualTo(Severity.HIGH);
      assertThat(f.title()).isEqualTo("Suspended away@example.com is still assigned to 1 application");
      assertThat(f.evidence().facts()).containsEntry("paths", List.of("GitHub: via group Engineering"));
    });
  }

  @Test
  void accessToInactiveApplicationsOrNoAccessIsNotReported() {
    FindingsReport report = TestTenant.clean()
        .user("u-gone", IdentityStatus.DEACTIVATED, daysAgo(5))
        .user("u-old", IdentityStatus.ACTIVE, daysAgo(300))
        .entity(new dev.governance.core.model.Application("a-off", "off", "Off", 
            dev.governance.core.model.ApplicationStatus.INACTIVE, dev.governance.core.model.AppProtocol.SAML, "SAML_2_0",
            null, null, false, Attributes.empty()))
        .directApp("u-gone", "a-off").directApp("u-old", "a-off")
        .evaluate();

    assertThat(report.findings()).isEmpty();
  }

  @Test
  void anIdentityIdleLongerThanTheThresholdKeepingAccessIsMedium() {
    TestTenant tenant = TestTenant.clean()
        .user("u-old", IdentityStatus.ACTIVE, daysAgo(60)).member("u-old", "g-eng");

    assertThat(tenant.evaluate().findings()).isEmpty();
    FindingsReport report = tenant.evaluate(FindingsConfig.builder().inactivityDays(45).build());
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(DORMANT);
      assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
      assertThat(f.title()).isEqualTo("old@example.com has not signed in for 60 days but keeps access to 1 application");
      assertThat(f.evidence().facts()).containsEntry("applications", List.of("GitHub"));
      assertThat(f.evidence().facts()).containsEntry("inactivityDays", 45L);
    });
  }

  @Test
  void neverSigningInCountsFromCreation() {
    FindingsReport report = TestTenant.clean()
        .entity(new Identity("u-new", "new@example.com", null, null, IdentityStatus.ACTIVE, daysAgo(10), null, null,
            null, Attributes.empty()))
        .entity(new Identity("u-never", "never@example.com", null, null, IdentityStatus.ACTIVE, daysAgo(120), null,
            null, null, Attributes.empty()))
        .member("u-new", "g-eng").member("u-never", "g-eng")
        .evaluate();

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.subject().id()).isEqualTo("u-never");
      assertThat(f.title()).isEqualTo(
          "never@example.com has never signed in (created 120 days ago) but keeps access to 1 application");
      assertThat(f.evidence().facts()).containsEntry("lastLogin", "never");
    });
  }

  @Test
  void anIdleIdentityWithoutApplicationAccessIsNotReported() {
    FindingsReport report = TestTenant.clean().user("u-old", IdentityStatus.ACTIVE, daysAgo(300)).evaluate();

    assertThat(report.byRule(DORMANT)).isEmpty();
  }

  @Test
  void evidenceListsAreCutAtTheLimitAndCountTheRest() {
    TestTenant tenant = TestTenant.clean().user("u-gone", IdentityStatus.DEACTIVATED, daysAgo(5));
    for (int i = 0; i < 4; i++) {
      tenant.app("a-" + i, "App " + i).directApp("u-gone", "a-" + i);
    }
    FindingsReport report = tenant.evaluate(FindingsConfig.builder().evidenceLimit(2).build());

    assertThat(report.byRule(OFFBOARDED)).singleElement().satisfies(f -> {
      assertThat(f.evidence().facts()).containsEntry("applications", List.of("App 0", "App 1"));
      assertThat(f.evidence().facts()).containsEntry("applicationsOmitted", 2L);
      assertThat(f.evidence().facts()).containsEntry("applicationCount", 4L);
    });
  }
}
