/**
 * The HTTP layer and endpoint handlers: routing, cursor paging with absolute {@code link}
 * headers, rate limiting, faults, and the OAuth 2.0 token endpoint. No compatibility promise.
 */
@NullMarked
package dev.governance.testkit.okta.internal.http;

import org.jspecify.annotations.NullMarked;
