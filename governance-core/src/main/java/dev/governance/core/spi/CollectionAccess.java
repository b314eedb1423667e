package dev.governance.core.spi;

import java.util.Set;

/**
 * What a preflight learned about reading one collection.
 *
 * @since 0.1
 */
public sealed interface CollectionAccess {

  /**
   * Returns the answer for a collection that can be read.
   *
   * @return the shared instance
   */
  static CollectionAccess allowed() {
    return Allowed.INSTANCE;
  }

  /**
   * Tells whether the collection can be read (including when it looked suspiciously empty).
   *
   * @return {@code true} unless forbidden
   */
  default boolean readable() {
    return !(this instanceof Forbidden);
  }

  /** The collection can be read. */
  enum Allowed implements CollectionAccess {
    /** The one instance. */
    INSTANCE
  }

  /**
   * The collection cannot be read.
   *
   * @param reason why, in plain words
   * @param missingScopes OAuth scopes that would allow it
   * @param missingPermissions admin permissions that would allow it
   */
  record Forbidden(String reason, Set<String> missingScopes, Set<String> missingPermissions)
      implements CollectionAccess {
    /** Copies the sets. */
    public Forbidden {
      java.util.Objects.requireNonNull(reason, "reason");
      missingScopes = Set.copyOf(missingScopes);
      missingPermissions = Set.copyOf(missingPermissions);
    }
  }

  /**
   * The provider answered, but with nothing where something was expected: a sign that the
   * credentials see less than they seem to (for Okta, a service app without an admin role gets an
   * empty list of users).
   *
   * @param reason what looked wrong and what to check
   */
  record EmptyButSuspicious(String reason) implements CollectionAccess {
    /** Validates the reason. */
    public EmptyButSuspicious {
      java.util.Objects.requireNonNull(reason, "reason");
    }
  }
}
