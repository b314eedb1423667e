/**
 * The fault-schedule runner: syncs a connector through the integration registry after a good sync,
 * once for every fault kind at every endpoint the connector read and at every position (first
 * request, a later page, every attempt), and judges each sync by one promise: a sync never loses
 * data silently.
 *
 * <p>{@link dev.governance.testkit.faults.FaultMatrix} runs the cases and returns a {@link
 * dev.governance.testkit.faults.FaultMatrixReport}; a {@link
 * dev.governance.testkit.faults.FaultTarget} knows the faked tenant: which endpoints the good sync
 * read, which faults it can inject there and which secrets must never be logged. The fake Okta
 * tenant's target is {@link dev.governance.testkit.okta.OktaFaultTarget}. See {@code
 * docs/fault-matrix.md}.
 *
 * <p>This package is public API.
 *
 * @since 0.1
 */
@NullMarked
package dev.governance.testkit.faults;

import org.jspecify.annotations.NullMarked;
