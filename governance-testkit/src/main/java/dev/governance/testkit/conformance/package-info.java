/**
 * The connector conformance kit: every promise of the SPI, checked against a connector as JUnit 5
 * tests.
 *
 * <p>An author extends {@link dev.governance.testkit.conformance.ConnectorConformance}, says how to
 * open the connector (good credentials and, where it can make them, bad credentials and
 * credentials missing a permission) and what inventory was seeded, and gets each {@link
 * dev.governance.testkit.conformance.ConformanceCheck} as a test. A check that does not apply is
 * reported as aborted with the reason, never passed silently. docs/connectors.md walks through
 * writing a connector test-first with the kit.
 *
 * <p>This package is public API.
 *
 * @since 0.2
 */
@NullMarked
package dev.governance.testkit.conformance;

import org.jspecify.annotations.NullMarked;
