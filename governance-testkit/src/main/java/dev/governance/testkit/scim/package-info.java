/**
 * A fake SCIM 2.0 service provider (RFC 7643, RFC 7644) on loopback, for testing SCIM clients and
 * connectors over real HTTP: {@link dev.governance.testkit.scim.FakeScimServer}, what it says it
 * supports ({@link dev.governance.testkit.scim.ScimFeatures}), the tokens it accepts ({@link
 * dev.governance.testkit.scim.ScimAccess}), faults on purpose ({@link
 * dev.governance.testkit.scim.ScimFaultRule}) and the requests it served ({@link
 * dev.governance.testkit.scim.ScimJournal}). docs/fake-scim.md describes it. This package is public API.
 *
 * @since 0.1
 */
@NullMarked
package dev.governance.testkit.scim;

import org.jspecify.annotations.NullMarked;
