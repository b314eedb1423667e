package dev.governance.core.access;

import java.util.Objects;

/**
 * How one identity reaches one application or role, without the paths: which kinds of path its
 * {@link Access} has. {@link AccessGraph#reaches} gives these where only counts are wanted.
 *
 * @param identityId the identity
 * @param direct whether a path is {@link AccessPath.Kind#DIRECT}, as {@link Access#direct()}
 * @param viaGroup whether a path is {@link AccessPath.Kind#VIA_GROUP}
 * @param viaGroupRule whether a path is {@link AccessPath.Kind#VIA_GROUP_RULE}
 * @since 0.2
 */
public record Reach(String identityId, boolean direct, boolean viaGroup, boolean viaGroupRule) {

  /** Validates the components. */
  public Reach {
    Objects.requireNonNull(identityId, "identityId");
  }
}
