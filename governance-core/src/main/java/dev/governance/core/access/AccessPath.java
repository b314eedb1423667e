package dev.governance.core.access;

import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Provenance;
import java.util.ArrayList;
import java.util.List;

/**
 * One way an identity reaches an application or a role: the grants it follows, from the identity
 * to the target. {@code [AppAssignment(u → app)]} is direct; {@code [Membership(u → g1),
 * Membership(g1 → g2), AppAssignment(g2 → app)]} goes through two nested groups.
 *
 * @param hops the grants followed, in order; the last one targets the application or role
 * @since 0.1
 */
public record AccessPath(List<Grant> hops) {

  /** How a path reaches its target. */
  public enum Kind {
    /** A grant held by the identity itself. */
    DIRECT,
    /** Through one or more groups. */
    VIA_GROUP,
    /** Through a group membership that a group rule added. */
    VIA_GROUP_RULE
  }

  /** Validates and copies the hops. */
  public AccessPath {
    hops = List.copyOf(hops);
    if (hops.isEmpty()) {
      throw new IllegalArgumentException("a path needs at least one grant");
    }
  }

  /**
   * Returns the grant that reaches the target.
   *
   * @return the last hop
   */
  public Grant last() {
    return hops.get(hops.size() - 1);
  }

  /**
   * Returns how the path reaches its target.
   *
   * @return the kind
   */
  public Kind kind() {
    return kindOf(hops);
  }

  /** The kind of the path made of these hops, which {@link #kind()} is. */
  static Kind kindOf(Iterable<Grant> hops) {
    boolean viaGroup = false;
    for (Grant g : hops) {
      if (g.provenance() instanceof Provenance.ViaGroupRule) {
        return Kind.VIA_GROUP_RULE;
      }
      viaGroup |= !g.provenance().isDirect() || g instanceof Grant.Membership;
    }
    return viaGroup ? Kind.VIA_GROUP : Kind.DIRECT;
  }

  /**
   * Returns the groups the path goes through, in order.
   *
   * @return the group ids
   */
  public List<String> groups() {
    List<String> groups = new ArrayList<>();
    for (Grant g : hops) {
      if (g instanceof Grant.Membership m) {
        groups.add(m.groupId());
      } else if (g.provenance() instanceof Provenance.ViaGroup v) {
        groups.add(v.groupId());
      }
    }
    return groups;
  }

  /**
   * Returns the group rules whose memberships the path uses.
   *
   * @return the rule ids
   */
  public List<String> rules() {
    List<String> rules = new ArrayList<>();
    for (Grant g : hops) {
      if (g.provenance() instanceof Provenance.ViaGroupRule r) {
        rules.add(r.ruleId());
      }
    }
    return rules;
  }

  /**
   * Describes the path for people, e.g. {@code via group Engineering > group All staff}.
   *
   * @param names turns an entity's kind and id into its name
   * @return the description
   */
  public String describe(java.util.function.BiFunction<EntityKind, String, String> names) {
    if (kind() == Kind.DIRECT) {
      return "direct";
    }
    StringBuilder b = new StringBuilder("via ");
    List<String> groups = groups();
    if (groups.isEmpty()) {
      return "via a group the provider did not name";
    }
    for (int i = 0; i < groups.size(); i++) {
      if (i > 0) {
        b.append(" > ");
      }
      b.append("group ").append(names.apply(EntityKind.GROUP, groups.get(i)));
    }
    for (String rule : rules()) {
      b.append(" (added by rule ").append(names.apply(EntityKind.GROUP_RULE, rule)).append(')');
    }
    return b.toString();
  }
}
