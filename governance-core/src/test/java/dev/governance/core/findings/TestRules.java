package dev.governance.core.findings;

import dev.governance.core.model.EntityKind;
import java.util.List;

/** Custom rules for engine and discovery tests. */
final class TestRules {

  private TestRules() {}

  static Finding finding(String ruleId, String identityId) {
    return new Finding(ruleId, Severity.LOW, new Subject(EntityKind.IDENTITY, identityId, identityId),
        "Something about " + identityId, Evidence.of("Because."), "Fix it.");
  }

  /** A rule that reports what it was given. */
  static class Fixed implements FindingRule {
    private final RuleMetadata metadata;
    private final List<Finding> findings;

    Fixed(String id, List<Finding> findings) {
      this.metadata = new RuleMetadata(id, "Test rule " + id, Severity.LOW, List.of());
      this.findings = findings;
    }

    @Override
    public RuleMetadata metadata() {
      return metadata;
    }

    @Override
    public List<Finding> evaluate(FindingContext context) {
      return findings;
    }
  }
}
