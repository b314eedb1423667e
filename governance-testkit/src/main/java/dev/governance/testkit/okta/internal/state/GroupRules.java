package dev.governance.testkit.okta.internal.state;

import dev.governance.core.internal.Quoted;
import dev.governance.testkit.okta.OktaGroupType;
import dev.governance.testkit.okta.UserStatus;
import dev.governance.testkit.okta.internal.rules.RuleExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The group rule commands and their evaluation, with Okta's semantics: a rule is created {@code
 * INACTIVE}; it can be changed only while {@code INACTIVE}, and its target groups never; once
 * {@code ACTIVE} it adds every user its expression matches to its target groups (users not
 * {@code STAGED}, {@code PROVISIONED} or {@code DEPROVISIONED}, and not excluded), on activation
 * and whenever a user is created, changed or activated, and removes a user it added whose profile
 * no longer matches. Deactivating a rule leaves its memberships in place; deleting it removes them
 * only with {@code removeUsers=true}. Each membership a rule made is rule-managed: {@link
 * TenantChanges#removeMember} refuses to remove it by hand.
 *
 * <p>Membership changes a rule makes are logged with the rule as the actor, and only when the
 * change that triggered the evaluation is logged (set-up writes no events).
 */
public final class GroupRules {
  /** Okta's limit on a rule's name (spec {@code GroupRule.name}). */
  public static final int MAX_NAME = 50;

  private final TenantState s;
  private final TenantChanges changes;

  GroupRules(TenantState state, TenantChanges changes) {
    this.s = state;
    this.changes = changes;
  }

  /**
   * Parses a rule's expression as Okta validates it.
   *
   * @param expression the expression
   * @return the parsed expression
   * @throws OktaError 400 {@code E0000001} with a cause that names the expression
   */
  public static RuleExpression parse(String expression) {
    try {
      return RuleExpression.parse(expression);
    } catch (RuleExpression.Invalid e) {
      throw new OktaError(400, "E0000001", "Api validation failed: conditions.expression.value",
          List.of("conditions.expression.value: " + e.getMessage()));
    }
  }

  /**
   * Creates an {@code INACTIVE} rule, as Okta creates every rule.
   *
   * @param actor who creates it
   * @param name its name, 1 to 50 characters
   * @param expression its expression, in the served subset
   * @param targets its target groups, at least one, each an {@code OKTA_GROUP}
   * @param excluded the users it never adds
   * @return the rule
   */
  public GroupRuleRec create(Actor actor, String name, String expression, List<GroupRec> targets,
      List<UserRec> excluded) {
    RuleExpression parsed = validate(name, expression);
    if (targets.isEmpty()) {
      throw new OktaError(400, "E0000001", "Api validation failed: actions.assignUserToGroups.groupIds",
          List.of("actions.assignUserToGroups.groupIds: A group rule needs at least one target group."));
    }
    List<Integer> groups = new ArrayList<>();
    for (GroupRec g : targets) {
      if (g.type != OktaGroupType.OKTA_GROUP) {
        throw new OktaError(400, "E0000001", "Api validation failed: actions.assignUserToGroups.groupIds",
            List.of("actions.assignUserToGroups.groupIds: " + g.id + " is a " + g.type
                + " group; group rules assign users to OKTA_GROUP groups only."));
      }
      if (!groups.contains(g.idx)) {
        groups.add(g.idx);
      }
    }
    GroupRuleRec r = new GroupRuleRec(s.newId("0pr"), name, "INACTIVE", expression, groups, s.now());
    r.parsed = parsed;
    excluded.forEach(u -> r.exclusions.add(u.idx));
    s.addRule(r);
    return r;
  }

  /**
   * Adds a rule as set-up seeds it, in the status it has; an {@code ACTIVE} one is evaluated for
   * every user at once, through the same evaluation as an activation.
   *
   * @param actor who adds it ({@link Actor#SEED} for fixtures and generators)
   * @param rule the rule
   */
  public void add(Actor actor, GroupRuleRec rule) {
    rule.parsed = validate(rule.name, rule.expression);
    for (int g : rule.groups()) {
      GroupRec group = s.groups().get(g);
      if (group.type != OktaGroupType.OKTA_GROUP) {
        throw OktaError.validation("actions.assignUserToGroups.groupIds: " + group.id + " is a "
            + group.type + " group; group rules assign users to OKTA_GROUP groups only.");
      }
    }
    s.addRule(rule);
    if ("ACTIVE".equals(rule.status)) {
      evaluateAll(actor, rule);
    }
  }

  private static RuleExpression validate(String name, String expression) {
    if (name.isBlank() || name.length() > MAX_NAME) {
      throw new OktaError(400, "E0000001", "Api validation failed: name", List.of("name: The name "
          + Quoted.quote(name) + " must have 1 to " + MAX_NAME + " characters."));
    }
    return parse(expression);
  }

  /**
   * Changes an {@code INACTIVE} rule's name, expression and exclusions. Okta refuses to change an
   * active rule and to change the target groups ({@code actions}).
   *
   * @param actor who changes it
   * @param r the rule
   * @param name the new name
   * @param expression the new expression
   * @param targets the target groups sent, which must be the rule's
   * @param excluded the users it never adds
   */
  public void replace(Actor actor, GroupRuleRec r, String name, String expression, List<GroupRec> targets,
      List<UserRec> excluded) {
    if (!"INACTIVE".equals(r.status)) {
      throw OktaError.validation("Group rule " + r.id() + " is " + r.status
          + "; only an INACTIVE rule can be changed. Deactivate it first.");
    }
    List<Integer> sent = new ArrayList<>();
    targets.forEach(g -> sent.add(g.idx));
    if (!sent.isEmpty() && !new java.util.HashSet<>(sent).equals(new java.util.HashSet<>(r.groups()))) {
      throw OktaError.validation("actions: the target groups of a group rule cannot be changed; "
          + "create another rule instead.");
    }
    RuleExpression parsed = validate(name, expression);
    r.name = name;
    r.expression = expression;
    r.parsed = parsed;
    r.exclusions.clear();
    excluded.forEach(u -> r.exclusions.add(u.idx));
    r.lastUpdated = s.now();
  }

  /**
   * Activates a rule and evaluates it for every user; an active one is left as it is.
   *
   * @param actor who activates it
   * @param r the rule
   */
  public void activate(Actor actor, GroupRuleRec r) {
    if ("ACTIVE".equals(r.status)) {
      return;
    }
    r.status = "ACTIVE";
    r.lastUpdated = s.now();
    changes.log(actor, "group.user_membership.rule.trigger", "Group membership rule triggered", target(r));
    evaluateAll(actor, r);
  }

  /**
   * Deactivates a rule. The memberships it made stay, and stay rule-managed, as Okta leaves them.
   *
   * @param actor who deactivates it
   * @param r the rule
   */
  public void deactivate(Actor actor, GroupRuleRec r) {
    if ("INACTIVE".equals(r.status)) {
      return;
    }
    r.status = "INACTIVE";
    r.lastUpdated = s.now();
    changes.log(actor, "group.user_membership.rule.deactivated", "Group membership rule deactivated",
        target(r));
  }

  /**
   * Deletes an {@code INACTIVE} rule. With {@code removeUsers} the memberships it made go (those
   * another rule also manages stay); without, they stay and are managed by hand from then on.
   *
   * @param actor who deletes it
   * @param r the rule
   * @param removeUsers whether to remove the users it added
   */
  public void delete(Actor actor, GroupRuleRec r, boolean removeUsers) {
    if ("ACTIVE".equals(r.status)) {
      throw OktaError.validation("Group rule " + r.id() + " is ACTIVE; deactivate it before deleting it.");
    }
    s.removeRule(r);
    if (removeUsers) {
      Actor as = ruleActor(actor, r);
      for (int k = 0; k < r.groups().size(); k++) {
        GroupRec g = s.groups().get(r.groups().get(k));
        for (int u = r.managed[k].nextSetBit(0); u >= 0; u = r.managed[k].nextSetBit(u + 1)) {
          if (!g.deleted && !managedByAny(g.idx, u) && s.removeMember(g.idx, u)) {
            g.lastMembershipUpdated = s.now();
            changes.log(as, "group.user_membership.remove", "Remove user from group membership",
                TenantChanges.user(s.users().get(u)), TenantChanges.group(g));
          }
        }
      }
    }
  }

  /**
   * Finds a rule by id.
   *
   * @param id the id
   * @return the rule, or {@code null}
   */
  public @Nullable GroupRuleRec find(String id) {
    for (GroupRuleRec r : s.rules()) {
      if (r.id().equals(id)) {
        return r;
      }
    }
    return null;
  }

  /**
   * Whether any rule manages a user's membership of a group.
   *
   * @param group the group's position
   * @param user the user's position
   * @return whether one does
   */
  public boolean managedByAny(int group, int user) {
    for (GroupRuleRec r : s.rules()) {
      if (r.manages(group, user)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Forgets that rules manage a membership, when set-up removes it by hand.
   *
   * @param group the group's position
   * @param user the user's position
   */
  void forget(int group, int user) {
    for (GroupRuleRec r : s.rules()) {
      for (int k = 0; k < r.groups().size(); k++) {
        if (r.groups().get(k) == group) {
          r.managed[k].clear(user);
        }
      }
    }
  }

  /**
   * Evaluates every active rule for a user whose profile, status or memberships changed. Rules that
   * ask about group memberships may be changed by what other rules did, so the evaluation repeats
   * until nothing changes (at most once per rule and once more).
   *
   * @param actor who made the change
   * @param u the user
   */
  public void userChanged(Actor actor, UserRec u) {
    if (s.rules().isEmpty()) {
      return;
    }
    for (int pass = 0; pass <= s.rules().size(); pass++) {
      boolean changed = false;
      for (GroupRuleRec r : List.copyOf(s.rules())) {
        if ("ACTIVE".equals(r.status)) {
          changed |= apply(actor, r, u);
        }
      }
      if (!changed) {
        return;
      }
    }
  }

  private void evaluateAll(Actor actor, GroupRuleRec r) {
    for (UserRec u : s.users()) {
      if (!u.deleted && apply(actor, r, u)) {
        userChanged(actor, u);
      }
    }
  }

  /** Applies one active rule to one user; tells whether a membership changed. */
  private boolean apply(Actor actor, GroupRuleRec r, UserRec u) {
    if (u.deleted || u.status == UserStatus.DEPROVISIONED) {
      return false; // Okta leaves a deactivated user's memberships as they are
    }
    boolean eligible = u.status != UserStatus.STAGED && u.status != UserStatus.PROVISIONED;
    boolean match = eligible && !r.exclusions.contains(u.idx)
        && Objects.requireNonNull(r.parsed, "parsed on add").matches(subject(u));
    boolean changed = false;
    Actor as = ruleActor(actor, r);
    for (int k = 0; k < r.groups().size(); k++) {
      GroupRec g = s.groups().get(r.groups().get(k));
      if (g.deleted) {
        continue;
      }
      if (match) {
        r.managed[k].set(u.idx);
        if (s.addMember(g.idx, u.idx)) {
          g.lastMembershipUpdated = s.now();
          changes.log(as, "group.user_membership.add", "Add user to group membership",
              TenantChanges.user(u), TenantChanges.group(g));
          changed = true;
        }
      } else if (r.managed[k].get(u.idx)) {
        r.managed[k].clear(u.idx);
        if (!managedByAny(g.idx, u.idx) && s.removeMember(g.idx, u.idx)) {
          g.lastMembershipUpdated = s.now();
          changes.log(as, "group.user_membership.remove", "Remove user from group membership",
              TenantChanges.user(u), TenantChanges.group(g));
          changed = true;
        }
      }
    }
    return changed;
  }

  private RuleExpression.Subject subject(UserRec u) {
    return new RuleExpression.Subject() {
      @Override
      public @Nullable Object attribute(String name) {
        return switch (name) {
          case "login" -> u.login;
          case "email" -> u.email;
          case "firstName" -> u.firstName;
          case "lastName" -> u.lastName;
          default -> u.extra == null ? null : u.extra.get(name);
        };
      }

      @Override
      public boolean memberOf(String groupId) {
        GroupRec g = s.group(groupId);
        return g != null && u.groups.containsSorted(g.idx);
      }
    };
  }

  /** The rule as the System Log's actor of what it does; none for set-up. */
  private static Actor ruleActor(Actor actor, GroupRuleRec r) {
    return actor.logged() ? new Actor(r.id(), "Rule", r.name(), actor.tokenId(), actor.requestId()) : Actor.SEED;
  }

  /**
   * The log target of a rule.
   *
   * @param r the rule
   * @return the target
   */
  public static LogTargetRec target(GroupRuleRec r) {
    return new LogTargetRec(r.id(), "Rule", r.name(), r.name());
  }
}
