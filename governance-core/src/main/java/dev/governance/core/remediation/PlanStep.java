package dev.governance.core.remediation;

import dev.governance.core.spi.ActionAccess;
import dev.governance.core.spi.LifecycleAction;
import java.util.List;
import java.util.Objects;

/**
 * One lifecycle action of a plan.
 *
 * @param id the step's id within the plan, e.g. {@code s3}
 * @param action the action
 * @param description the action in words, with names
 * @param itemIds the review items it serves
 * @param dependsOn steps that must succeed before this one runs
 * @param waitsFor manual changes that must be made before this one can succeed; a step that waits
 *     is not run
 * @param sideEffects other access the action also takes away, in words, for the reviewer to confirm
 * @param access whether the credentials allow the action, and if not what is missing
 * @since 0.1
 */
public record PlanStep(
    String id,
    LifecycleAction action,
    String description,
    List<String> itemIds,
    List<String> dependsOn,
    List<ManualChange> waitsFor,
    List<String> sideEffects,
    ActionAccess access) {

  /** Validates and copies the components. */
  public PlanStep {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(description, "description");
    itemIds = List.copyOf(itemIds);
    dependsOn = List.copyOf(dependsOn);
    waitsFor = List.copyOf(waitsFor);
    sideEffects = List.copyOf(sideEffects);
    Objects.requireNonNull(access, "access");
  }

  /**
   * Tells whether the credentials allow the step.
   *
   * @return {@code true} if the preflight allows its action
   */
  public boolean allowed() {
    return access.permitted();
  }
}
