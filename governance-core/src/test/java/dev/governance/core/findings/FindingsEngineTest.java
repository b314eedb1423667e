package dev.governance.core.findings;

import static dev.governance.core.findings.TestTenant.CLOCK;
import static dev.governance.core.findings.TestTenant.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FindingsEngineTest {

  @Test
  void aCleanTenantHasNoFindingsAndEveryRuleIsEvaluated() {
    FindingsReport report = TestTenant.clean().evaluate();

    assertThat(report.findings()).isEmpty();
    assertThat(report.outcomes()).extracting(RuleOutcome::ruleId).containsExactlyElementsOf(BuiltInRules.ids());
    assertThat(report.outcomes()).allSatisfy(o -> assertThat(o.status()).isEqualTo(RuleOutcome.Status.EVALUATED));
    assertThat(report.gaps()).isEmpty();
    assertThat(report.asOf()).isEqualTo(NOW);
  }

  @Test
  void aRuleWhoseInputCouldNotBeReadIsSkippedAndSaysWhichPermissionIsMissing() {
    FindingsReport report = TestTenant.clean()
        .coverage(InventoryCollection.AUTH_FACTORS,
            Coverage.refused("missing okta.users.read", Set.of("okta.users.read")))
        .evaluate();

    RuleOutcome mfa = report.outcome(BuiltInRules.ADMIN_WITHOUT_MFA).orElseThrow();
    assertThat(mfa.status()).isEqualTo(RuleOutcome.Status.SKIPPED);
    assertThat(mfa.describe())
        .isEqualTo("admin-without-mfa: not evaluated, AUTH_FACTORS unavailable: missing okta.users.read");
    assertThat(report.gaps()).containsExactly(mfa);
  }

  @Test
  void anUnavailableCollectionKeepsItsReasonNextToTheMissingPermissions() {
    FindingsReport report = TestTenant.clean()
        .coverage(InventoryCollection.API_TOKENS, Coverage.refused("403 E0000006", Set.of("okta.apiTokens.read")))
        .evaluate();

    assertThat(report.outcome(BuiltInRules.API_TOKEN_UNRESTRICTED_NETWORK).orElseThrow().reasons())
        .containsExactly("API_TOKENS unavailable: missing okta.apiTokens.read (403 E0000006)");
  }

  @Test
  void factorsReadForAdminsOnlyStillLetTheMfaRuleRunAndTheOutcomeSaysSo() {
    FindingsReport report = TestTenant.clean()
        .user("u-erin").role("u-erin", "SUPER_ADMIN")
        .coverage(InventoryCollection.AUTH_FACTORS, Coverage.partial("factors read for admins only", Coverage.Cause.BY_DESIGN))
        .evaluate();

    RuleOutcome mfa = report.outcome(BuiltInRules.ADMIN_WITHOUT_MFA).orElseThrow();
    assertThat(mfa.status()).isEqualTo(RuleOutcome.Status.PARTIAL);
    assertThat(mfa.findingCount()).isEqualTo(1);
    assertThat(mfa.describe())
        .isEqualTo("admin-without-mfa: partly evaluated, 1 finding, AUTH_FACTORS partial: factors read for admins only");
    assertThat(report.byRule(BuiltInRules.ADMIN_WITHOUT_MFA)).hasSize(1);
  }

  @Test
  void aRuleThatNeedsACompleteCollectionIsSkippedWhenItIsPartial() {
    FindingsReport report = TestTenant.clean()
        .group("g-empty", "Nobody").groupApp("g-empty", "a-github")
        .coverage(InventoryCollection.MEMBERSHIPS, Coverage.partial("group g-big truncated", Coverage.Cause.FAULT))
        .evaluate();

    RuleOutcome empty = report.outcome(BuiltInRules.APP_ASSIGNED_TO_EMPTY_GROUP).orElseThrow();
    assertThat(empty.status()).isEqualTo(RuleOutcome.Status.SKIPPED);
    assertThat(empty.reasons()).containsExactly("MEMBERSHIPS partial: group g-big truncated");
    assertThat(report.byRule(BuiltInRules.APP_ASSIGNED_TO_EMPTY_GROUP)).isEmpty();
    assertThat(report.outcome(BuiltInRules.DORMANT_IDENTITY_APP_ACCESS).orElseThrow().status())
        .isEqualTo(RuleOutcome.Status.PARTIAL);
  }

  @Test
  void anOptionalCollectionNotRequestedMakesTheOutcomePartial() {
    FindingsReport report = TestTenant.clean()
        .coverage(InventoryCollection.MEMBERSHIPS, Coverage.notRequested())
        .evaluate();

    assertThat(report.outcome(BuiltInRules.SUPER_ADMINS_OVER_THRESHOLD).orElseThrow().describe())
        .isEqualTo("super-admins-over-threshold: partly evaluated, 0 findings, MEMBERSHIPS not requested");
  }

  @Test
  void findingsAreOrderedBySeverityThenRuleThenSubjectWhateverTheInputOrder() {
    TestTenant tenant = TestTenant.clean()
        .user("u-zed", IdentityStatus.DEACTIVATED, TestTenant.daysAgo(5)).directApp("u-zed", "a-github")
        .user("u-amy", IdentityStatus.DEACTIVATED, TestTenant.daysAgo(5)).directApp("u-amy", "a-github")
        .user("u-sam", IdentityStatus.SUSPENDED, TestTenant.daysAgo(5)).member("u-sam", "g-eng")
        .user("u-old", IdentityStatus.ACTIVE, TestTenant.daysAgo(200)).member("u-old", "g-eng")
        .user("u-erin").role("u-erin", "APP_ADMIN");

    FindingsReport first = tenant.evaluate();
    FindingsReport second = tenant.evaluate();

    assertThat(first.findings()).extracting(Finding::id).containsExactly(
        "admin-without-mfa:identity:u-erin",
        "deprovisioned-or-suspended-app-access:identity:u-sam",
        "deprovisioned-or-suspended-app-access:identity:u-amy",
        "deprovisioned-or-suspended-app-access:identity:u-zed",
        "dormant-identity-app-access:identity:u-old",
        "direct-assignment-bypasses-groups:application:a-github");
    assertThat(first.findings()).extracting(Finding::severity).isSortedAccordingTo(
        java.util.Comparator.reverseOrder());
    assertThat(second.findings()).isEqualTo(first.findings());
    assertThat(first.counts()).containsEntry(Severity.HIGH, 2).containsEntry(Severity.MEDIUM, 3)
        .containsEntry(Severity.LOW, 1).containsEntry(Severity.CRITICAL, 0);
    assertThat(first.atLeast(Severity.HIGH)).hasSize(2);
  }

  @Test
  void aDisabledRuleDoesNotRunAndItsOutcomeSaysSo() {
    FindingsConfig config = FindingsConfig.builder().disable(BuiltInRules.DORMANT_IDENTITY_APP_ACCESS).build();
    FindingsReport report = TestTenant.clean()
        .user("u-old", IdentityStatus.ACTIVE, TestTenant.daysAgo(200)).member("u-old", "g-eng")
        .evaluate(config);

    assertThat(report.findings()).isEmpty();
    assertThat(report.outcome(BuiltInRules.DORMANT_IDENTITY_APP_ACCESS).orElseThrow().describe())
        .isEqualTo("dormant-identity-app-access: disabled");
    assertThat(report.gaps()).isEmpty();
  }

  @Test
  void aSeverityOverrideReplacesWhatTheRuleReports() {
    FindingsConfig config =
        FindingsConfig.builder().severity(BuiltInRules.DORMANT_IDENTITY_APP_ACCESS, Severity.LOW).build();
    FindingsReport report = TestTenant.clean()
        .user("u-old", IdentityStatus.ACTIVE, TestTenant.daysAgo(200)).member("u-old", "g-eng")
        .evaluate(config);

    assertThat(report.findings()).singleElement().extracting(Finding::severity).isEqualTo(Severity.LOW);
  }

  @Test
  void configurationThatNamesAnUnknownRuleFailsWhenTheEngineIsBuilt() {
    FindingsConfig config = FindingsConfig.builder().disable("no-such-rule").build();

    assertThatThrownBy(() -> TestTenant.engine(config))
        .isInstanceOfSatisfying(InvalidConfigurationException.class,
            e -> assertThat(e.setting()).isEqualTo("disabledRules"))
        .hasMessageContaining("'no-such-rule'")
        .hasMessageContaining(BuiltInRules.ADMIN_WITHOUT_MFA);
  }

  @Test
  void aRuleThatThrowsIsReportedAsFailedWhileTheOtherRulesStillRun() {
    FindingRule broken = new TestRules.Fixed("broken", List.of()) {
      @Override
      public List<Finding> evaluate(FindingContext context) {
        throw new IllegalStateException("boom");
      }
    };
    FindingsEngine engine = FindingsEngine.builder().serviceLoader(false).clock(CLOCK).register(broken).build();
    FindingsReport report = engine.evaluate(TestTenant.clean()
        .user("u-old", IdentityStatus.ACTIVE, TestTenant.daysAgo(200)).member("u-old", "g-eng").snapshot());

    assertThat(report.outcome("broken").orElseThrow().describe())
        .isEqualTo("broken: failed, IllegalStateException: boom");
    assertThat(report.findings()).extracting(Finding::ruleId).containsExactly(BuiltInRules.DORMANT_IDENTITY_APP_ACCESS);
  }

  @Test
  void aRuleThatReportsUnderAnotherIdFails() {
    Finding foreign = TestRules.finding("someone-else", "u-alice");
    FindingsEngine engine = FindingsEngine.builder().builtInRules(false).serviceLoader(false).clock(CLOCK)
        .register(new TestRules.Fixed("mine", List.of(foreign))).build();

    FindingsReport report = engine.evaluate(TestTenant.clean().snapshot());

    assertThat(report.outcome("mine").orElseThrow().status()).isEqualTo(RuleOutcome.Status.FAILED);
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void rulesJudgeAgainstTheInjectedClockNotTheSystemClock() {
    Snapshot snapshot = TestTenant.clean()
        .user("u-old", IdentityStatus.ACTIVE, TestTenant.daysAgo(60)).member("u-old", "g-eng").snapshot();
    FindingsEngine now = TestTenant.engine(FindingsConfig.defaults());
    FindingsEngine later = FindingsEngine.builder().serviceLoader(false)
        .clock(java.time.Clock.offset(CLOCK, java.time.Duration.ofDays(31))).build();

    assertThat(now.evaluate(snapshot).findings()).isEmpty();
    FindingsReport report = later.evaluate(snapshot);
    assertThat(report.asOf()).isEqualTo(NOW.plus(java.time.Duration.ofDays(31)));
    assertThat(report.findings()).extracting(f -> f.subject().id()).containsExactly("u-old");
  }

  @Test
  void findingIdsAreStableAndNameRuleKindAndSubject() {
    Finding f = TestRules.finding("r", "u-1");
    assertThat(f.id()).isEqualTo("r:identity:u-1");
    assertThat(f.subject()).isEqualTo(new Subject(EntityKind.IDENTITY, "u-1", "u-1"));
  }
}
