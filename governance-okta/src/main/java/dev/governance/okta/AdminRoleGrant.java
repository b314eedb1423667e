package dev.governance.okta;

import dev.governance.okta.catalog.StandardAdminRole;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An admin role held by the owner of an API token (or assigned to a service app), as input to
 * {@link ScopeCheck#ofAdminRoles(Collection)}.
 *
 * @since 0.1
 */
public sealed interface AdminRoleGrant {

  /**
   * A standard role.
   *
   * @param role the role
   * @param targeted {@code true} if the assignment is limited to some groups or applications;
   *     ignored for roles that cannot be targeted
   */
  record Standard(StandardAdminRole role, boolean targeted) implements AdminRoleGrant {
    /** Validates the role. */
    public Standard {
      Objects.requireNonNull(role, "role");
      targeted = targeted && role.isTargetable();
    }
  }

  /**
   * A custom role: a set of permissions on a resource set.
   *
   * @param label the role's label, for messages
   * @param permissions the role's permission names, e.g. {@code okta.users.read}
   * @param allResources {@code true} if its resource set covers every user, group and application
   *     of the org; {@code false} if it is limited to some
   */
  record Custom(String label, Set<String> permissions, boolean allResources)
      implements AdminRoleGrant {
    /** Validates and copies the permissions. */
    public Custom {
      Objects.requireNonNull(label, "label");
      permissions = Set.copyOf(new TreeSet<>(permissions));
    }
  }

  /**
   * A role type that this SDK does not know, such as a standard role Okta added later. It is
   * counted as allowing nothing, and the check says so in a notice.
   *
   * @param type the {@code type} Okta sent
   */
  record Unrecognized(String type) implements AdminRoleGrant {
    /** Validates the type. */
    public Unrecognized {
      Objects.requireNonNull(type, "type");
    }
  }

  /**
   * Returns the grant for a role {@code type} as Okta sends it in role assignments.
   *
   * @param type e.g. {@code READ_ONLY_ADMIN}; {@code CUSTOM} is refused, use {@link #custom}
   * @param targeted whether the assignment is limited to some groups or applications
   * @return a standard grant, or an unrecognized one for a type this SDK does not know
   * @throws IllegalArgumentException for {@code CUSTOM}, whose permissions must be given
   */
  static AdminRoleGrant ofType(String type, boolean targeted) {
    Objects.requireNonNull(type, "type");
    if (type.equals("CUSTOM")) {
      throw new IllegalArgumentException(
          "A CUSTOM role is known by its permissions: use AdminRoleGrant.custom(label,"
              + " permissions, allResources).");
    }
    return StandardAdminRole.fromType(type)
        .<AdminRoleGrant>map(role -> new Standard(role, targeted))
        .orElseGet(() -> new Unrecognized(type));
  }

  /**
   * Returns an org-wide standard role.
   *
   * @param role the role
   * @return the grant
   */
  static Standard of(StandardAdminRole role) {
    return new Standard(role, false);
  }

  /**
   * Returns a standard role limited to some groups or applications.
   *
   * @param role the role
   * @return the grant
   */
  static Standard targeted(StandardAdminRole role) {
    return new Standard(role, true);
  }

  /**
   * Returns a custom role.
   *
   * @param label the role's label
   * @param permissions its permission names
   * @param allResources whether its resource set covers the whole org
   * @return the grant
   */
  static Custom custom(String label, Collection<String> permissions, boolean allResources) {
    return new Custom(label, Set.copyOf(permissions), allResources);
  }
}
