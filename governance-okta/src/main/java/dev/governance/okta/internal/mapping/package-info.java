/**
 * Maps okta-sdk-java's models to the provider-neutral model. Okta SDK types never leave this
 * module's {@code internal} packages. No compatibility promise.
 *
 * <p>Okta values the SDK does not know arrive as its {@code unknown_default_open_api} constant and
 * map to the model's {@code UNKNOWN} cases; nothing here fails on a value Okta adds later.
 */
@NullMarked
package dev.governance.okta.internal.mapping;

import org.jspecify.annotations.NullMarked;
