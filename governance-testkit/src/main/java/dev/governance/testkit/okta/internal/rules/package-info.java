/**
 * Okta's group rule expressions: the subset of the Okta Expression Language that group rules use,
 * parsed and evaluated against a user. No compatibility promise.
 */
@NullMarked
package dev.governance.testkit.okta.internal.rules;

import org.jspecify.annotations.NullMarked;
