/**
 * Benchmarks of the SDK's hot parts: JMH benchmarks for timing, and a small harness for retained
 * memory, which JMH does not measure. Not published.
 *
 * <p>Build with {@code ./mvnw -q -DskipTests install}, then run {@code java -jar
 * governance-bench/target/benchmarks.jar} (JMH) or {@code java -Xmx512m -cp
 * governance-bench/target/benchmarks.jar dev.governance.bench.SnapshotMemory} (memory). See
 * docs/performance.md.
 */
package dev.governance.bench;
