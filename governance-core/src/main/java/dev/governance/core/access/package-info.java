/**
 * Who can reach what, and through which path.
 *
 * <p>An {@link dev.governance.core.access.AccessGraph} answers, from a snapshot, every application
 * and role an identity reaches with every path (directly, through a group, through nested groups,
 * through a membership a group rule added), and the reverse: every identity that reaches an
 * application or a role. A path is the chain of grants it follows, so each hop keeps its own
 * provenance; cycles of nested groups are cut, and a path never visits a group twice.
 *
 * <p>When a provider reports an identity's access as inherited through a group (Okta's application
 * users with scope {@code GROUP}) but the membership itself is not in the snapshot, the reported
 * grant stands as its own one-hop path, so that nothing the provider said is lost.
 *
 * <p>This package is public API.
 *
 * @since 0.1
 */
@NullMarked
package dev.governance.core.access;

import org.jspecify.annotations.NullMarked;
