/**
 * Internals of the fake Okta tenant: fixture loading and counts. No compatibility promise.
 *
 * <p>Design: Okta semantics (state, paging, search and filter, authorization, lifecycle rules)
 * live in engine-independent classes; the HTTP layer is a thin undertow handler because undertow
 * writes header names exactly as given, and okta-sdk-java's {@code PaginationUtil} looks up the
 * lower-case {@code link} header by exact name.
 */
@NullMarked
package dev.governance.testkit.okta.internal;

import org.jspecify.annotations.NullMarked;
