/**
 * The registry of integrations, their status history, snapshots, leases and checkpoints on
 * PostgreSQL: {@link dev.governance.store.postgres.PostgresStore}, one store that many processes on
 * many machines share. See {@code docs/store-postgres.md}.
 *
 * <p>This package is public API.
 *
 * @since 0.1
 */
@NullMarked
package dev.governance.store.postgres;

import org.jspecify.annotations.NullMarked;
