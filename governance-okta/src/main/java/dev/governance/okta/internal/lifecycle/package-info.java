/**
 * Lifecycle actions against Okta: the calls that remove access, with the checks that make their
 * outcome honest (an effect already in place, a membership Okta does not manage). No compatibility
 * promise.
 */
@NullMarked
package dev.governance.okta.internal.lifecycle;

import org.jspecify.annotations.NullMarked;
