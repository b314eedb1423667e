package dev.governance.core.model;

import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * An admin role: one of the provider's standard roles, or a custom role with its permissions.
 *
 * <p>A standard role's id is its type's name (e.g. {@code SUPER_ADMIN}); a custom role's id is the
 * provider's id for it.
 *
 * @param id the role's id
 * @param label the name people see
 * @param type the standard type, or {@link RoleType#CUSTOM}
 * @param permissions for a custom role, its permissions (e.g. {@code okta.groups.members.manage});
 *     empty for a standard role, whose permissions the provider defines
 * @param description a description, or {@code null}
 * @since 0.1
 */
public record Role(
    String id, String label, RoleType type, Set<String> permissions, @Nullable String description)
    implements Entity {

  /** Validates the components and copies the permissions into a sorted set. */
  public Role {
    Checks.id(id, "id");
    Checks.id(label, "label");
    Checks.present(type, "type");
    Set<String> sorted = new TreeSet<>();
    for (String p : Checks.present(permissions, "permissions")) {
      sorted.add(Checks.id(p, "permission"));
    }
    permissions = java.util.Collections.unmodifiableSet(sorted);
    description = Checks.optional(description);
  }

  /**
   * Creates the standard role of a type, whose id is the type's name.
   *
   * @param type the standard type; not {@link RoleType#CUSTOM}
   * @param label the name people see
   * @return the role
   */
  public static Role standard(RoleType type, String label) {
    if (type == RoleType.CUSTOM) {
      throw new IllegalArgumentException("a custom role needs an id and permissions: use custom()");
    }
    return new Role(type.name(), label, type, Set.of(), null);
  }

  /**
   * Creates a custom role.
   *
   * @param id the provider's id
   * @param label the name people see
   * @param permissions its permissions
   * @return the role
   */
  public static Role custom(String id, String label, Set<String> permissions) {
    return new Role(id, label, RoleType.CUSTOM, permissions, null);
  }

  @Override
  public String displayLabel() {
    return label;
  }

  @Override
  public EntityKind kind() {
    return EntityKind.ROLE;
  }

  /**
   * Tells whether this is a custom role.
   *
   * @return {@code true} for {@link RoleType#CUSTOM}
   */
  public boolean custom() {
    return type == RoleType.CUSTOM;
  }
}
