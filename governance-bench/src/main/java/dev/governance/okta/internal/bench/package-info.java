/**
 * The benchmarks that speak okta-sdk-java directly: the mapping of one page of each kind ({@link
 * dev.governance.okta.internal.bench.OktaMappingBenchmark}) and the baseline of the whole-sync
 * benchmark ({@link dev.governance.okta.internal.bench.NaiveOktaSync}), the inventory read the
 * obvious way with okta-sdk-java alone, so that the connector's calls, time and memory can be
 * compared with it on the same tenant. Okta SDK types stay in {@code dev.governance.okta.internal}
 * packages, here as in the connector.
 *
 * <p>Not published; no compatibility promise.
 */
@NullMarked
package dev.governance.okta.internal.bench;

import org.jspecify.annotations.NullMarked;
