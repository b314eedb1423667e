/**
 * The Okta sync: a survey, a call plan per rate-limit bucket, and lanes that spend each bucket's
 * calls in parallel with the others. No compatibility promise.
 *
 * <p>The survey reads what decides every other call: the groups with {@code expand=stats} (members,
 * applications and admin privilege per group), the applications (which are OAuth clients), the
 * users holding admin roles ({@code /api/v1/iam/assignees/users}), the group rules and the API
 * tokens. From it the {@link dev.governance.okta.internal.sync.CallPlan} predicts the calls of the
 * rest of the sync per bucket before any of them is made: no call for a group without members or
 * applications, no grants call for an application that is not an OAuth client, one roles call per
 * admin rather than per user, Okta's largest page sizes. The lanes then run one per bucket, so that
 * the sync takes about as long as its busiest bucket needs, not the sum of all.
 */
@NullMarked
package dev.governance.okta.internal.sync;

import org.jspecify.annotations.NullMarked;
