/**
 * Lifecycle actions against Okta: the calls that remove access, with the checks that make their
 * outcome honest (an effect already in place, a membership Okta does not manage). No compatibility
 * promise.
 */
package dev.governance.okta.internal.lifecycle;
