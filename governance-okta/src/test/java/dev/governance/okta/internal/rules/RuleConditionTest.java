package dev.governance.okta.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.okta.internal.rules.RuleCondition.Truth;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RuleConditionTest {

  /** A user in Engineering, titled Staff Engineer, member of group g1, whose city is not kept. */
  private static final RuleCondition.Subject USER = new RuleCondition.Subject() {
    private final Map<String, String> profile = Map.of("department", "Engineering", "title", "Staff Engineer");

    @Override
    public boolean knows(String attribute) {
      return !attribute.equals("city");
    }

    @Override
    public Optional<String> text(String attribute) {
      return Optional.ofNullable(profile.get(attribute));
    }

    @Override
    public boolean memberOf(String groupId) {
      return Set.of("g1").contains(groupId);
    }
  };

  private static Truth eval(String expression) {
    return RuleCondition.parse(expression).orElseThrow().test(USER);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = "=>", quoteCharacter = '`', value = {
      "user.department==\"Engineering\"                              => TRUE",
      "user.department == 'Engineering'                              => TRUE",
      "\"Engineering\" == user.department                            => TRUE",
      "user.department==\"engineering\"                              => FALSE",
      "user.department!=\"Sales\"                                    => TRUE",
      "user.department!=\"Engineering\"                              => FALSE",
      "user.costCenter==\"C1\"                                       => FALSE",
      "user.costCenter!=\"C1\"                                       => TRUE",
      "String.stringContains(user.title, \"Engineer\")               => TRUE",
      "String.stringContains(user.title, \"engineer\")               => FALSE",
      "String.startsWith(user.title, \"Staff\")                      => TRUE",
      "String.startsWith(user.title, \"Engineer\")                   => FALSE",
      "String.startsWith(user.costCenter, \"\")                      => FALSE",
      "isMemberOfGroup(\"g1\")                                       => TRUE",
      "isMemberOfGroup('g2')                                         => FALSE",
      "isMemberOfAnyGroup(\"g2\", \"g1\")                            => TRUE",
      "isMemberOfAnyGroup(\"g2\", \"g3\")                            => FALSE",
      "user.department==\"Engineering\" && isMemberOfGroup(\"g2\")   => FALSE",
      "user.department==\"Sales\" || isMemberOfGroup(\"g1\")         => TRUE",
      "!(user.department==\"Sales\")                                 => TRUE",
      "!isMemberOfGroup(\"g1\")                                      => FALSE",
      "user.department==\"Sales\" || user.title==\"x\" && isMemberOfGroup(\"g1\") => FALSE",
      "(user.department==\"Sales\" || user.title==\"Staff Engineer\") && isMemberOfGroup(\"g1\") => TRUE",
  })
  void evaluatesTheSubsetCaseSensitively(String expression, Truth expected) {
    assertThat(eval(expression)).isEqualTo(expected);
  }

  @Test
  void anAttributeTheProfileDoesNotKeepDecidesNothingUnlessTheRestDecides() {
    assertThat(eval("user.city==\"Paris\"")).isEqualTo(Truth.UNKNOWN);
    assertThat(eval("!(user.city==\"Paris\")")).isEqualTo(Truth.UNKNOWN);
    assertThat(eval("String.startsWith(user.city, \"P\")")).isEqualTo(Truth.UNKNOWN);
    assertThat(eval("user.city==\"Paris\" && user.department==\"Engineering\"")).isEqualTo(Truth.UNKNOWN);
    assertThat(eval("user.city==\"Paris\" && user.department==\"Sales\"")).isEqualTo(Truth.FALSE);
    assertThat(eval("user.city==\"Paris\" || user.department==\"Engineering\"")).isEqualTo(Truth.TRUE);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "user.department", "user.department==", "user.department=\"x\"", "user.department ==\"x",
      "user.profile.department==\"x\"", "user.department==\"x\" and user.title==\"y\"",
      "String.toUpperCase(user.department)==\"X\"", "user.department==\"x\")", "(user.department==\"x\"",
      "isMemberOfGroup(\"a\", \"b\")", "isMemberOfAnyGroup()", "isMemberOfGroup(user.department)",
      "String.startsWith(\"x\", user.title)", "user.age > 3", "Arrays.contains(user.tags, \"x\")",
      "user.department==\"x\" &&",
  })
  void anExpressionOutsideTheSubsetDoesNotParse(String expression) {
    assertThat(RuleCondition.parse(expression)).isEmpty();
  }
}
