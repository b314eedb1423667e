package dev.governance.core.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.model.EntityKind;
import dev.governance.core.model.IdentityStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingModelTest {

  @Test
  void evidenceFactsKeepTheirOrderTurnInstantsAndEnumsIntoTextAndDropNulls() {
    Evidence e = Evidence.builder()
        .put("status", IdentityStatus.SUSPENDED)
        .put("lastLogin", Instant.parse("2026-01-02T03:04:05Z"))
        .put("missing", null)
        .put("count", 3)
        .put("apps", java.util.Set.of("A"))
        .text("Because.");

    assertThat(e.facts()).containsExactly(
        Map.entry("status", "SUSPENDED"), Map.entry("lastLogin", "2026-01-02T03:04:05Z"),
        Map.entry("count", 3L), Map.entry("apps", List.of("A")));
    assertThatThrownBy(() -> e.facts().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void evidenceRefusesValuesThatAreNotJsonLike() {
    assertThatThrownBy(() -> new Evidence(Map.of("bad", new Object()), "Because."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad");
  }

  @Test
  void aFindingNeedsATitleAndARemediation() {
    Subject s = new Subject(EntityKind.IDENTITY, "u-1", "");
    assertThat(s.displayName()).isEqualTo("u-1");
    assertThatThrownBy(() -> new Finding("r", Severity.LOW, s, " ", Evidence.of("x"), "Fix."))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Finding("r", Severity.LOW, s, "Title", Evidence.of("x"), ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void severitiesCompareFromLowToCritical() {
    assertThat(Severity.CRITICAL.atLeast(Severity.HIGH)).isTrue();
    assertThat(Severity.MEDIUM.atLeast(Severity.HIGH)).isFalse();
    assertThat(Severity.LOW.atLeast(Severity.LOW)).isTrue();
  }

  @Test
  void anOutcomeDescribesItselfInOneLine() {
    assertThat(new RuleOutcome("r", "R", RuleOutcome.Status.EVALUATED, 1, List.of()).describe())
        .isEqualTo("r: evaluated, 1 finding");
    assertThat(new RuleOutcome("r", "R", RuleOutcome.Status.SKIPPED, 0,
        List.of("MEMBERSHIPS partial: x", "IDENTITIES not requested")).describe())
        .isEqualTo("r: not evaluated, MEMBERSHIPS partial: x; IDENTITIES not requested");
  }
}
