/** Placeholder. */
@NullMarked
package dev.governance.scim;

import org.jspecify.annotations.NullMarked;
