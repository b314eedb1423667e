/**
 * The provider-neutral core of the governance SDK: entry points and the one exception family.
 *
 * <p>Every failure the SDK reports is a {@link dev.governance.core.GovernanceException}, an unchecked
 * root with a few semantic leaves that carry structured fields (the missing permissions, the time a
 * rate limit resets, the offending setting). Provider exceptions are kept as the cause.
 *
 * <p>This package is public API.
 *
 * @since 0.1
 */
@NullMarked
package dev.governance.core;

import org.jspecify.annotations.NullMarked;
