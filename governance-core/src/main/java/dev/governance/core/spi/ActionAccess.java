package dev.governance.core.spi;

import java.util.Set;

/**
 * What a preflight learned about one kind of lifecycle action.
 *
 * @since 0.1
 */
public sealed interface ActionAccess {

  /**
   * Returns the answer for an action that may be applied.
   *
   * @return the shared instance
   */
  static ActionAccess allowed() {
    return Allowed.INSTANCE;
  }

  /**
   * Tells whether the action may be applied.
   *
   * @return {@code true} for {@link Allowed}
   */
  default boolean permitted() {
    return this instanceof Allowed;
  }

  /** The action may be applied. */
  enum Allowed implements ActionAccess {
    /** The one instance. */
    INSTANCE
  }

  /**
   * The action may not be applied.
   *
   * @param reason why, in plain words
   * @param missingScopes OAuth scopes that would allow it
   * @param missingPermissions admin permissions that would allow it
   */
  record Denied(String reason, Set<String> missingScopes, Set<String> missingPermissions)
      implements ActionAccess {
    /** Copies the sets. */
    public Denied {
      java.util.Objects.requireNonNull(reason, "reason");
      missingScopes = Set.copyOf(missingScopes);
      missingPermissions = Set.copyOf(missingPermissions);
    }
  }
}
