/**
 * Helpers shared by the core's packages and the project's other modules. No compatibility promise: anything here may change or
 * go away in any release.
 *
 * @since 0.1
 */
@NullMarked
package dev.governance.core.internal;

import org.jspecify.annotations.NullMarked;
