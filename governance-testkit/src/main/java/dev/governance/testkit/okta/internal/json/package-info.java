/**
 * Streaming JSON in Okta's shapes (times as ISO 8601 with milliseconds and {@code Z}). No
 * compatibility promise.
 */
@NullMarked
package dev.governance.testkit.okta.internal.json;

import org.jspecify.annotations.NullMarked;
