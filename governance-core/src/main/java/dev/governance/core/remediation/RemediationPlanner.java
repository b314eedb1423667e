package dev.governance.core.remediation;

import dev.governance.core.access.Access;
import dev.governance.core.access.AccessGraph;
import dev.governance.core.access.AccessPath;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Group;
import dev.governance.core.model.GroupRule;
import dev.governance.core.model.GroupType;
import dev.governance.core.model.Identity;
import dev.governance.core.model.Provenance;
import dev.governance.core.review.Review;
import dev.governance.core.review.ReviewItem;
import dev.governance.core.review.TargetKind;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.spi.LifecycleAction;
import dev.governance.core.spi.Preflight;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Computes the {@link RemediationPlan} of a review's revoke decisions on a snapshot, each step
 * gated by the connector's preflight. See the package documentation for how paths are cut.
 *
 * @since 0.1
 */
public final class RemediationPlanner {

  private final Snapshot snapshot;
  private final AccessGraph graph;
  private final Preflight preflight;
  private final Map<LifecycleAction, Draft> drafts = new LinkedHashMap<>();
  private final Map<String, Set<String>> removedGroups = new HashMap<>();
  private final Map<String, Set<String>> revokedTargets = new HashMap<>();

  private RemediationPlanner(Snapshot snapshot, Preflight preflight) {
    this.snapshot = snapshot;
    this.graph = AccessGraph.of(snapshot);
    this.preflight = preflight;
  }

  /**
   * Computes the plan.
   *
   * @param review the review whose revoke decisions it carries out
   * @param snapshot the tenant as it is now (usually the review's own snapshot)
   * @param snapshotId the snapshot's id
   * @param preflight what the connector's credentials allow
   * @param clock stamps the plan
   * @return the plan
   */
  public static RemediationPlan plan(Review review, Snapshot snapshot, String snapshotId, Preflight preflight,
      Clock clock) {
    Objects.requireNonNull(review, "review");
    return new RemediationPlanner(Objects.requireNonNull(snapshot, "snapshot"),
        Objects.requireNonNull(preflight, "preflight")).build(review, snapshotId, clock);
  }

  /** A step being built. */
  private static final class Draft {
    final LifecycleAction action;
    final String description;
    final Set<String> itemIds = new LinkedHashSet<>();
    final Set<LifecycleAction> dependsOn = new LinkedHashSet<>();
    final List<ManualChange> waitsFor = new ArrayList<>();
    final List<String> sideEffects = new ArrayList<>();

    Draft(LifecycleAction action, String description) {
      this.action = action;
      this.description = description;
    }
  }

  private RemediationPlan build(Review review, String snapshotId, Clock clock) {
    List<ReviewItem> revoked = review.revoked();
    for (ReviewItem i : revoked) {
      revokedTargets.computeIfAbsent(i.subjectId(), k -> new HashSet<>()).add(i.targetKind() + ":" + i.targetId());
    }
    List<PlanItem> items = new ArrayList<>();
    Map<String, List<LifecycleAction>> actionsOfItem = new LinkedHashMap<>();
    for (ReviewItem i : revoked) {
      List<LifecycleAction> actions = new ArrayList<>();
      List<ManualChange> manual = new ArrayList<>();
      boolean present = planItem(i, actions, manual);
      actionsOfItem.put(i.id(), actions);
      PlanItem.Resolution resolution = !present ? PlanItem.Resolution.NOTHING_TO_DO
          : manual.isEmpty() ? PlanItem.Resolution.AUTOMATIC : PlanItem.Resolution.NEEDS_PERSON;
      items.add(new PlanItem(i.id(), i.subjectLabel(), i.targetLabel(), resolution, List.of(), manual));
    }
    sideEffects();
    // Removals of memberships, grants and tokens first; unassignments after the memberships they wait for.
    List<Draft> ordered = new ArrayList<>();
    drafts.values().stream().filter(d -> !(d.action instanceof LifecycleAction.UnassignApplication)).forEach(ordered::add);
    drafts.values().stream().filter(d -> d.action instanceof LifecycleAction.UnassignApplication).forEach(ordered::add);
    Map<LifecycleAction, String> ids = new HashMap<>();
    for (int n = 0; n < ordered.size(); n++) {
      ids.put(ordered.get(n).action, "s" + (n + 1));
    }
    List<PlanStep> steps = new ArrayList<>();
    for (Draft d : ordered) {
      steps.add(new PlanStep(Objects.requireNonNull(ids.get(d.action)), d.action, d.description, List.copyOf(d.itemIds),
          d.dependsOn.stream().map(ids::get).toList(), d.waitsFor, d.sideEffects,
          preflight.action(d.action.kind())));
    }
    List<PlanItem> withSteps = new ArrayList<>();
    for (PlanItem p : items) {
      List<String> stepIds = actionsOfItem.getOrDefault(p.itemId(), List.of()).stream().map(ids::get).distinct().toList();
      withSteps.add(new PlanItem(p.itemId(), p.subjectLabel(), p.targetLabel(), p.resolution(), stepIds, p.manual()));
    }
    return new RemediationPlan(review.id(), snapshotId, clock.instant(), withSteps, steps);
  }

