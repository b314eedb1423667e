/**
 * The JDBC work behind {@link dev.governance.store.postgres.PostgresStore}: SQL, the chunked
 * streams of snapshots, and the schema migrations. No compatibility promise.
 */
@NullMarked
package dev.governance.store.postgres.internal;

import org.jspecify.annotations.NullMarked;
