/**
 * Benchmarks: the whole-sync benchmark ({@link dev.governance.bench.SyncBenchmark}: calls, time
 * and memory of this SDK's Okta sync, side by side with plain okta-sdk-java code and with
 * baton-okta's call formula), JMH benchmarks of the hot inner parts, and a small harness for
 * retained memory, which JMH does not measure. Not published.
 *
 * <p>Build with {@code ./mvnw -q -DskipTests install}, then run {@code java -Xmx1g -cp
 * governance-bench/target/benchmarks.jar dev.governance.bench.SyncBenchmark --shape medium}
 * (whole sync), {@code java -jar governance-bench/target/benchmarks.jar} (JMH) or {@code java
 * -Xmx512m -cp governance-bench/target/benchmarks.jar dev.governance.bench.SnapshotMemory}
 * (memory). See docs/performance.md.
 *
 * <p>Not published; no compatibility promise.
 */
@NullMarked
package dev.governance.bench;

import org.jspecify.annotations.NullMarked;
