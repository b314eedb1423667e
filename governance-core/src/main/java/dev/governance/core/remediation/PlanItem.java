package dev.governance.core.remediation;

import java.util.List;
import java.util.Objects;

/**
 * What the plan does for one revoked item.
 *
 * @param itemId the review item
 * @param subjectLabel who holds the access
 * @param targetLabel what it is to
 * @param resolution whether actions alone remove it
 * @param stepIds the steps that serve it, in plan order
 * @param manual what a person must change, for the paths no action cuts
 * @since 0.1
 */
public record PlanItem(
    String itemId, String subjectLabel, String targetLabel, Resolution resolution, List<String> stepIds,
    List<ManualChange> manual) {

  /** How an item's access is removed. */
  public enum Resolution {
    /** The plan's steps remove it through every path. */
    AUTOMATIC,
    /** Some path has no API action: a person must make the {@link #manual()} changes. */
    NEEDS_PERSON,
    /** The snapshot shows no such access any more. */
    NOTHING_TO_DO
  }

  /** Validates and copies the components. */
  public PlanItem {
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(subjectLabel, "subjectLabel");
    Objects.requireNonNull(targetLabel, "targetLabel");
    Objects.requireNonNull(resolution, "resolution");
    stepIds = List.copyOf(stepIds);
    manual = List.copyOf(manual);
  }
}
