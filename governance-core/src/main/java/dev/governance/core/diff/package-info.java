/**
 * Differences between two snapshots of one tenant: the entities and grants added, removed or
 * changed, the basis of access reviews ("what changed since the last review").
 *
 * <p>Entities are matched by kind and id; a matched entity whose other components differ is
 * {@linkplain dev.governance.core.diff.EntityChange.Changed changed}, with one {@link
 * dev.governance.core.diff.FieldChange} per component (and per custom attribute) that differs.
 *
 * <p>Grants have no ids of their own, so they are matched by value: their kind, subject, target
 * and provenance, plus the provider's assignment or grant id where there is one (role assignments,
 * scope grants) and, for scope grants, the issuer. What is left (a role assignment's targets, a
 * scope grant's consent details) may change. A grant whose provenance changed is reported as one
 * removal and one addition, not as a change: provenance decides how access is removed, so a review
 * treats "Alice holds the role directly" and "Alice holds the role through a group" as different
 * grants.
 *
 * <p>Coverage is respected: a collection that one of the snapshots could not read ({@code
 * unavailable}) or did not ask for ({@code not requested}) is left out of the comparison and listed
 * by {@link dev.governance.core.diff.SnapshotDiff#skipped()}, because "not allowed to see users"
 * must never read as "every user was removed". A collection read only in part on either side is
 * compared, and listed by {@link dev.governance.core.diff.SnapshotDiff#uncertain()}.
 *
 * <p>This package is public API.
 *
 * @since 0.1
 */
@NullMarked
package dev.governance.core.diff;

import org.jspecify.annotations.NullMarked;
