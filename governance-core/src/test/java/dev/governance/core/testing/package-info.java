/**
 * Test helpers that the tests of several modules share, published in governance-core's test jar
 * (type {@code test-jar}): running headless Chromium on a report. Not API.
 */
@NullMarked
package dev.governance.core.testing;

import org.jspecify.annotations.NullMarked;
