/**
 * JUnit 5 support for the fake Okta tenant: {@link
 * dev.governance.testkit.okta.junit.FakeOktaTenantTest} and {@link
 * dev.governance.testkit.okta.junit.FakeOktaTenantExtension}.
 *
 * @since 0.1
 */
package dev.governance.testkit.okta.junit;
