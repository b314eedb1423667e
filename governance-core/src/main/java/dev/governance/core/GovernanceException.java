package dev.governance.core;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception the SDK throws. Unchecked, so that callers catch only what they can
 * handle: a leaf tells what went wrong and carries the facts needed to act on it.
 *
 * <p>Messages never contain a secret: credentials are masked before they reach an exception.
 *
 * @since 0.1
 */
public abstract sealed class GovernanceException extends RuntimeException
    permits InvalidConfigurationException,
        AuthenticationFailedException,
        InsufficientPermissionException,
        RateLimitedException,
        NotFoundException,
        ConflictException,
        CancelledException,
        ConnectorFailureException,
        StorageFailureException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message and an optional cause.
   *
   * @param message what went wrong and what to do about it
   * @param cause the provider exception behind it, or {@code null}
   */
  protected GovernanceException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
