package dev.governance.core.access;

import dev.governance.core.model.EntityKind;
import java.util.List;
import java.util.Objects;

/**
 * An identity's access to one application or role, with every path that gives it.
 *
 * @param identityId the identity
 * @param targetKind {@link EntityKind#APPLICATION} or {@link EntityKind#ROLE}
 * @param targetId the application or role
 * @param paths every path, shortest first
 * @param truncated whether more paths exist than the graph's limit let it list
 * @since 0.1
 */
public record Access(
    String identityId, EntityKind targetKind, String targetId, List<AccessPath> paths, boolean truncated) {

  /** Validates and copies the components. */
  public Access {
    Objects.requireNonNull(identityId, "identityId");
    Objects.requireNonNull(targetKind, "targetKind");
    Objects.requireNonNull(targetId, "targetId");
    paths = List.copyOf(paths);
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("an access needs at least one path");
    }
  }

  /**
   * Tells whether the identity holds the access directly (besides any other path).
   *
   * @return {@code true} if a path is direct
   */
  public boolean direct() {
    return paths.stream().anyMatch(p -> p.kind() == AccessPath.Kind.DIRECT);
  }

  /**
   * Tells whether removing direct grants alone would not remove the access.
   *
   * @return {@code true} if some path goes through a group
   */
  public boolean inherited() {
    return paths.stream().anyMatch(p -> p.kind() != AccessPath.Kind.DIRECT);
  }
}
