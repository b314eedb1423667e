package dev.governance.core.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.model.EntityKind;
import dev.governance.core.model.InventoryCollection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleMetadataTest {

  private static final RuleMetadata METADATA = new RuleMetadata(
      "acme.rule", "Something risky", Severity.MEDIUM, List.of(RuleInput.read(InventoryCollection.IDENTITIES)));
  private static final Subject SUBJECT = new Subject(EntityKind.IDENTITY, "u1", "ann@example.com");

  @Test
  void aFindingCarriesTheRulesIdAndDefaultSeverity() {
    Finding f = METADATA.finding(SUBJECT, "Ann is risky", Evidence.of("Because."), "Fix it.");

    assertThat(f).isEqualTo(new Finding("acme.rule", Severity.MEDIUM, SUBJECT, "Ann is risky",
        Evidence.of("Because."), "Fix it."));
  }

  @Test
  void aFindingMayTakeAnotherSeverityButKeepsTheRulesId() {
    Finding f = METADATA.finding(Severity.CRITICAL, SUBJECT, "Ann is very risky", Evidence.of("Because."), "Fix it.");

    assertThat(f.ruleId()).isEqualTo("acme.rule");
    assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
  }

  @Test
  void theInputsAreCopied() {
    List<RuleInput> inputs = new ArrayList<>(List.of(RuleInput.read(InventoryCollection.GROUPS)));
    RuleMetadata meta = new RuleMetadata("r", "Title", Severity.LOW, inputs);
    inputs.add(RuleInput.optional(InventoryCollection.MEMBERSHIPS));

    assertThat(meta.inputs()).containsExactly(RuleInput.read(InventoryCollection.GROUPS));
    assertThatThrownBy(() -> meta.inputs().add(RuleInput.read(InventoryCollection.IDENTITIES)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aBlankTitleIsRefused() {
    assertThatThrownBy(() -> new RuleMetadata("r", " ", Severity.LOW, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title");
  }

  @Test
  void theEngineReportsEachRuleUnderTheTitleItsMetadataGives() {
    FindingsEngine engine = FindingsEngine.builder().serviceLoader(false).clock(TestTenant.CLOCK).build();

    FindingsReport report = engine.evaluate(TestTenant.clean().snapshot());

    for (FindingRule rule : BuiltInRules.all()) {
      assertThat(report.outcome(rule.metadata().id()).orElseThrow().title()).isEqualTo(rule.metadata().title());
    }
  }
}
