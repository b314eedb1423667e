/**
 * The baseline of the whole-sync benchmark: the inventory read the obvious way with okta-sdk-java
 * alone, so that the connector's calls, time and memory can be compared with it on the same
 * tenant.
 *
 * <p>Not published; no compatibility promise.
 */
@NullMarked
package dev.governance.bench.baseline;

import org.jspecify.annotations.NullMarked;
