/**
 * Snapshots: the immutable inventory of one tenant at one time, built from the stream a connector
 * produces.
 *
 * <p>A {@link dev.governance.core.snapshot.SnapshotBuilder} is an {@link
 * dev.governance.core.spi.InventorySink}: hand it to {@code Connector.collect} and call {@code
 * build()} when the sync ends. The resulting {@link dev.governance.core.snapshot.Snapshot} is
 * indexed by kind and id, and its grants by subject and by target, so that the access graph,
 * findings and diffs never scan the whole inventory for one answer.
 *
 * <p>Memory matters: a snapshot of 100,000 identities and 1,000,000 grants must fit comfortably in
 * a small heap. The builder therefore shares one instance of every id string between the entities
 * and all the grants that refer to them, shares provenance instances, and indexes grants with plain
 * {@code int} arrays rather than per-entry objects.
 *
 * <p>This package is public API.
 *
 * @since 0.1
 */
@NullMarked
package dev.governance.core.snapshot;

import org.jspecify.annotations.NullMarked;
