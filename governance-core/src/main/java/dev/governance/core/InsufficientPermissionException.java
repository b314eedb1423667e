package dev.governance.core;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The credentials are valid but may not do this: the exception names the scopes and the admin
 * permissions that are missing, so the message can say exactly what to grant.
 *
 * @since 0.1
 */
public final class InsufficientPermissionException extends GovernanceException {

  private static final long serialVersionUID = 1L;

  /** OAuth scopes the credentials would need. */
  private final Set<String> missingScopes;

  /** Admin permissions the principal would need. */
  private final Set<String> missingPermissions;

  /**
   * Creates the exception.
   *
   * @param message what was refused and what to grant
   * @param missingScopes OAuth scopes that are missing, possibly empty
   * @param missingPermissions admin permissions that are missing, possibly empty
   * @param cause the provider exception, or {@code null}
   */
  public InsufficientPermissionException(
      String message,
      Set<String> missingScopes,
      Set<String> missingPermissions,
      @Nullable Throwable cause) {
    super(message, cause);
    this.missingScopes = Set.copyOf(missingScopes);
    this.missingPermissions = Set.copyOf(missingPermissions);
  }

  /**
   * Returns the OAuth scopes that are missing.
   *
   * @return the scopes, possibly empty
   */
  public Set<String> missingScopes() {
    return missingScopes;
  }

  /**
   * Returns the admin permissions that are missing.
   *
   * @return the permissions, possibly empty
   */
  public Set<String> missingPermissions() {
    return missingPermissions;
  }
}
