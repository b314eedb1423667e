package dev.governance.testkit.conformance;

/**
 * The reference connector passes the conformance kit; {@link ConformanceKitTest} says which of its
 * checks ran and which did not apply.
 */
class InMemoryConnectorConformanceTest extends ReferenceConformance {}
