/**
 * Okta's catalogue: the facts about Okta that the Okta connector and the fake Okta tenant both rely
 * on, written once. Rate-limit buckets with their endpoint matching and per-plan limits, the
 * standard admin role types, and the OAuth scopes of the management API.
 *
 * <p>Every fact here has a source in Okta's documentation, its OpenAPI specification or a client
 * generated from Okta's own rules; {@code docs/okta-facts.md} lists each one, marked verified or
 * assumed. The artifact has no dependencies beyond JSpecify's annotations, so that the testkit can
 * share it without depending on the connector or on an Okta SDK.
 *
 * <p>This package is public API.
 *
 * @since 0.1
 */
@NullMarked
package dev.governance.okta.catalog;

import org.jspecify.annotations.NullMarked;
