/**
 * A fake Okta tenant for tests: {@link dev.governance.testkit.okta.FakeOktaTenant} serves Okta's
 * management API wire format on loopback (users, groups, apps, assignments, admin roles, API
 * tokens, scope grants, factors, group rules, the System Log, and the OAuth 2.0 token endpoint
 * for service apps), with Okta's paging, errors, authorization and rate limits, so that real Okta
 * clients work against it unchanged.
 *
 * <p>State is seeded by the {@link dev.governance.testkit.okta.TenantShape} generator, a fixture
 * file, or {@link dev.governance.testkit.okta.TenantFixtures}. Every request lands in the {@link
 * dev.governance.testkit.okta.RequestJournal}; {@link dev.governance.testkit.okta.FaultRule}s make
 * chosen requests fail.
 *
 * <p>This package is public API.
 *
 * @since 0.1
 */
@NullMarked
package dev.governance.testkit.okta;

import org.jspecify.annotations.NullMarked;
