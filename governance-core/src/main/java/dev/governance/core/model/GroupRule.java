package dev.governance.core.model;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A rule that puts identities into groups when they match an expression.
 *
 * @param id the provider's id
 * @param name the rule's name
 * @param status whether the rule is evaluated
 * @param targetGroupIds the groups it adds matching identities to
 * @param expression the provider's expression, or {@code null} if not readable
 * @param excludedIdentityIds identities the rule never adds
 * @since 0.1
 */
public record GroupRule(
    String id,
    String name,
    RuleStatus status,
    List<String> targetGroupIds,
    @Nullable String expression,
    Set<String> excludedIdentityIds)
    implements Entity {

  /** Validates and copies the components. */
  public GroupRule {
    Checks.id(id, "id");
    Checks.id(name, "name");
    Checks.present(status, "status");
    targetGroupIds = List.copyOf(targetGroupIds);
    targetGroupIds.forEach(g -> Checks.id(g, "targetGroupId"));
    expression = Checks.optional(expression);
    excludedIdentityIds = Set.copyOf(excludedIdentityIds);
  }

  @Override
  public String displayLabel() {
    return name;
  }

  @Override
  public EntityKind kind() {
    return EntityKind.GROUP_RULE;
  }
}
