package dev.governance.core;

import org.jspecify.annotations.Nullable;

/**
 * The connector or its provider failed in a way the other leaves do not describe: a server error,
 * a broken response, a network failure. {@link #retryable()} tells whether trying again later may
 * succeed.
 *
 * @since 0.1
 */
public final class ConnectorFailureException extends GovernanceException {

  private static final long serialVersionUID = 1L;

  /** Whether a later retry may succeed. */
  private final boolean retryable;

  /**
   * Creates the exception.
   *
   * @param message what failed
   * @param retryable whether a later retry may succeed
   * @param cause the provider exception, or {@code null}
   */
  public ConnectorFailureException(String message, boolean retryable, @Nullable Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
  }

  /**
   * Returns whether a later retry may succeed.
   *
   * @return {@code true} for transient failures such as 5xx answers or network errors
   */
  public boolean retryable() {
    return retryable;
  }
}
