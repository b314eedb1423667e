package dev.governance.testkit.okta.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleExpressionTest {

  private static RuleExpression.Subject user(Map<String, Object> profile, String... groups) {
    Set<String> memberships = Set.of(groups);
    return new RuleExpression.Subject() {
      @Override
      public @Nullable Object attribute(String name) {
        return profile.get(name);
      }

      @Override
      public boolean memberOf(String groupId) {
        return memberships.contains(groupId);
      }
    };
  }

  private static boolean eval(String expression, Map<String, Object> profile, String... groups) {
    return RuleExpression.parse(expression).matches(user(profile, groups));
  }

  @Test
  void equalityComparesTheAttributeWithTheStringOnEitherSide() {
    Map<String, Object> sales = Map.of("department", "Sales");
    assertThat(eval("user.department==\"Sales\"", sales)).isTrue();
    assertThat(eval("\"Sales\" == user.department", sales)).isTrue();
    assertThat(eval("user.department == 'Engineering'", sales)).isFalse();
    assertThat(eval("user.department != \"Engineering\"", sales)).isTrue();
    assertThat(eval("user.department != \"Sales\"", sales)).isFalse();
  }

  @Test
  void aMissingAttributeEqualsNothingAndDiffersFromEverything() {
    assertThat(eval("user.costCenter == \"CC-1\"", Map.of())).isFalse();
    assertThat(eval("user.costCenter != \"CC-1\"", Map.of())).isTrue();
    assertThat(eval("String.stringContains(user.costCenter, \"CC\")", Map.of())).isFalse();
  }

  @Test
  void stringFunctionsTestContainmentAndPrefixCaseSensitively() {
    Map<String, Object> p = Map.of("title", "Senior Engineer");
    assertThat(eval("String.stringContains(user.title, \"Engineer\")", p)).isTrue();
    assertThat(eval("String.stringContains(user.title, \"engineer\")", p)).isFalse();
    assertThat(eval("String.startsWith(user.title, \"Senior\")", p)).isTrue();
    assertThat(eval("String.startsWith(user.title, \"Engineer\")", p)).isFalse();
  }

  @Test
  void membershipFunctionsAskAboutTheNamedGroups() {
    assertThat(eval("isMemberOfGroup(\"00g1\")", Map.of(), "00g1")).isTrue();
    assertThat(eval("isMemberOfGroup('00g2')", Map.of(), "00g1")).isFalse();
    assertThat(eval("isMemberOfAnyGroup(\"00g2\", \"00g3\", \"00g1\")", Map.of(), "00g1")).isTrue();
    assertThat(eval("isMemberOfAnyGroup(\"00g2\", \"00g3\")", Map.of(), "00g1")).isFalse();
    assertThat(RuleExpression.parse("isMemberOfGroup(\"a\") || isMemberOfAnyGroup(\"b\",\"a\",\"c\")").groupIds())
        .containsExactly("a", "b", "c");
  }

  @Test
  void andBindsTighterThanOrAndNotAndParenthesesChangeThat() {
    Map<String, Object> p = Map.of("a", "1", "b", "2", "c", "3");
    // true || (false && false)
    assertThat(eval("user.a == \"1\" || user.b == \"x\" && user.c == \"x\"", p)).isTrue();
    // (true || false) && false
    assertThat(eval("(user.a == \"1\" || user.b == \"x\") && user.c == \"x\"", p)).isFalse();
    assertThat(eval("!user.a == \"1\"", p)).isFalse();
    assertThat(eval("!(user.a == \"2\") && !!(user.b == \"2\")", p)).isTrue();
  }

  @Test
  void escapedQuotesStayInsideTheString() {
    assertThat(eval("user.nick == \"say \\\"hi\\\"\"", Map.of("nick", "say \"hi\""))).isTrue();
  }

  @Test
  void nonStringValuesCompareByTheirText() {
    assertThat(eval("user.clearance == \"3\"", Map.of("clearance", 3))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "user.department",
      "user.department = \"Sales\"",
      "user.department == Sales",
      "department == \"Sales\"",
      "user.manager.name == \"x\"",
      "(user.department == \"Sales\"",
      "user.department == \"Sales\")",
      "user.department == \"Sales",
      "user.department == \"Sales\" &&",
      "Arrays.contains(user.groups, \"x\")",
      "String.stringContains(user.title)",
      "isMemberOfAnyGroup()",
      "user.a == \"1\" AND user.b == \"2\"",
      "user.a == \"1\" ; drop",
  })
  void refusesWhatIsNotInTheServedSubset(String expression) {
    assertThatThrownBy(() -> RuleExpression.parse(expression))
        .isInstanceOf(RuleExpression.Invalid.class)
        .hasMessageStartingWith("Invalid expression '");
  }

  @Test
  void theRefusalQuotesTheExpressionEscapedAndShortened() {
    String hostile = "user.a == \u001B[2J" + "x".repeat(200);
    assertThatThrownBy(() -> RuleExpression.parse(hostile))
        .hasMessageContaining("\\u001B")
        .hasMessageNotContaining("\u001B")
        .hasMessageContaining("characters)");
  }

  @Test
  void theRefusalSaysWhereItStopped() {
    assertThatThrownBy(() -> RuleExpression.parse("user.a == \"1\" || user.b === \"2\""))
        .hasMessageContaining("at 27");
  }
}
