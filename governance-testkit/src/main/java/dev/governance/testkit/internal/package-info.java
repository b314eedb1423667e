/**
 * What the testkit's public packages share and do not publish: searching texts for secrets, and
 * keeping the fake servers a JUnit extension started.
 *
 * <p>This package is not API: it carries no compatibility promise and may change in any release.
 */
@NullMarked
package dev.governance.testkit.internal;

import org.jspecify.annotations.NullMarked;
