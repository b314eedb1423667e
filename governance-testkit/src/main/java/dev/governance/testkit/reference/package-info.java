/**
 * A reference connector that serves an inventory held in memory.
 *
 * <p>It implements the whole SPI, lifecycle included, from an {@link
 * dev.governance.testkit.reference.InMemoryFixture}, and is registered through {@link
 * java.util.ServiceLoader} under the id {@code in-memory}. Use it to test code that consumes
 * connectors (pipelines, stores, findings) without any provider, and as the model for a new
 * connector: it shows what each SPI method must do, in a few lines each.
 *
 * <p>This package is public API.
 *
 * @since 0.1
 */
@NullMarked
package dev.governance.testkit.reference;

import org.jspecify.annotations.NullMarked;
