package dev.governance.core.model;

import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * An admin role: one of the provider's standard roles, or a custom role with its permissions.
 *
 * <p>{@link #privilege()} says in neutral terms how much of the tenant the role administers; {@link
 * #providerType()} keeps the provider's own type (e.g. Okta's {@code SUPER_ADMIN}). A standard
 * role's id is usually its provider type; a custom role's id is the provider's id for it.
 *
 * @param id the role's id
 * @param label the name people see
 * @param privilege how much of the tenant it administers, as the connector decided
 * @param providerType the provider's own type of the role, e.g. {@code SUPER_ADMIN} or {@code
 *     CUSTOM}
 * @param permissions for a custom role, its permissions (e.g. {@code okta.groups.members.manage});
 *     empty for a standard role, whose permissions the provider defines
 * @param description a description, or {@code null}
 * @since 0.1
 */
public record Role(
    String id,
    String label,
    PrivilegeLevel privilege,
    String providerType,
    Set<String> permissions,
    @Nullable String description)
    implements Entity {

  /** Validates the components and copies the permissions into a sorted set. */
  public Role {
    Checks.id(id, "id");
    Checks.id(label, "label");
    Checks.present(privilege, "privilege");
    Checks.id(providerType, "providerType");
    Set<String> sorted = new TreeSet<>();
    for (String p : Checks.present(permissions, "permissions")) {
      sorted.add(Checks.id(p, "permission"));
    }
    permissions = java.util.Collections.unmodifiableSet(sorted);
    description = Checks.optional(description);
  }

  /**
   * Creates a provider's standard role, whose id is its provider type.
   *
   * @param providerType the provider's type, also the id
   * @param privilege its privilege level; not {@link PrivilegeLevel#CUSTOM}
   * @param label the name people see
   * @return the role
   */
  public static Role standard(String providerType, PrivilegeLevel privilege, String label) {
    if (privilege == PrivilegeLevel.CUSTOM) {
      throw new IllegalArgumentException("a custom role needs an id and permissions: use custom()");
    }
    return new Role(providerType, label, privilege, providerType, Set.of(), null);
  }

  /**
   * Creates a custom role, whose provider type is {@code CUSTOM}.
   *
   * @param id the provider's id
   * @param label the name people see
   * @param permissions its permissions
   * @return the role
   */
  public static Role custom(String id, String label, Set<String> permissions) {
    return new Role(id, label, PrivilegeLevel.CUSTOM, "CUSTOM", permissions, null);
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
   * @return {@code true} for {@link PrivilegeLevel#CUSTOM}
   */
  public boolean custom() {
    return privilege == PrivilegeLevel.CUSTOM;
  }
}
