/**
 * Helpers shared by the core's packages and the project's other modules. No compatibility promise: anything here may change or
 * go away in any release.
 *
 * <p>Among them the JSON form of the model ({@link dev.governance.core.internal.ModelJsonWriter},
 * {@link dev.governance.core.internal.ModelJsonReader}): every entity, grant, provenance, coverage
 * and attribute value, written and read one item at a time with Jackson's streaming API, so that the
 * snapshot store and the reports write a whole inventory without holding more than one item as JSON.
 * It works on Jackson's own types, which is why it is not API: the published ways to write and read
 * snapshots are {@link dev.governance.core.store.SnapshotStore} and the reports. The form is
 * described in {@code docs/store.md}.
 *
 * @since 0.1
 */
@NullMarked
package dev.governance.core.internal;

import org.jspecify.annotations.NullMarked;
