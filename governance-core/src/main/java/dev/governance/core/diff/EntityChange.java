package dev.governance.core.diff;

import dev.governance.core.model.Entity;
import dev.governance.core.model.EntityKind;
import java.util.List;
import java.util.Objects;

/**
 * An entity added, removed or changed between two snapshots.
 *
 * @since 0.1
 */
public sealed interface EntityChange {

  /**
   * Returns the entity's kind.
   *
   * @return the kind
   */
  EntityKind kind();

  /**
   * Returns the entity's id.
   *
   * @return the id
   */
  String id();

  /**
   * An entity only the later snapshot holds.
   *
   * @param entity the entity
   */
  record Added(Entity entity) implements EntityChange {
    /** Validates the entity. */
    public Added {
      Objects.requireNonNull(entity, "entity");
    }

    @Override
    public EntityKind kind() {
      return entity.kind();
    }

    @Override
    public String id() {
      return entity.id();
    }
  }

  /**
   * An entity only the earlier snapshot holds.
   *
   * @param entity the entity
   */
  record Removed(Entity entity) implements EntityChange {
    /** Validates the entity. */
    public Removed {
      Objects.requireNonNull(entity, "entity");
    }

    @Override
    public EntityKind kind() {
      return entity.kind();
    }

    @Override
    public String id() {
      return entity.id();
    }
  }

  /**
   * An entity both snapshots hold, with different components.
   *
   * @param before the earlier version
   * @param after the later version
   * @param fields what differs, at least one
   */
  record Changed(Entity before, Entity after, List<FieldChange> fields) implements EntityChange {
    /** Validates and copies the components. */
    public Changed {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      fields = List.copyOf(fields);
      if (fields.isEmpty()) {
        throw new IllegalArgumentException("a change needs at least one changed field");
      }
    }

    @Override
    public EntityKind kind() {
      return after.kind();
    }

    @Override
    public String id() {
      return after.id();
    }
  }
}
