/**
 * Implementation details of the Okta connector: key parsing, configuration files and, later, the
 * Okta SDK client. No compatibility promise: anything here may change in any release.
 *
 * @since 0.1
 */
@NullMarked
package dev.governance.okta.internal;

import org.jspecify.annotations.NullMarked;
