package dev.governance.core.review;

import dev.governance.core.access.AccessPath;
import java.util.List;
import java.util.Objects;

/**
 * One path of a {@link ReviewItem}, as a reviewer reads it.
 *
 * @param kind direct, through a group, or through a membership a group rule added
 * @param description the path in words, e.g. {@code via group Sales}
 * @param groupIds the groups it goes through, in order
 * @param ruleIds the group rules whose memberships it uses
 * @since 0.1
 */
public record ItemPath(AccessPath.Kind kind, String description, List<String> groupIds, List<String> ruleIds) {

  /** Validates and copies the components. */
  public ItemPath {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    groupIds = List.copyOf(groupIds);
    ruleIds = List.copyOf(ruleIds);
  }
}
