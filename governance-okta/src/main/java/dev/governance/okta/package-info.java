/**
 * Okta: the org's address, credentials, and what those credentials allow.
 *
 * <ul>
 *   <li>{@link dev.governance.okta.OktaOrg} parses what people paste as their Okta domain into the
 *       base URL the Okta SDK needs, and says what to paste instead when it cannot.
 *   <li>{@link dev.governance.okta.OktaCredentials} is an SSWS API token or an OAuth 2.0 service
 *       app with {@code private_key_jwt}; secrets live in {@link dev.governance.core.Secret}, whose
 *       {@code toString()} is masked. {@link dev.governance.okta.OktaEnvironment} reads Okta's
 *       usual environment variables and {@code ~/.okta/okta.yaml}, only when asked.
 *   <li>{@link dev.governance.okta.OktaPermissions} is the permission table: per inventory
 *       collection and lifecycle action, the Okta operations called, their OAuth scopes, and the
 *       admin permissions and roles that allow them. {@link dev.governance.okta.ScopeCheck}
 *       evaluates granted scopes or admin roles against it.
 * </ul>
 *
 * <p>Okta SDK types never appear in this package: they stay in {@code
 * dev.governance.okta.internal}.
 *
 * <p>This package is public API.
 *
 * @since 0.1
 */
@NullMarked
package dev.governance.okta;

import org.jspecify.annotations.NullMarked;
