package dev.governance.okta.internal.rules;

import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.GroupRule;
import dev.governance.core.model.Identity;
import dev.governance.core.model.Provenance;
import dev.governance.core.model.RuleStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which memberships a group rule manages. Okta does not say (a group's member list carries
 * nothing about how a user joined), but an {@code ACTIVE} rule keeps every matching user it does
 * not exclude in its target groups. So a member of a rule's target group whose profile matches
 * the rule's expression, and who is not excluded, is the rule's member: the membership gets
 * {@link Provenance.ViaGroupRule}. Everything else stays direct, and so does a membership the
 * expression cannot decide (an expression outside {@link RuleCondition}'s subset, an attribute the
 * profile as read does not keep) or a user Okta does not evaluate rules for (staged, provisioned
 * or deactivated).
 *
 * <p>Full syncs and deltas derive provenance here, from the inventory they assembled, so both give
 * the same answer for the same tenant.
 */
public final class RuleProvenance {

  /** Okta's base profile attributes that the identity mapping does not keep as they are. */
  private static final Set<String> NOT_KEPT = Set.of("firstName", "lastName", "middleName", "honorificPrefix",
      "honorificSuffix", "nickName", "displayName", "profileUrl", "secondEmail", "mobilePhone", "primaryPhone",
      "streetAddress", "city", "state", "zipCode", "countryCode", "postalAddress", "preferredLanguage", "locale",
      "timezone");

  /** Raw statuses of users that rules do not move into groups. */
  private static final Set<String> NOT_EVALUATED = Set.of("STAGED", "PROVISIONED", "DEPROVISIONED");

  private RuleProvenance() {}

  /**
   * Gives each membership its provenance.
   *
   * @param identities the users read
   * @param rules the group rules read
   * @param memberships the memberships read, whatever provenance they carry
   * @return the memberships in the same order, each direct or via the first rule (by id) that
   *     manages it
   */
  public static List<Grant.Membership> derive(Collection<Identity> identities, Collection<GroupRule> rules,
      Collection<Grant.Membership> memberships) {
    Map<String, Identity> users = new HashMap<>();
    identities.forEach(i -> users.put(i.id(), i));
    Map<String, Set<String>> groupsOf = new HashMap<>();
    for (Grant.Membership m : memberships) {
      if (m.memberKind() == EntityKind.IDENTITY) {
        groupsOf.computeIfAbsent(m.memberId(), k -> new HashSet<>()).add(m.groupId());
      }
    }
    List<Active> active = new ArrayList<>();
    rules.stream().filter(r -> r.status() == RuleStatus.ACTIVE && r.expression() != null)
        .sorted(Comparator.comparing(GroupRule::id))
        .forEach(r -> RuleCondition.parse(java.util.Objects.requireNonNull(r.expression()))
            .ifPresent(c -> active.add(new Active(r, c))));
    List<Grant.Membership> out = new ArrayList<>(memberships.size());
    for (Grant.Membership m : memberships) {
      Provenance p = Provenance.direct();
      Identity user = m.memberKind() == EntityKind.IDENTITY ? users.get(m.memberId()) : null;
      if (user != null && !NOT_EVALUATED.contains(user.rawStatus())) {
        Subject subject = new Subject(user, groupsOf.getOrDefault(user.id(), Set.of()));
        for (Active a : active) {
          if (a.rule().targetGroupIds().contains(m.groupId()) && !a.rule().excludedIdentityIds().contains(user.id())
              && a.condition().test(subject) == RuleCondition.Truth.TRUE) {
            p = Provenance.viaGroupRule(a.rule().id());
            break;
          }
        }
      }
      out.add(p.equals(m.provenance()) ? m : new Grant.Membership(m.memberKind(), m.memberId(), m.groupId(), p));
    }
    return out;
  }

  private record Active(GroupRule rule, RuleCondition condition) {
  }

  /** A user as the identity mapping kept it. */
  private record Subject(Identity user, Set<String> groups) implements RuleCondition.Subject {

    @Override
    public boolean knows(String attribute) {
      if (attribute.equals("login") || attribute.equals("email")) {
        return true;
      }
      if (NOT_KEPT.contains(attribute)) {
        return false;
      }
      return user.attributes().get(attribute).map(v -> v instanceof String).orElse(true);
    }

    @Override
    public Optional<String> text(String attribute) {
      return switch (attribute) {
        case "login" -> Optional.of(user.login());
        case "email" -> Optional.ofNullable(user.email());
        default -> user.attributes().text(attribute);
      };
    }

    @Override
    public boolean memberOf(String groupId) {
      return groups.contains(groupId);
    }
  }
}
