/**
 * Connected tenants: the {@link dev.governance.core.integration.Integrations} registry a product
 * embeds to add, edit and delete tenants, rotate their credentials, sync them into a {@link
 * dev.governance.core.store.SnapshotStore} and follow their status.
 *
 * <p>Secrets never reach the registry's files: an integration keeps a {@link
 * dev.governance.core.integration.CredentialReference} (an environment variable, a file, or a name
 * the product's {@link dev.governance.core.integration.SecretResolver} knows). The secret is read
 * when a connector is opened and handed to it as a {@link
 * dev.governance.core.Secret} service of its {@link
 * dev.governance.core.spi.ConnectorContext}, next to the setting {@code tenant} and the
 * integration's own settings.
 *
 * <p>Every time the registry records comes from an injected {@link java.time.Clock}. See {@code
 * docs/integrations.md} for a guide.
 *
 * <p>This package is public API.
 *
 * @since 0.1
 */
@NullMarked
package dev.governance.core.integration;

import org.jspecify.annotations.NullMarked;
