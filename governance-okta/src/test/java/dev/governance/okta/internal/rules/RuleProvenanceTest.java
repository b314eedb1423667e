package dev.governance.okta.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.Attributes;
import dev.governance.core.model.Grant;
import dev.governance.core.model.GroupRule;
import dev.governance.core.model.Identity;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.Provenance;
import dev.governance.core.model.RuleStatus;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleProvenanceTest {

  private static Identity user(String id, String status, Map<String, ?> attributes) {
    return new Identity(id, id + "@example.com", id + "@example.com", null, IdentityStatus.ACTIVE, status,
        null, null, null, null, Attributes.of(attributes));
  }

  private static GroupRule rule(String id, RuleStatus status, String expression, String target, Set<String> excluded) {
    return new GroupRule(id, id, status, List.of(target), expression, excluded);
  }

  private static Provenance provenanceOf(List<Grant.Membership> derived, String user, String group) {
    return derived.stream().filter(m -> m.memberId().equals(user) && m.groupId().equals(group)).findFirst()
        .orElseThrow().provenance();
  }

  private final Identity ann = user("ann", "ACTIVE", Map.of("department", "Engineering"));
  private final Identity bob = user("bob", "ACTIVE", Map.of("department", "Sales"));
  private final List<Grant.Membership> members = List.of(Grant.Membership.of("ann", "eng"),
      Grant.Membership.of("bob", "eng"));

  @Test
  void aMatchingMemberOfAnActiveRulesTargetIsTheRules() {
    GroupRule r = rule("r1", RuleStatus.ACTIVE, "user.department==\"Engineering\"", "eng", Set.of());

    List<Grant.Membership> derived = RuleProvenance.derive(List.of(ann, bob), List.of(r), members);

    assertThat(provenanceOf(derived, "ann", "eng")).isEqualTo(Provenance.viaGroupRule("r1"));
    assertThat(provenanceOf(derived, "bob", "eng")).isEqualTo(Provenance.direct());
    assertThat(derived).hasSize(2);
  }

  @Test
  void anInactiveRuleAnExcludedUserOrAnotherTargetManagesNothing() {
    String eng = "user.department==\"Engineering\"";
    List<GroupRule> rules = List.of(rule("r1", RuleStatus.INACTIVE, eng, "eng", Set.of()),
        rule("r2", RuleStatus.ACTIVE, eng, "eng", Set.of("ann")),
        rule("r3", RuleStatus.ACTIVE, eng, "ops", Set.of()));

    List<Grant.Membership> derived = RuleProvenance.derive(List.of(ann, bob), rules, members);

    assertThat(derived).extracting(Grant.Membership::provenance).containsOnly(Provenance.direct());
  }

  @Test
  void anExpressionOutsideTheSubsetOrAnAttributeNotKeptLeavesTheMembershipDirect() {
    List<GroupRule> rules = List.of(rule("r1", RuleStatus.ACTIVE, "user.department.toUpperCase()==\"X\"", "eng",
        Set.of()), rule("r2", RuleStatus.ACTIVE, "user.firstName==\"Ann\"", "eng", Set.of()));

    List<Grant.Membership> derived = RuleProvenance.derive(List.of(ann, bob), rules, members);

    assertThat(derived).extracting(Grant.Membership::provenance).containsOnly(Provenance.direct());
  }

  @Test
  void usersOktaDoesNotEvaluateRulesForStayDirect() {
    Identity staged = user("ann", "STAGED", Map.of("department", "Engineering"));
    Identity gone = user("bob", "DEPROVISIONED", Map.of("department", "Engineering"));
    GroupRule r = rule("r1", RuleStatus.ACTIVE, "user.department==\"Engineering\"", "eng", Set.of());

    List<Grant.Membership> derived = RuleProvenance.derive(List.of(staged, gone), List.of(r), members);

    assertThat(derived).extracting(Grant.Membership::provenance).containsOnly(Provenance.direct());
  }

  @Test
  void groupConditionsReadTheMembershipsAndTheFirstRuleByIdWins() {
    List<GroupRule> rules = List.of(rule("r9", RuleStatus.ACTIVE, "isMemberOfGroup(\"eng\")", "all", Set.of()),
        rule("r2", RuleStatus.ACTIVE, "isMemberOfAnyGroup(\"ops\", \"eng\")", "all", Set.of()));
    List<Grant.Membership> read = List.of(Grant.Membership.of("ann", "eng"), Grant.Membership.of("ann", "all"),
        Grant.Membership.of("bob", "all"));

    List<Grant.Membership> derived = RuleProvenance.derive(List.of(ann, bob), rules, read);

    assertThat(provenanceOf(derived, "ann", "all")).isEqualTo(Provenance.viaGroupRule("r2"));
    assertThat(provenanceOf(derived, "bob", "all")).isEqualTo(Provenance.direct());
  }

  @Test
  void aProvenanceThatNoLongerHoldsIsReplaced() {
    GroupRule r = rule("r1", RuleStatus.ACTIVE, "user.department==\"Sales\"", "eng", Set.of());
    List<Grant.Membership> stale = List.of(new Grant.Membership(dev.governance.core.model.EntityKind.IDENTITY, "ann",
        "eng", Provenance.viaGroupRule("r1")));

    assertThat(RuleProvenance.derive(List.of(ann), List.of(r), stale))
        .extracting(Grant.Membership::provenance).containsExactly(Provenance.direct());
  }
}
