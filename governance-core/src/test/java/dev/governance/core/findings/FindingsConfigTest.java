package dev.governance.core.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.InvalidConfigurationException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FindingsConfigTest {

  @Test
  void defaultsAreTheDocumentedValues() {
    FindingsConfig c = FindingsConfig.defaults();

    assertThat(c.superAdminThreshold()).isEqualTo(3);
    assertThat(c.inactivityDays()).isEqualTo(90);
    assertThat(c.tokenExpiryWindowDays()).isEqualTo(7);
    assertThat(c.evidenceLimit()).isEqualTo(25);
    assertThat(c.severityOverrides()).isEmpty();
    assertThat(c.disabledRules()).isEmpty();
  }

  @Test
  void outOfRangeValuesFailNamingTheSetting() {
    assertThatThrownBy(() -> FindingsConfig.builder().superAdminThreshold(-1).build())
        .isInstanceOfSatisfying(InvalidConfigurationException.class,
            e -> assertThat(e.setting()).isEqualTo("superAdminThreshold"))
        .hasMessage("superAdminThreshold must be between 0 and 100000, was -1");
    assertThatThrownBy(() -> FindingsConfig.builder().inactivityDays(0).build())
        .isInstanceOfSatisfying(InvalidConfigurationException.class,
            e -> assertThat(e.setting()).isEqualTo("inactivityDays"));
    assertThatThrownBy(() -> FindingsConfig.builder().tokenExpiryWindowDays(400).build())
        .isInstanceOfSatisfying(InvalidConfigurationException.class,
            e -> assertThat(e.setting()).isEqualTo("tokenExpiryWindowDays"));
    assertThatThrownBy(() -> FindingsConfig.builder().evidenceLimit(0).build())
        .isInstanceOfSatisfying(InvalidConfigurationException.class,
            e -> assertThat(e.setting()).isEqualTo("evidenceLimit"));
  }

  @Test
  void blankRuleIdsAreRefused() {
    assertThatThrownBy(() -> FindingsConfig.builder().disable(" ").build())
        .isInstanceOfSatisfying(InvalidConfigurationException.class,
            e -> assertThat(e.setting()).isEqualTo("disabledRules"));
    assertThatThrownBy(() -> new FindingsConfig(3, 90, 7, 25, Map.of("", Severity.LOW), Set.of()))
        .isInstanceOf(InvalidConfigurationException.class);
  }

  @Test
  void toBuilderKeepsEveryValue() {
    FindingsConfig c = FindingsConfig.builder().superAdminThreshold(1).inactivityDays(30).tokenExpiryWindowDays(3)
        .evidenceLimit(5).severity("x", Severity.HIGH).disable("y").build();

    assertThat(c.toBuilder().build()).isEqualTo(c);
    assertThat(c.disabled("y")).isTrue();
  }

  @Test
  void theConfigurationIsImmutable() {
    FindingsConfig c = FindingsConfig.builder().disable("y").build();

    assertThatThrownBy(() -> c.disabledRules().add("z")).isInstanceOf(UnsupportedOperationException.class);
  }
}
