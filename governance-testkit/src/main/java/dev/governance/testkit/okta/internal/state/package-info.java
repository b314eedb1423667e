/**
 * The tenant's state: tables indexed by position with id indexes, compact sorted {@code int}
 * lists for memberships (both directions), guarded by one read-write lock. No compatibility
 * promise.
 */
@NullMarked
package dev.governance.testkit.okta.internal.state;

import org.jspecify.annotations.NullMarked;
