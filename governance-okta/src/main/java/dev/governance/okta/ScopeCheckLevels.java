package dev.governance.okta;

import dev.governance.core.spi.AccessLevel;
import dev.governance.okta.RequirementEvaluator.Evaluation;
import dev.governance.okta.ScopeCheck.ActionVerdict;
import dev.governance.okta.ScopeCheck.CollectionVerdict;
import dev.governance.okta.ScopeCheck.Result;
import dev.governance.okta.ScopeCheck.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns per-requirement verdicts into an access level: {@code READ_ONLY} when every collection an
 * access review needs is allowed on the whole org, {@code LIFECYCLE} when every collection and
 * every action is, {@code PARTIAL} when at least one collection can be read, else {@code NONE}.
 */
final class ScopeCheckLevels {

  private ScopeCheckLevels() {}

  static Result evaluate(RequirementEvaluator evaluator) {
    List<CollectionVerdict> collections = new ArrayList<>();
    List<ActionVerdict> actions = new ArrayList<>();
    List<String> losses = new ArrayList<>();
    for (CollectionRequirement requirement : OktaPermissions.collections()) {
      Evaluation evaluation = evaluator.evaluate(requirement);
      collections.add(
          new CollectionVerdict(
              requirement.collection(),
              evaluation.status(),
              evaluation.missing(),
              evaluation.explanation()));
      addLoss(losses, requirement.name(), evaluation);
    }
    for (ActionRequirement requirement : OktaPermissions.actions()) {
      Evaluation evaluation = evaluator.evaluate(requirement);
      actions.add(
          new ActionVerdict(
              requirement.kind(),
              evaluation.status(),
              evaluation.missing(),
              evaluation.explanation()));
      addLoss(losses, requirement.name(), evaluation);
    }
    for (SupportingRequirement requirement : OktaPermissions.supporting()) {
      if (evaluator.basis() == ScopeCheck.Basis.OAUTH_SCOPES && requirement.apiTokenOnly()) {
        continue;
      }
      addLoss(losses, requirement.name(), evaluator.evaluate(requirement));
    }
    AccessLevel level = level(collections, actions);
    List<PermissionRequirement> unmet = unmetForNext(level, collections, actions);
    ScopeCheck.Missing missing = ScopeCheck.Missing.nothing();
    for (PermissionRequirement requirement : unmet) {
      missing = missing.plus(evaluator.evaluate(requirement).missing());
    }
    return new Result(
        evaluator.basis(),
        level,
        collections,
        actions,
        next(level),
        missing,
        evaluator.advice(unmet),
        losses,
        evaluator.notices());
  }

  static Result combine(Result first, Result second) {
    List<CollectionVerdict> collections = new ArrayList<>();
    List<ActionVerdict> actions = new ArrayList<>();
    for (int i = 0; i < first.collections().size(); i++) {
      CollectionVerdict a = first.collections().get(i);
      CollectionVerdict b = second.collections().get(i);
      collections.add(
          new CollectionVerdict(
              a.collection(),
              worse(a.status(), b.status()),
              a.missing().plus(b.missing()),
              join(a.explanation(), b.explanation())));
    }
    for (int i = 0; i < first.actions().size(); i++) {
      ActionVerdict a = first.actions().get(i);
      ActionVerdict b = second.actions().get(i);
      actions.add(
          new ActionVerdict(
              a.kind(),
              worse(a.status(), b.status()),
              a.missing().plus(b.missing()),
              join(a.explanation(), b.explanation())));
    }
    AccessLevel level = level(collections, actions);
    ScopeCheck.Missing missing = ScopeCheck.Missing.nothing();
    List<String> advice = new ArrayList<>();
    if (next(level).isPresent()) {
      for (Result result : List.of(first, second)) {
        if (result.nextLevel().equals(next(level))) {
          missing = missing.plus(result.missingForNextLevel());
          if (!result.advice().isEmpty()) {
            advice.add(result.advice());
          }
        }
      }
    }
    return new Result(
        ScopeCheck.Basis.SCOPES_AND_ROLES,
        level,
        collections,
        actions,
        next(level),
        missing,
        String.join(" ", advice),
        ScopeCheck.distinct(first.losses(), second.losses()),
        ScopeCheck.distinct(first.notices(), second.notices()));
  }

  private static AccessLevel level(List<CollectionVerdict> collections, List<ActionVerdict> actions) {
    boolean anyReadable =
        collections.stream().anyMatch(access -> access.status() != Status.MISSING);
    if (!anyReadable) {
      return AccessLevel.NONE;
    }
    boolean reviewReady =
        collections.stream()
            .filter(access -> OktaPermissions.forCollection(access.collection()).neededForReview())
            .allMatch(access -> access.status() == Status.ALLOWED);
    if (!reviewReady) {
      return AccessLevel.PARTIAL;
    }
    boolean everything =
        collections.stream().allMatch(access -> access.status() == Status.ALLOWED)
            && actions.stream().allMatch(access -> access.status() == Status.ALLOWED);
    return everything ? AccessLevel.LIFECYCLE : AccessLevel.READ_ONLY;
  }

  private static List<PermissionRequirement> unmetForNext(
      AccessLevel level, List<CollectionVerdict> collections, List<ActionVerdict> actions) {
    List<PermissionRequirement> unmet = new ArrayList<>();
    if (level == AccessLevel.LIFECYCLE) {
      return unmet;
    }
    boolean toReadOnly = !level.atLeast(AccessLevel.READ_ONLY);
    for (CollectionVerdict access : collections) {
      CollectionRequirement requirement = OktaPermissions.forCollection(access.collection());
      if (access.status() != Status.ALLOWED && (!toReadOnly || requirement.neededForReview())) {
        unmet.add(requirement);
      }
    }
    if (!toReadOnly) {
      actions.stream()
          .filter(access -> access.status() != Status.ALLOWED)
          .forEach(access -> unmet.add(OktaPermissions.forAction(access.kind())));
    }
    return unmet;
  }

  private static Optional<AccessLevel> next(AccessLevel level) {
    return switch (level) {
      case NONE, PARTIAL -> Optional.of(AccessLevel.READ_ONLY);
      case READ_ONLY -> Optional.of(AccessLevel.LIFECYCLE);
      case LIFECYCLE -> Optional.empty();
    };
  }

  private static void addLoss(List<String> losses, String name, Evaluation evaluation) {
    if (evaluation.status() != Status.ALLOWED && !evaluation.explanation().isEmpty()) {
      String sentence =
          evaluation.status() == Status.LIMITED
              ? name + ": " + evaluation.explanation()
              : evaluation.explanation();
      if (!losses.contains(sentence)) {
        losses.add(sentence);
      }
    }
  }

  private static Status worse(Status a, Status b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }

  private static String join(String a, String b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isEmpty() || a.equals(b) ? a : a + " " + b;
  }
}
