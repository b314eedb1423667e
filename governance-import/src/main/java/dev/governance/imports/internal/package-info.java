/**
 * The readers behind the import connectors: a streaming CSV reader, the row and item converters,
 * the compact id set that checks references, and the problem list. Types here never appear in a
 * public signature.
 *
 * <p>No compatibility promise.
 */
@NullMarked
package dev.governance.imports.internal;

import org.jspecify.annotations.NullMarked;
