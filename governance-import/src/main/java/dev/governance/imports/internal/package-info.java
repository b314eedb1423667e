/**
 * The readers behind the import connectors: a streaming CSV reader, the row and item converters,
 * the compact id set that checks references, and the problem list. Not API: no compatibility
 * promise; types here never appear in a public signature.
 */
@NullMarked
package dev.governance.imports.internal;

import org.jspecify.annotations.NullMarked;
