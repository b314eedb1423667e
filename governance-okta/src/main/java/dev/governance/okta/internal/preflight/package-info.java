/**
 * The reads of the connection preflight: the token's owner and its admin roles, and one cheap read
 * per collection. No compatibility promise.
 */
@NullMarked
package dev.governance.okta.internal.preflight;

import org.jspecify.annotations.NullMarked;
