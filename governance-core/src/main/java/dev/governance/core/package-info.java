/**
 * The provider-neutral core of the governance SDK: entry points and the one exception family.
 *
 * <p>Every failure the SDK reports is a {@link dev.governance.core.GovernanceException}, an unchecked
 * root with a few semantic leaves that carry structured fields (the missing permissions, the time a
 * rate limit resets, the offending setting). Provider exceptions are kept as the cause.
 *
 * @since 0.1
 */
package dev.governance.core;
