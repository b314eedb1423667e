package dev.governance.core.findings;

import static dev.governance.core.findings.TestTenant.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.Application;
import dev.governance.core.model.ApplicationStatus;
import dev.governance.core.model.Attributes;
import dev.governance.core.model.GroupType;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.AppProtocol;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationRulesTest {

  private static Application app(String id, String label, ApplicationStatus status) {
    return new Application(id, label, label, status, AppProtocol.SAML, "SAML_2_0", null, null, false, Attributes.empty());
  }

  @Test
  void anApplicationGrantedManageScopesIsHighAndListsThem() {
    FindingsReport report = TestTenant.clean()
        .scope("a-report", "okta.users.manage").scope("a-report", "okta.groups.manage")
        .evaluate();

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(BuiltInRules.OAUTH_APP_MANAGE_SCOPES);
      assertThat(f.severity()).isEqualTo(Severity.HIGH);
      assertThat(f.subject().displayName()).isEqualTo("Reporting service");
      assertThat(f.evidence().facts()).containsEntry("scopes", List.of("okta.groups.manage", "okta.users.manage"));
      assertThat(f.title()).isEqualTo("Reporting service may change the tenant through okta.groups.manage, okta.users.manage");
    });
  }

  @Test
  void manageScopesOfAnInactiveApplicationAreMedium() {
    FindingsReport report = TestTenant.clean()
        .entity(app("a-old", "Old sync", ApplicationStatus.INACTIVE)).scope("a-old", "okta.apps.manage")
        .evaluate();

    assertThat(report.byRule(BuiltInRules.OAUTH_APP_MANAGE_SCOPES)).singleElement()
        .extracting(Finding::severity).isEqualTo(Severity.MEDIUM);
  }

  @Test
  void directAssignmentsNextToGroupAssignmentsAreLowAndToldApartFromRedundantOnes() {
    FindingsReport report = TestTenant.clean()
        .directApp("u-alice", "a-github").directApp("u-bob", "a-github")
        .app("a-wiki", "Wiki").directApp("u-alice", "a-wiki")
        .evaluate();

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(BuiltInRules.DIRECT_ASSIGNMENT_BYPASSES_GROUPS);
      assertThat(f.severity()).isEqualTo(Severity.LOW);
      assertThat(f.subject().id()).isEqualTo("a-github");
      assertThat(f.evidence().facts()).containsEntry("groups", List.of("Engineering"));
      assertThat(f.evidence().facts()).containsEntry("onlyDirect", List.of("alice@example.com"));
      assertThat(f.evidence().facts()).containsEntry("alsoThroughGroup", List.of("bob@example.com"));
    });
  }

  @Test
  void anApplicationAssignedToAGroupWithoutMembersIsLowButNestedMembersCount() {
    FindingsReport report = TestTenant.clean()
        .group("g-empty", "Nobody").groupApp("g-empty", "a-github")
        .group("g-parent", "Parent").nested("g-eng", "g-parent").groupApp("g-parent", "a-github")
        .evaluate();

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(BuiltInRules.APP_ASSIGNED_TO_EMPTY_GROUP);
      assertThat(f.severity()).isEqualTo(Severity.LOW);
      assertThat(f.subject().id()).isEqualTo("a-github");
      assertThat(f.evidence().facts()).containsEntry("emptyGroups", List.of("Nobody"));
    });
  }

  @Test
  void anActiveApplicationNobodyWhoCanSignInReachesIsLow() {
    FindingsReport report = TestTenant.clean()
        .app("a-none", "Unassigned")
        .app("a-gone", "Leavers only").user("u-gone", IdentityStatus.DEACTIVATED, daysAgo(1))
        .group("g-gone", "Leavers").member("u-gone", "g-gone").groupApp("g-gone", "a-gone")
        .evaluate();

    assertThat(report.byRule(BuiltInRules.ACTIVE_APP_WITHOUT_USERS)).extracting(f -> f.subject().id())
        .containsExactly("a-gone", "a-none");
    assertThat(report.byRule(BuiltInRules.ACTIVE_APP_WITHOUT_USERS)).allSatisfy(
        f -> assertThat(f.severity()).isEqualTo(Severity.LOW));
    assertThat(report.byRule(BuiltInRules.ACTIVE_APP_WITHOUT_USERS).get(0).evidence().text())
        .isEqualTo("Leavers only is active but none of its assignments (0 identities, 1 group) reaches anyone"
            + " who can sign in.");
  }

  @Test
  void inactiveServiceAndDirectoryApplicationsAreNotReportedAsUnused() {
    FindingsReport report = TestTenant.clean()
        .entity(app("a-off", "Switched off", ApplicationStatus.INACTIVE))
        .app("a-ad", "Active Directory")
        .entity(new dev.governance.core.model.Group("g-ad", "AD staff", null, GroupType.APPLICATION_SOURCED, "a-ad",
            null, null, null, Attributes.empty()))
        .evaluate();

    assertThat(report.findings()).isEmpty();
  }
}
