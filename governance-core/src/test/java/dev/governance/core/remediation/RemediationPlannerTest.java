package dev.governance.core.remediation;

import static dev.governance.core.review.ReviewFixture.decide;
import static dev.governance.core.review.ReviewFixture.item;
import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.review.Review;
import dev.governance.core.review.ReviewFixture;
import dev.governance.core.review.Verdict;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.spi.AccessLevel;
import dev.governance.core.spi.ActionAccess;
import dev.governance.core.spi.LifecycleAction;
import dev.governance.core.spi.Preflight;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RemediationPlannerTest {

  private final Snapshot snapshot = ReviewFixture.snapshot();

  static Preflight allowed() {
    Map<LifecycleAction.Kind, ActionAccess> actions = new EnumMap<>(LifecycleAction.Kind.class);
    for (LifecycleAction.Kind k : LifecycleAction.Kind.values()) {
      actions.put(k, ActionAccess.allowed());
    }
    return new Preflight("admin", Map.of(), actions, AccessLevel.LIFECYCLE, List.of(), 0);
  }

  static Preflight readOnly() {
    Map<LifecycleAction.Kind, ActionAccess> actions = new EnumMap<>(LifecycleAction.Kind.class);
    actions.put(LifecycleAction.Kind.REMOVE_MEMBERSHIP,
        new ActionAccess.Denied("read only", Set.of("okta.groups.manage"), Set.of()));
    actions.put(LifecycleAction.Kind.UNASSIGN_APPLICATION,
        new ActionAccess.Denied("read only", Set.of("okta.apps.manage"), Set.of()));
    return new Preflight("auditor", Map.of(), actions, AccessLevel.READ_ONLY, List.of(), 0);
  }

  private Review decided(String... revoked) {
    Review review = ReviewFixture.review(snapshot);
    List<dev.governance.core.review.Decision> ds = new java.util.ArrayList<>();
    for (int i = 0; i < revoked.length; i += 2) {
      ds.add(decide(item(revoked[i], revoked[i + 1]), Verdict.REVOKE));
    }
    ds.add(decide(item("u3", "a-git"), Verdict.KEEP));
    return review.decide(ds, false);
  }

  @Test
  void aDirectAndGroupAccessLosesTheMembershipFirstWithItsSideEffectsThenTheAssignment() {
    RemediationPlan plan = RemediationPlanner.plan(decided("u1", "a-crm"), snapshot, "000001-s", allowed(),
        ReviewFixture.CLOCK);

    assertThat(plan.steps()).extracting(PlanStep::action).containsExactly(
        new LifecycleAction.RemoveMembership("u1", "g-sales"), new LifecycleAction.UnassignApplication("u1", "a-crm"));
    assertThat(plan.steps().get(0).sideEffects()).containsExactly("also loses application Wiki");
    assertThat(plan.steps().get(1).dependsOn()).containsExactly("s1");
    assertThat(plan.steps().get(1).waitsFor()).isEmpty();
    assertThat(plan.items()).singleElement().satisfies(i -> {
      assertThat(i.resolution()).isEqualTo(PlanItem.Resolution.AUTOMATIC);
      assertThat(i.stepIds()).containsExactly("s1", "s2");
    });
    assertThat(plan.allowed()).isTrue();
  }

  @Test
  void anImportedGroupABuiltInGroupAndARuleManagedMembershipNeedAPersonAndSayWhatToChange() {
    RemediationPlan plan = RemediationPlanner.plan(decided("u2", "a-vpn", "u2", "a-chat", "u2", "a-git"), snapshot,
        "000001-s", allowed(), ReviewFixture.CLOCK);

    assertThat(plan.steps()).isEmpty();
    assertThat(plan.items()).allSatisfy(i -> assertThat(i.resolution()).isEqualTo(PlanItem.Resolution.NEEDS_PERSON));
    assertThat(plan.items().get(0).manual().get(0).where()).contains("Active Directory");
    assertThat(plan.items().get(1).manual().get(0).what()).contains("Everyone is built in");
    assertThat(plan.items().get(2).manual().get(0)).satisfies(m -> {
      assertThat(m.what()).contains("user.department==\"Eng\"").contains("exceptions");
      assertThat(m.where()).isEqualTo("group rule Engineering by department");
    });
  }

  @Test
  void aMembershipOfARuleGroupThatTheRuleDoesNotMatchIsRemovedByHand() {
    var b = ReviewFixture.builder();
    ReviewFixture.member(b, "u1", "g-eng");
    Snapshot s = b.build();
    Review review = ReviewFixture.review(s).decide(List.of(decide(item("u1", "a-git"), Verdict.REVOKE)), false);

    RemediationPlan plan = RemediationPlanner.plan(review, s, "000001-s", allowed(), ReviewFixture.CLOCK);

    assertThat(plan.steps()).extracting(PlanStep::action)
        .containsExactly(new LifecycleAction.RemoveMembership("u1", "g-eng"));
  }

  @Test
  void aMembershipWhoseProvenanceNamesARuleIsTheRulesEvenWhereTheProfileDoesNotMatch() {
    var b = ReviewFixture.builder();
    b.grant(new dev.governance.core.model.Grant.Membership(dev.governance.core.model.EntityKind.IDENTITY, "u1",
        "g-eng", dev.governance.core.model.Provenance.viaGroupRule("r-eng")));
    Snapshot s = b.build();
    Review review = ReviewFixture.review(s).decide(List.of(decide(item("u1", "a-git"), Verdict.REVOKE)), false);

    RemediationPlan plan = RemediationPlanner.plan(review, s, "000001-s", allowed(), ReviewFixture.CLOCK);

    assertThat(plan.steps()).isEmpty();
    assertThat(plan.items()).singleElement().satisfies(i -> {
      assertThat(i.resolution()).isEqualTo(PlanItem.Resolution.NEEDS_PERSON);
      assertThat(i.manual().get(0).where()).isEqualTo("group rule Engineering by department");
    });
  }

  @Test
  void aDirectAssignmentThatAGroupThePlanCannotChangeAlsoGrantsWaitsForThePerson() {
    var b = ReviewFixture.builder();
    b.grant(dev.governance.core.model.Grant.AppAssignment.direct(dev.governance.core.model.EntityKind.IDENTITY,
        "u2", "a-vpn"));
    Snapshot s = b.build();
    Review review = ReviewFixture.review(s).decide(List.of(decide(item("u2", "a-vpn"), Verdict.REVOKE)), false);

    RemediationPlan plan = RemediationPlanner.plan(review, s, "000001-s", allowed(), ReviewFixture.CLOCK);

    assertThat(plan.steps()).singleElement().satisfies(step -> {
      assertThat(step.action()).isEqualTo(new LifecycleAction.UnassignApplication("u2", "a-vpn"));
      assertThat(step.waitsFor()).hasSize(1);
    });
    assertThat(plan.items().get(0).resolution()).isEqualTo(PlanItem.Resolution.NEEDS_PERSON);
  }

  @Test
  void aReadOnlyPreflightMarksEveryStepNotAllowedWithTheScopesToAdd() {
    RemediationPlan plan = RemediationPlanner.plan(decided("u1", "a-crm"), snapshot, "000001-s", readOnly(),
        ReviewFixture.CLOCK);

    assertThat(plan.steps()).hasSize(2).noneMatch(PlanStep::allowed);
    assertThat(plan.allowed()).isFalse();
    assertThat(plan.missingScopes()).containsExactly("okta.apps.manage", "okta.groups.manage");
  }
}
