package dev.governance.testkit.okta.internal.state;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import dev.governance.testkit.okta.internal.rules.RuleExpression;
import org.jspecify.annotations.Nullable;

/**
 * A group rule: an Okta expression that adds the users it matches to its target groups. Fields are
 * guarded by the tenant's lock; {@link GroupRules} changes them.
 */
public final class GroupRuleRec {
  private final String id;
  private final long created;
  private final List<Integer> groups;
  String name;
  String status;
  String expression;
  long lastUpdated;
  /** Users the rule never adds (positions). */
  final List<Integer> exclusions = new ArrayList<>();
  /** Per target group (same order as {@link #groups()}), the members this rule manages. */
  final BitSet[] managed;
  /** The parsed expression; set when the rule joins the tenant. */
  @Nullable RuleExpression parsed;

  /**
   * Creates a rule.
   *
   * @param id rule id
   * @param name name
   * @param status {@code ACTIVE} or {@code INACTIVE}
   * @param expression Okta expression
   * @param groups target group positions
   * @param created creation time
   */
  public GroupRuleRec(String id, String name, String status, String expression, List<Integer> groups,
      long created) {
    this.id = id;
    this.name = name;
    this.status = status;
    this.expression = expression;
    this.groups = List.copyOf(groups);
    this.created = created;
    this.lastUpdated = created;
    this.managed = new BitSet[this.groups.size()];
    for (int i = 0; i < managed.length; i++) {
      managed[i] = new BitSet();
    }
  }

  /**
   * The rule's id, {@code 0pr…}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The rule's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * {@code ACTIVE} or {@code INACTIVE}.
   *
   * @return the status
   */
  public String status() {
    return status;
  }

  /**
   * The Okta expression.
   *
   * @return the expression
   */
  public String expression() {
    return expression;
  }

  /**
   * The target groups' positions.
   *
   * @return the positions
   */
  public List<Integer> groups() {
    return groups;
  }

  /**
   * The users the rule never adds.
   *
   * @return their positions, read-only
   */
  public List<Integer> exclusions() {
    return java.util.Collections.unmodifiableList(exclusions);
  }

  /**
   * Creation time.
   *
   * @return epoch milliseconds
   */
  public long created() {
    return created;
  }

  /**
   * Last change of the rule's definition or status.
   *
   * @return epoch milliseconds
   */
  public long lastUpdated() {
    return lastUpdated;
  }

  /**
   * Whether the rule manages a user's membership of a group.
   *
   * @param group the group's position
   * @param user the user's position
   * @return whether it does
   */
  public boolean manages(int group, int user) {
    for (int k = 0; k < groups.size(); k++) {
      if (groups.get(k) == group && managed[k].get(user)) {
        return true;
      }
    }
    return false;
  }
}
