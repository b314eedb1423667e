package dev.governance.core.remediation;

import dev.governance.core.model.GroupRule;
import dev.governance.core.model.Identity;
import dev.governance.core.model.RuleStatus;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an active group rule may have added an identity to a group, for memberships whose
 * provenance does not name a rule. A connector that can tell gives rule-made memberships
 * {@link dev.governance.core.model.Provenance.ViaGroupRule} provenance, and the planner takes that
 * first; this is the fallback for snapshots from connectors that report none, and for memberships
 * a connector could not decide. It errs towards the rule: a membership of a group an active rule
 * targets counts as the rule's unless the identity is excluded, or the rule's expression is a
 * plain comparison of one profile attribute ({@code user.department=="Sales"}) that the identity
 * does not match.
 */
final class RuleMatch {
  private static final Pattern EQUALS = Pattern.compile("\\s*user\\.(\\w+)\\s*==\\s*\"([^\"]*)\"\\s*");

  private RuleMatch() {}

  static boolean mayHaveAdded(GroupRule rule, Identity identity, String groupId) {
    if (rule.status() != RuleStatus.ACTIVE || !rule.targetGroupIds().contains(groupId)
        || rule.excludedIdentityIds().contains(identity.id())) {
      return false;
    }
    String expression = rule.expression();
    if (expression == null) {
      return true;
    }
    Matcher m = EQUALS.matcher(expression);
    if (!m.matches()) {
      return true;
    }
    Optional<String> value = switch (m.group(1)) {
      case "login" -> Optional.of(identity.login());
      case "email" -> Optional.ofNullable(identity.email());
      default -> identity.attributes().text(m.group(1));
    };
    return value.map(v -> v.equals(m.group(2))).orElse(false);
  }
}
