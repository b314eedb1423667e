/**
 * Remediation that follows provenance: from the revoke decisions of a {@link
 * dev.governance.core.review.Review}, a {@link dev.governance.core.remediation.RemediationPlan}
 * with, for each item, the smallest set of lifecycle actions that removes the access through
 * every path, and what a person must change where no action exists.
 *
 * <p>{@link dev.governance.core.remediation.RemediationPlanner} cuts each path at the identity's
 * own grant: a direct assignment is unassigned; access through a group loses the identity's
 * membership of the first group on the path (with every other access that membership gives listed
 * as a side effect). A group whose membership is owned elsewhere (imported from a directory or an
 * application, or built in) and a membership a group rule manages have no action: the plan says
 * what to change instead and marks the item as needing a person. An identity's direct assignment
 * is unassigned only after its group memberships to the same application are removed, because a
 * provider refuses to unassign what a group also grants (Okta's {@code E0000046}); while a group
 * that the plan cannot change still grants it, the unassignment waits.
 *
 * <p>Every step carries the connector's {@link dev.governance.core.spi.Preflight} answer for its
 * action. {@link dev.governance.core.remediation.Remediator} runs a plan (a dry run unless told
 * otherwise), records every step in the review's audit log, never runs a step whose prerequisite
 * failed, and checks each item against a snapshot read afterwards.
 *
 * <p>This package is public API.
 *
 * @since 0.1
 */
@NullMarked
package dev.governance.core.remediation;

import org.jspecify.annotations.NullMarked;
