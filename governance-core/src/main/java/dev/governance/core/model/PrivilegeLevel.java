package dev.governance.core.model;

/**
 * How much of a tenant an admin {@link Role} may administer, in terms every provider can fill.
 *
 * <p>The connector decides the level from the provider's own role type, which {@link
 * Role#providerType()} keeps.
 *
 * @since 0.2
 */
public enum PrivilegeLevel {
  /** Every permission in the tenant, including granting and removing admin roles. */
  TENANT_ADMIN,
  /**
   * Changes part of the tenant: some kinds of objects (users, groups, applications, devices,
   * policies), or only the objects the assignment targets, but cannot grant admin roles.
   */
  SCOPED_ADMIN,
  /** Reads the tenant or part of it, and changes nothing. */
  READ_ONLY_ADMIN,
  /** A role the tenant defined, whose permissions {@link Role#permissions()} lists. */
  CUSTOM,
  /** The connector did not say, or the provider sent a role type it does not know. */
  UNKNOWN;

  /**
   * Tells whether a holder of this level may change something in the tenant.
   *
   * @return {@code true} for tenant and scoped admins; {@code false} for read-only admins;
   *     {@code null} when the level alone does not tell (custom and unknown)
   */
  public @org.jspecify.annotations.Nullable Boolean canChange() {
    return switch (this) {
      case TENANT_ADMIN, SCOPED_ADMIN -> Boolean.TRUE;
      case READ_ONLY_ADMIN -> Boolean.FALSE;
      case CUSTOM, UNKNOWN -> null;
    };
  }

  /**
   * Maps a category's name as the snapshot JSON and the CSV write it, ignoring case.
   *
   * @param name the name, or {@code null}
   * @return the matching constant, or {@link #UNKNOWN} for {@code null} and unknown names
   */
  public static PrivilegeLevel parse(@org.jspecify.annotations.Nullable String name) {
    return Enums.parse(PrivilegeLevel.class, name, UNKNOWN);
  }
}
