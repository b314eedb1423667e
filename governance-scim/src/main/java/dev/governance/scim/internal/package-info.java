/**
 * The SCIM connector's internals: the UnboundID SCIM 2 SDK client on Jersey, retries and error
 * mapping, discovery, the reader, the mapper and lifecycle actions. UnboundID, JAX-RS and Jackson
 * types stay here. Not API: no compatibility promise.
 */
@NullMarked
package dev.governance.scim.internal;

import org.jspecify.annotations.NullMarked;
