/**
 * JUnit 5 support for the fake Okta tenant: {@link
 * dev.governance.testkit.okta.junit.FakeOktaTenantTest} and {@link
 * dev.governance.testkit.okta.junit.FakeOktaTenantExtension}.
 *
 * <p>This package is public API.
 *
 * @since 0.1
 */
@NullMarked
package dev.governance.testkit.okta.junit;

import org.jspecify.annotations.NullMarked;
