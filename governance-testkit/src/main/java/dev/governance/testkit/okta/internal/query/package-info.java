/** Okta's SCIM-like {@code filter} and {@code search} expressions. No compatibility promise. */
@NullMarked
package dev.governance.testkit.okta.internal.query;

import org.jspecify.annotations.NullMarked;