  /** Plans one item; returns whether the snapshot still shows its access. */
  private boolean planItem(ReviewItem item, List<LifecycleAction> actions, List<ManualChange> manual) {
    String u = item.subjectId();
    switch (item.targetKind()) {
      case APPLICATION, ROLE -> {
        EntityKind kind = item.targetKind() == TargetKind.ROLE ? EntityKind.ROLE : EntityKind.APPLICATION;
        Optional<Access> access = graph.access(u, kind, item.targetId());
        if (access.isEmpty()) {
          return false;
        }
        List<LifecycleAction> memberships = new ArrayList<>();
        boolean direct = false;
        for (AccessPath p : access.get().paths()) {
          Grant first = p.hops().get(0);
          if (p.hops().size() == 1 && first.provenance().isDirect()) {
            direct = true;
          } else if (first instanceof Grant.Membership m) {
            cut(item, m.groupId(), m.provenance(), memberships, manual);
          } else if (first.provenance() instanceof Provenance.ViaGroup v) {
            cut(item, v.groupId(), Provenance.direct(), memberships, manual);
          } else {
            manual.add(new ManualChange("find the group that gives " + item.subjectLabel() + " " + item.targetLabel()
                + " and remove the membership", "the provider reports the access as inherited without naming the group"));
          }
        }
        actions.addAll(memberships);
        if (direct && kind == EntityKind.APPLICATION) {
          LifecycleAction unassign = new LifecycleAction.UnassignApplication(u, item.targetId());
          Draft d = draft(unassign, "unassign " + item.subjectLabel() + " from " + item.targetLabel()
              + " (direct assignment)", item);
          d.dependsOn.addAll(memberships);
          d.waitsFor.addAll(manual);
          actions.add(unassign);
        } else if (direct) {
          manual.add(new ManualChange("unassign the role " + item.targetLabel() + " from " + item.subjectLabel(),
              "the provider's administrator settings: no lifecycle action removes a role assignment"));
        }
        return true;
      }
      case GROUP -> {
        boolean any = false;
        List<LifecycleAction> memberships = new ArrayList<>();
        for (Grant g : snapshot.grantsOf(EntityKind.IDENTITY, u)) {
          if (g instanceof Grant.Membership m && reaches(m.groupId(), item.targetId(), new HashSet<>())) {
            any = true;
            cut(item, m.groupId(), m.provenance(), memberships, manual);
          }
        }
        actions.addAll(memberships);
        return any;
      }
      case SCOPE -> {
        List<Grant.ScopeGrant> grants = snapshot.grants(Grant.ScopeGrant.class)
            .filter(g -> g.applicationId().equals(u) && g.scope().equals(item.targetId())).toList();
        for (Grant.ScopeGrant g : grants) {
          if (g.grantId() == null) {
            manual.add(new ManualChange("revoke the scope " + g.scope() + " of " + item.subjectLabel(),
                "the provider did not report the grant's id"));
          } else {
            LifecycleAction a = new LifecycleAction.RevokeScopeGrant(u, g.grantId());
            draft(a, "revoke the scope " + g.scope() + " granted to " + item.subjectLabel(), item);
            actions.add(a);
          }
        }
        return !grants.isEmpty();
      }
      case API_TOKEN -> {
        if (snapshot.apiTokens().stream().noneMatch(t -> t.id().equals(item.targetId()))) {
          return false;
        }
        LifecycleAction a = new LifecycleAction.RevokeApiToken(item.targetId());
        draft(a, "revoke the API token " + item.targetLabel() + " of " + item.subjectLabel(), item);
        actions.add(a);
        return true;
      }
      default -> throw new IllegalStateException("unknown target kind " + item.targetKind());
    }
  }

  /** Whether group {@code from} is {@code target} or nested into it. */
  private boolean reaches(String from, String target, Set<String> visited) {
    if (from.equals(target)) {
      return true;
    }
    if (!visited.add(from)) {
      return false;
    }
    for (Grant g : snapshot.grantsOf(EntityKind.GROUP, from)) {
      if (g instanceof Grant.Membership m && reaches(m.groupId(), target, visited)) {
        return true;
      }
    }
    return false;
  }

