package dev.governance.core.remediation;

import dev.governance.core.GovernanceException;
import dev.governance.core.access.AccessGraph;
import dev.governance.core.review.AuditEntry;
import dev.governance.core.review.Decision;
import dev.governance.core.review.Review;
import dev.governance.core.review.ReviewItem;
import dev.governance.core.review.StepOutcome;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.spi.ActionAccess;
import dev.governance.core.spi.ActionResult;
import dev.governance.core.spi.LifecycleConnector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Runs a {@link RemediationPlan} and checks what it did.
 *
 * <p>{@link #apply} takes the steps in order. A step runs only if the credentials allow it, it
 * waits for no manual change, and every step it depends on was applied or already done; a step
 * that fails does not stop the steps that do not depend on it. Actions are idempotent, so running
 * a plan again changes nothing that the first run changed (its steps answer {@link
 * StepOutcome#ALREADY_DONE}). Each step of an applied run is recorded in the review's audit log
 * as soon as it ends. {@link #verify} then reads a snapshot taken afterwards and says, per item,
 * whether the access is gone.
 *
 * @since 0.1
 */
public final class Remediator {

  private Remediator() {}

  /**
   * Runs a plan: a dry run unless the options say to apply.
   *
   * @param plan the plan
   * @param review the review it serves, for who decided each item
   * @param connector the connector to the plan's tenant
   * @param options dry run or apply, who approved, the audit store
   * @return every step's outcome
   */
  public static RemediationRun apply(RemediationPlan plan, Review review, LifecycleConnector connector,
      ApplyOptions options) {
    Objects.requireNonNull(connector, "connector");
    Map<String, StepOutcome> outcomes = new HashMap<>();
    List<AuditEntry> entries = new ArrayList<>();
    for (PlanStep step : plan.steps()) {
      List<String> decidedBy = step.itemIds().stream().map(review::decision).flatMap(Optional::stream)
          .map(Decision::decidedBy).distinct().toList();
      StepOutcome outcome;
      String detail;
      @Nullable String requestId = null;
      List<String> unmet = step.dependsOn().stream()
          .filter(s -> outcomes.get(s) != StepOutcome.APPLIED && outcomes.get(s) != StepOutcome.ALREADY_DONE
              && outcomes.get(s) != StepOutcome.DRY_RUN)
          .toList();
      if (step.access() instanceof ActionAccess.Denied d) {
        outcome = StepOutcome.NOT_ALLOWED;
        detail = "not allowed: " + d.reason() + missing(d);
      } else if (!step.waitsFor().isEmpty()) {
        outcome = StepOutcome.SKIPPED;
        detail = "waits for a person to " + step.waitsFor().stream().map(ManualChange::what)
            .collect(Collectors.joining("; ")) + "; until then the provider refuses it";
      } else if (!unmet.isEmpty()) {
        outcome = StepOutcome.SKIPPED;
        detail = "not attempted: it depends on " + String.join(", ", unmet) + ", which did not succeed";
      } else if (!options.apply()) {
        outcome = StepOutcome.DRY_RUN;
        detail = "dry run: would " + step.description();
      } else {
        try {
          ActionResult result = connector.apply(step.action());
          requestId = result.requestId();
          outcome = result.outcome() == ActionResult.Outcome.APPLIED ? StepOutcome.APPLIED : StepOutcome.ALREADY_DONE;
          detail = result.detail();
        } catch (GovernanceException e) {
          outcome = StepOutcome.FAILED;
          detail = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
      }
      outcomes.put(step.id(), outcome);
      AuditEntry entry = new AuditEntry(step.id(), step.description(), step.itemIds(), decidedBy,
          options.approvedBy(), options.clock().instant(), requestId, outcome, detail);
      entries.add(entry);
      if (options.apply() && options.audit() != null) {
        options.audit().appendAudit(plan.reviewId(), List.of(entry));
      }
      options.listener().accept(entry);
    }
    return new RemediationRun(plan.reviewId(), !options.apply(), entries);
  }

  private static String missing(ActionAccess.Denied d) {
    StringBuilder b = new StringBuilder();
    if (!d.missingScopes().isEmpty()) {
      b.append("; add the scopes ").append(String.join(", ", new java.util.TreeSet<>(d.missingScopes())));
    }
    if (!d.missingPermissions().isEmpty()) {
      b.append("; grant ").append(String.join(", ", new java.util.TreeSet<>(d.missingPermissions())));
    }
    return b.toString();
  }

  /**
   * Checks each revoked item against a snapshot read after a run.
   *
   * @param plan the plan that ran
   * @param review its review
   * @param after the tenant as read after the run
   * @param run what the run did, for why an item is still present
   * @return one verification per plan item, in plan order
   */
  public static List<ItemVerification> verify(RemediationPlan plan, Review review, Snapshot after,
      RemediationRun run) {
    AccessGraph graph = AccessGraph.of(after);
    Map<String, AuditEntry> byStep = new HashMap<>();
    run.entries().forEach(e -> byStep.put(e.stepId(), e));
    List<ItemVerification> out = new ArrayList<>();
    for (PlanItem p : plan.items()) {
      Optional<ReviewItem> item = review.item(p.itemId());
      List<String> remaining = item.map(i -> ItemAccess.remaining(after, graph, i)).orElse(List.of());
      if (remaining.isEmpty()) {
        out.add(new ItemVerification(p.itemId(), p.subjectLabel(), p.targetLabel(), ItemVerification.State.REMOVED,
            List.of()));
      } else if (!p.manual().isEmpty()) {
        List<String> reason = new ArrayList<>();
        p.manual().forEach(m -> reason.add(m.toString()));
        out.add(new ItemVerification(p.itemId(), p.subjectLabel(), p.targetLabel(),
            ItemVerification.State.NEEDS_PERSON, reason));
      } else {
        List<String> reason = new ArrayList<>();
        remaining.forEach(r -> reason.add("still " + r));
        for (String s : p.stepIds()) {
          AuditEntry e = byStep.get(s);
          if (e != null && e.outcome() != StepOutcome.APPLIED && e.outcome() != StepOutcome.ALREADY_DONE) {
            reason.add(s + " " + e.outcome().name().toLowerCase(java.util.Locale.ROOT) + ": " + e.detail());
          }
        }
        out.add(new ItemVerification(p.itemId(), p.subjectLabel(), p.targetLabel(),
            ItemVerification.State.STILL_PRESENT, reason));
      }
    }
    return out;
  }
}
