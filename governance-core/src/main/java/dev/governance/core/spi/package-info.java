/**
 * The connector SPI: what a provider implements so that the SDK can read its tenants and, where
 * allowed, remove access.
 *
 * <p>A {@link dev.governance.core.spi.ConnectorProvider} is found by explicit registration first,
 * then through {@link java.util.ServiceLoader} (see {@link dev.governance.core.Connectors}). It opens
 * a {@link dev.governance.core.spi.Connector} from a {@link dev.governance.core.spi.ConnectorContext},
 * an object that can grow without breaking implementers. A connector says what it can do ({@link
 * dev.governance.core.spi.Capabilities}), checks what its credentials allow ({@link
 * dev.governance.core.spi.Connector#check()} returns a {@link dev.governance.core.spi.Preflight}),
 * and streams the inventory into an {@link dev.governance.core.spi.InventorySink}. A {@link
 * dev.governance.core.spi.LifecycleConnector} also applies {@link
 * dev.governance.core.spi.LifecycleAction}s.
 *
 * <p>Everything a sync needs from its caller (progress listener, cancellation, clock, checkpoint
 * store) comes in one {@link dev.governance.core.spi.SyncContext}.
 *
 * <p>This package is public API.
 *
 * @since 0.1
 */
@NullMarked
package dev.governance.core.spi;

import org.jspecify.annotations.NullMarked;
