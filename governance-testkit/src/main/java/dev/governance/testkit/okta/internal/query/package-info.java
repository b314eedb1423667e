/** Okta's SCIM-like {@code filter} and {@code search} expressions. No compatibility promise. */
package dev.governance.testkit.okta.internal.query;
