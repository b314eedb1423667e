package dev.governance.core.review;

import java.util.Set;
import java.util.TreeSet;

/**
 * What a review covers.
 *
 * @since 0.1
 */
public sealed interface ReviewScope {

  /**
   * Describes the scope for people, e.g. {@code applications: all}.
   *
   * @return the description
   */
  String describe();

  /**
   * Every identity that reaches the given applications; every application when the set is empty.
   *
   * @param ids application ids
   */
  record Applications(Set<String> ids) implements ReviewScope {
    /** Copies the ids. */
    public Applications {
      ids = Set.copyOf(ids);
    }

    /**
     * Returns the scope of every application.
     *
     * @return the scope
     */
    public static Applications all() {
      return new Applications(Set.of());
    }

    @Override
    public String describe() {
      return "applications: " + list(ids);
    }
  }

  /**
   * Every identity that is a member of the given groups, directly or through nested groups; every
   * group when the set is empty.
   *
   * @param ids group ids
   */
  record Groups(Set<String> ids) implements ReviewScope {
    /** Copies the ids. */
    public Groups {
      ids = Set.copyOf(ids);
    }

    @Override
    public String describe() {
      return "groups: " + list(ids);
    }
  }

  /**
   * Every identity that holds the given admin roles; every role when the set is empty.
   *
   * @param ids role ids
   */
  record Roles(Set<String> ids) implements ReviewScope {
    /** Copies the ids. */
    public Roles {
      ids = Set.copyOf(ids);
    }

    @Override
    public String describe() {
      return "roles: " + list(ids);
    }
  }

  /**
   * Privileged access only: every admin role held by an identity, every scope grant that allows
   * changes ({@code .manage}), and every API token.
   */
  record Privileged() implements ReviewScope {
    @Override
    public String describe() {
      return "privileged access";
    }
  }

  /**
   * Everything the given identities reach: applications and roles.
   *
   * @param ids identity ids, at least one
   */
  record Identities(Set<String> ids) implements ReviewScope {
    /** Copies the ids. */
    public Identities {
      ids = Set.copyOf(ids);
      if (ids.isEmpty()) {
        throw new IllegalArgumentException("an identity scope needs at least one identity");
      }
    }

    @Override
    public String describe() {
      return "identities: " + list(ids);
    }
  }

  private static String list(Set<String> ids) {
    return ids.isEmpty() ? "all" : String.join(", ", new TreeSet<>(ids));
  }
}
