package dev.governance.okta.internal.mapping;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.governance.core.model.RoleTarget;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code …/roles/{roleAssignmentId}/targets/groups} (a group) or {@code
 * …/targets/catalog/apps} (an app instance with an {@code id}, or an OIN catalog entry known by
 * its {@code name} alone), read for the two fields the sync keeps.
 *
 * @param id the group's or app instance's id
 * @param name an OIN catalog entry's name
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OktaRoleTarget(@Nullable String id, @Nullable String name) {

  /**
   * Maps a group target.
   *
   * @return the target, or empty without an id
   */
  public Optional<RoleTarget> asGroup() {
    return id == null || id.isBlank() ? Optional.empty() : Optional.of(new RoleTarget(RoleTarget.Kind.GROUP, id));
  }

  /**
   * Maps an application target: one instance, or every instance of a catalog entry.
   *
   * @return the target, or empty with neither id nor name
   */
  public Optional<RoleTarget> asApplication() {
    if (id != null && !id.isBlank()) {
      return Optional.of(new RoleTarget(RoleTarget.Kind.APPLICATION, id));
    }
    if (name != null && !name.isBlank()) {
      return Optional.of(new RoleTarget(RoleTarget.Kind.APPLICATION_TYPE, name));
    }
    return Optional.empty();
  }
}