  /** Cuts the identity's membership of a group, or says what a person must change instead. */
  private void cut(ReviewItem item, String groupId, Provenance provenance, List<LifecycleAction> actions,
      List<ManualChange> manual) {
    String u = item.subjectId();
    String who = item.subjectLabel();
    Optional<Group> group = snapshot.group(groupId);
    if (group.isEmpty()) {
      manual.add(new ManualChange("remove " + who + " from the group " + groupId,
          "the group is not in the snapshot, so the plan cannot tell how its membership is managed"));
      return;
    }
    Group g = group.get();
    if (g.type() == GroupType.APPLICATION_SOURCED) {
      String source = g.sourceApplicationId() == null ? "the directory or application the group is imported from"
          : "the source " + snapshot.displayLabel(EntityKind.APPLICATION, g.sourceApplicationId())
              + ", which the group is imported from";
      manual.add(new ManualChange("remove " + who + " from " + g.name() + " in its source; the membership is"
          + " imported and cannot be changed here", source));
      return;
    }
    if (g.type() == GroupType.BUILT_IN) {
      manual.add(new ManualChange(g.name() + " is built in and cannot be left: unassign " + g.name() + " from "
          + item.targetLabel() + " and assign a group that leaves " + who + " out, or deactivate " + who,
          "the assignments of " + item.targetLabel()));
      return;
    }
    if (g.type() != GroupType.NATIVE) {
      manual.add(new ManualChange("remove " + who + " from " + g.name(), "the group's type is not known, so the"
          + " plan does not change it"));
      return;
    }
    Optional<GroupRule> rule = rule(u, groupId, provenance);
    if (rule.isPresent()) {
      GroupRule r = rule.get();
      manual.add(new ManualChange("change the rule " + r.name() + (r.expression() == null ? ""
          : " (expression " + r.expression() + ")") + " or the attributes of " + who + " so that the rule no"
          + " longer adds them to " + g.name() + "; removing the membership by hand would only add " + who
          + " to the rule's exceptions", "group rule " + r.name()));
      return;
    }
    LifecycleAction remove = new LifecycleAction.RemoveMembership(u, groupId);
    draft(remove, "remove " + who + " from the group " + g.name(), item);
    removedGroups.computeIfAbsent(u, k -> new LinkedHashSet<>()).add(groupId);
    if (!actions.contains(remove)) {
      actions.add(remove);
    }
  }

  private Optional<GroupRule> rule(String identityId, String groupId, Provenance provenance) {
    if (provenance instanceof Provenance.ViaGroupRule v) {
      Optional<GroupRule> known = snapshot.groupRules().stream().filter(r -> r.id().equals(v.ruleId())).findFirst();
      return Optional.of(known.orElseGet(() -> new GroupRule(v.ruleId(), v.ruleId(),
          dev.governance.core.model.RuleStatus.UNKNOWN, List.of(groupId), null, Set.of())));
    }
    Optional<Identity> identity = snapshot.identity(identityId);
    if (identity.isEmpty()) {
      return Optional.empty();
    }
    return snapshot.groupRules().stream().filter(r -> RuleMatch.mayHaveAdded(r, identity.get(), groupId)).findFirst();
  }

  private Draft draft(LifecycleAction action, String description, ReviewItem item) {
    Draft d = drafts.computeIfAbsent(action, a -> new Draft(a, description));
    d.itemIds.add(item.id());
    return d;
  }

  /** Lists, for each membership removal, the other access the identity loses with it. */
  private void sideEffects() {
    for (Draft d : drafts.values()) {
      if (!(d.action instanceof LifecycleAction.RemoveMembership rm)) {
        continue;
      }
      Set<String> removed = removedGroups.getOrDefault(rm.identityId(), Set.of());
      Set<String> wanted = revokedTargets.getOrDefault(rm.identityId(), Set.of());
      for (Access a : graph.accessOf(rm.identityId())) {
        String key = (a.targetKind() == EntityKind.ROLE ? TargetKind.ROLE : TargetKind.APPLICATION) + ":" + a.targetId();
        if (wanted.contains(key)) {
          continue;
        }
        boolean throughThis = false;
        boolean allCut = true;
        for (AccessPath p : a.paths()) {
          String firstGroup = p.hops().get(0) instanceof Grant.Membership m ? m.groupId() : null;
          throughThis |= rm.groupId().equals(firstGroup);
          allCut &= firstGroup != null && removed.contains(firstGroup);
        }
        if (throughThis && allCut) {
          d.sideEffects.add("also loses " + a.targetKind().name().toLowerCase(java.util.Locale.ROOT) + " "
              + snapshot.displayLabel(a.targetKind(), a.targetId()));
        }
      }
    }
  }
}
