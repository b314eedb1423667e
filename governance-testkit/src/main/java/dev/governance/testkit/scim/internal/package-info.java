/**
 * The fake SCIM server's state, wire format and HTTP layer. Not API: no compatibility promise.
 */
@NullMarked
package dev.governance.testkit.scim.internal;

import org.jspecify.annotations.NullMarked;
