package dev.governance.core.findings;

import dev.governance.core.model.EntityKind;
import java.util.Objects;

/**
 * What a finding is about: an entity of the snapshot.
 *
 * @param kind the entity's kind
 * @param id the entity's id
 * @param displayName a name for people to read (a login, a group name, an application label), or
 *     the id when the snapshot has no better name
 * @since 0.1
 */
public record Subject(EntityKind kind, String id, String displayName) {

  /** Validates the components. */
  public Subject {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(displayName, "displayName");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    if (displayName.isBlank()) {
      displayName = id;
    }
  }

  @Override
  public String toString() {
    return kind + " " + displayName + (displayName.equals(id) ? "" : " (" + id + ")");
  }
}
