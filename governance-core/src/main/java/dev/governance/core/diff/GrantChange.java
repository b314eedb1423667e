package dev.governance.core.diff;

import dev.governance.core.model.Grant;
import dev.governance.core.model.InventoryCollection;
import java.util.List;
import java.util.Objects;

/**
 * A grant added, removed or changed between two snapshots. Grants are matched by value: see the
 * package documentation for what identifies one.
 *
 * @since 0.1
 */
public sealed interface GrantChange {

  /**
   * Returns the grant: the later version when there is one.
   *
   * @return the grant
   */
  Grant grant();

  /**
   * Returns the collection the grant belongs to.
   *
   * @return the collection
   */
  default InventoryCollection collection() {
    return grant().collection();
  }

  /**
   * A grant only the later snapshot holds.
   *
   * @param grant the grant
   */
  record Added(Grant grant) implements GrantChange {
    /** Validates the grant. */
    public Added {
      Objects.requireNonNull(grant, "grant");
    }
  }

  /**
   * A grant only the earlier snapshot holds.
   *
   * @param grant the grant
   */
  record Removed(Grant grant) implements GrantChange {
    /** Validates the grant. */
    public Removed {
      Objects.requireNonNull(grant, "grant");
    }
  }

  /**
   * A grant both snapshots hold, with different details (a role assignment's targets, a scope
   * grant's consent).
   *
   * @param before the earlier version
   * @param after the later version
   * @param fields what differs, at least one
   */
  record Changed(Grant before, Grant after, List<FieldChange> fields) implements GrantChange {
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
    public Grant grant() {
      return after;
    }
  }
}
