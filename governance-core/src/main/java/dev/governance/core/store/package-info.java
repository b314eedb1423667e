/**
 * Keeps snapshots: a storage SPI, {@link dev.governance.core.store.SnapshotStore}, and its embedded
 * default on a local directory, {@link dev.governance.core.store.FileSnapshotStore}.
 *
 * <p>Snapshots are kept per integration (one connected tenant) and identified by an id that orders
 * them by when they were saved. A store never replaces or damages a saved snapshot while writing a
 * new one: a failed, cancelled or crashed sync leaves the last good snapshot loadable. The file
 * format is streamed, gzip-compressed JSON with a format version, described in {@code
 * docs/store.md}; a snapshot of a hundred thousand identities and a million grants is written and
 * read without ever holding its JSON in memory.
 *
 * <p>This package is public API.
 *
 * @since 0.1
 */
@NullMarked
package dev.governance.core.store;

import org.jspecify.annotations.NullMarked;
