/**
 * The conformance kit's engine: the recording sink, the syncs the checks share, and the checks.
 *
 * <p>This package is not API: it carries no compatibility promise and may change in any release.
 */
@NullMarked
package dev.governance.testkit.conformance.internal;

import org.jspecify.annotations.NullMarked;
