package dev.governance.core;

import org.jspecify.annotations.Nullable;

/**
 * The request contradicts the current state: a duplicate id, a sync already running, a change the
 * provider refuses in the subject's current state. The message says what stands in the way.
 * {@link IntegrationBusyException} is the leaf for an integration another sync, deletion or
 * credential update holds, in this process or another.
 *
 * @since 0.1
 */
public sealed class ConflictException extends GovernanceException permits IntegrationBusyException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what conflicts and what to do
   */
  public ConflictException(String message) {
    super(message, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what conflicts and what to do
   * @param cause the provider exception, or {@code null}
   */
  public ConflictException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
