package dev.governance.core.findings;

import static dev.governance.core.findings.TestTenant.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.model.EntityKind;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.SnapshotInfo;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingGroupTest {

  private static final String OFFBOARDED = BuiltInRules.DEPROVISIONED_OR_SUSPENDED_APP_ACCESS;
  private static final String DORMANT = BuiltInRules.DORMANT_IDENTITY_APP_ACCESS;

  /** The clean tenant and {@code n} identities that have not signed in for 200 days but reach GitHub. */
  private static TestTenant withDormant(int n) {
    TestTenant t = TestTenant.clean();
    for (int i = 0; i < n; i++) {
      t.user("u-idle" + i, IdentityStatus.ACTIVE, daysAgo(200)).member("u-idle" + i, "g-eng");
    }
    return t;
  }

  @Test
  void aRuleThatFiresForManyIdentitiesIsOneWidespreadGroupSaidInOneSentence() {
    FindingsReport report = withDormant(30).evaluate();

    FindingGroup group = report.group(DORMANT).orElseThrow();
    assertThat(group.count()).isEqualTo(30);
    assertThat(group.subjects()).isEqualTo(30);
    assertThat(group.population()).isEqualTo(34);
    assertThat(group.subjectKind()).isEqualTo(EntityKind.IDENTITY);
    assertThat(group.summary())
        .isEqualTo("30 of 34 identities have not signed in for 90 days and keep application access");
    assertThat(group.widespread()).isTrue();
    assertThat(group.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(group.bySeverity()).containsExactly(java.util.Map.entry(Severity.CRITICAL, 0),
        java.util.Map.entry(Severity.HIGH, 0), java.util.Map.entry(Severity.MEDIUM, 30),
        java.util.Map.entry(Severity.LOW, 0));
    assertThat(group.findings()).isEqualTo(report.byRule(DORMANT));
    assertThat(group.worst(5)).isEqualTo(report.byRule(DORMANT).subList(0, 5));
  }

  @Test
  void theSummaryFollowsTheConfiguredInactivityAndAgreesWithOneSubject() {
    FindingsReport report = withDormant(2).evaluate(FindingsConfig.builder().inactivityDays(60).build());

    assertThat(report.group(DORMANT).orElseThrow().summary())
        .isEqualTo("2 of 6 identities have not signed in for 60 days and keep application access");
    assertThat(report.group(DORMANT).orElseThrow().widespread()).isFalse();
  }

  @Test
  void aGroupOfOneFindingIsSummarizedByTheFindingsOwnTitle() {
    FindingsReport report = withDormant(1).evaluate();

    FindingGroup group = report.group(DORMANT).orElseThrow();
    assertThat(group.summary()).isEqualTo(group.findings().get(0).title());
  }

  @Test
  void groupsSortMostSevereFirstThenByTheMostSubjects() {
    FindingsReport report = withDormant(3)
        .user("u-away", IdentityStatus.SUSPENDED, daysAgo(5)).member("u-away", "g-eng").evaluate();

    assertThat(report.groups()).extracting(FindingGroup::ruleId).containsExactly(OFFBOARDED, DORMANT);
    assertThat(report.groups()).extracting(FindingGroup::count)
        .containsExactly(1, 3);
    assertThat(report.groups().stream().mapToInt(FindingGroup::count).sum())
        .isEqualTo(report.findings().size());
  }

  @Test
  void aRuleWithoutItsOwnSummaryIsSummarizedByTheShareAndItsTitle() {
    RuleMetadata meta = new RuleMetadata("acme.every-identity", "Identity worth a look", Severity.LOW,
        List.of(RuleInput.read(InventoryCollection.IDENTITIES)));
    FindingRule rule = new FindingRule() {
      @Override
      public RuleMetadata metadata() {
        return meta;
      }

      @Override
      public List<Finding> evaluate(FindingContext context) {
        return context.snapshot().identities().stream().limit(3)
            .map(i -> meta.finding(context.subject(EntityKind.IDENTITY, i.id()), "Look at " + i.login(),
                Evidence.of("It is there."), "Look."))
            .toList();
      }
    };
    FindingsReport report = FindingsEngine.builder().builtInRules(false).serviceLoader(false)
        .clock(TestTenant.CLOCK).register(rule).build().evaluate(TestTenant.clean().snapshot());

    assertThat(report.group("acme.every-identity").orElseThrow().summary())
        .isEqualTo("3 of 4 identities: Identity worth a look");
  }

  @Test
  void aSummaryThatFailsFallsBackToTheShareAndTitle() {
    RuleMetadata meta = new RuleMetadata("acme.broken-summary", "Broken summary", Severity.LOW,
        List.of(RuleInput.read(InventoryCollection.IDENTITIES)));
    FindingRule rule = new FindingRule() {
      @Override
      public RuleMetadata metadata() {
        return meta;
      }

      @Override
      public List<Finding> evaluate(FindingContext context) {
        return context.snapshot().identities().stream().limit(2)
            .map(i -> meta.finding(context.subject(EntityKind.IDENTITY, i.id()), "Look at " + i.login(),
                Evidence.of("It is there."), "Look."))
            .toList();
      }

      @Override
      public String summarize(int subjects, int population, EntityKind kind, FindingsConfig config) {
        throw new IllegalStateException("no summary today");
      }
    };
    FindingsReport report = FindingsEngine.builder().builtInRules(false).serviceLoader(false)
        .clock(TestTenant.CLOCK).register(rule).build().evaluate(TestTenant.clean().snapshot());

    assertThat(report.group("acme.broken-summary").orElseThrow().summary())
        .isEqualTo("2 of 4 identities: Broken summary");
  }

  @Test
  void aReportBuiltOutsideTheEngineGroupsItsFindingsWithoutAPopulation() {
    FindingsReport engine = withDormant(2).evaluate();
    FindingsReport copy = new FindingsReport(new SnapshotInfo("t", "c", Instant.EPOCH, Instant.EPOCH),
        Instant.EPOCH, engine.findings(), engine.outcomes());

    FindingGroup group = copy.group(DORMANT).orElseThrow();
    assertThat(group.population()).isZero();
    assertThat(group.summary()).isEqualTo("2 identities: Dormant identity keeps application access");
    assertThat(group.findings()).isEqualTo(engine.byRule(DORMANT));
  }

  @Test
  void theShareWritesThousandsWithCommasAndAgreesInNumber() {
    assertThat(FindingGroup.share(9_140, 100_000, EntityKind.IDENTITY)).isEqualTo("9,140 of 100,000 identities");
    assertThat(FindingGroup.share(1, 0, EntityKind.API_TOKEN)).isEqualTo("1 API token");
    assertThat(FindingGroup.share(3, 0, EntityKind.APPLICATION)).isEqualTo("3 applications");
    assertThat(FindingGroup.verb(1, "has", "have")).isEqualTo("has");
    assertThat(FindingGroup.verb(2, "has", "have")).isEqualTo("have");
  }

  @Test
  void aGroupNeedsAFinding() {
    assertThatThrownBy(() -> new FindingGroup("r", "t", Severity.LOW, java.util.Map.of(), EntityKind.IDENTITY,
        1, 0, "s", List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
