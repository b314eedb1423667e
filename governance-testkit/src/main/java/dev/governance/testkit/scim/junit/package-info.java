/**
 * JUnit 5 support for the fake SCIM 2.0 server: {@link
 * dev.governance.testkit.scim.junit.FakeScimServerTest} and {@link
 * dev.governance.testkit.scim.junit.FakeScimServerExtension}.
 *
 * <p>This package is public API.
 *
 * @since 0.1
 */
@NullMarked
package dev.governance.testkit.scim.junit;

import org.jspecify.annotations.NullMarked;
