/**
 * The connector's reading of Okta group rules: a small evaluator of the expression subset rules
 * are written in, and the derivation of which memberships a rule manages. No compatibility
 * promise.
 */
@NullMarked
package dev.governance.okta.internal.rules;

import org.jspecify.annotations.NullMarked;
