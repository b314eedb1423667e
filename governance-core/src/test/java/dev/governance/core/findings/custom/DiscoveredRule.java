package dev.governance.core.findings.custom;

import dev.governance.core.findings.Evidence;
import dev.governance.core.findings.Finding;
import dev.governance.core.findings.FindingContext;
import dev.governance.core.findings.FindingRule;
import dev.governance.core.findings.RuleInput;
import dev.governance.core.findings.RuleMetadata;
import dev.governance.core.findings.Severity;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Identity;
import dev.governance.core.model.InventoryCollection;
import java.util.List;

/**
 * A custom rule listed in the test class path's {@code META-INF/services}: reports identities
 * whose login does not end in {@code @example.com}.
 */
public final class DiscoveredRule implements FindingRule {

  private static final RuleMetadata METADATA = new RuleMetadata(
      "acme.foreign-login", "Login outside the company domain", Severity.MEDIUM,
      List.of(RuleInput.read(InventoryCollection.IDENTITIES)));

  /** Creates the rule; ServiceLoader needs a public no-argument constructor. */
  public DiscoveredRule() {}

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Finding> evaluate(FindingContext context) {
    return context.snapshot().identities().stream()
        .filter(i -> !i.login().endsWith("@example.com"))
        .map(Identity::id)
        .map(id -> METADATA.finding(context.subject(EntityKind.IDENTITY, id),
            "Login outside the company domain", Evidence.builder().put("login", context.name(EntityKind.IDENTITY, id))
                .text("The login is not in example.com."), "Rename the login."))
        .toList();
  }
}
