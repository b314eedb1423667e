package dev.governance.core;

/**
 * The caller cancelled the operation. Whatever was stored before stays as it was: a cancelled sync
 * never replaces the last good snapshot.
 *
 * @since 0.1
 */
public final class CancelledException extends GovernanceException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was cancelled
   */
  public CancelledException(String message) {
    super(message, null);
  }
}
