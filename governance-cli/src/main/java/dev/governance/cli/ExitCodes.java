package dev.governance.cli;

import dev.governance.core.AuthenticationFailedException;
import dev.governance.core.CancelledException;
import dev.governance.core.ConflictException;
import dev.governance.core.GovernanceException;
import dev.governance.core.InsufficientPermissionException;
import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.NotFoundException;

/**
 * The exit codes of every {@code governance} command, as {@code docs/cli.md} lists them.
 *
 * @since 0.1
 */
public final class ExitCodes {
  /** Success: the job ran and no finding reached {@code --fail-on}. */
  public static final int OK = 0;
  /** The scan ran, but a finding is at or above the {@code --fail-on} severity. */
  public static final int FINDINGS = 1;
  /** A usage or configuration error: a missing or conflicting option, an unknown id, a bad file. */
  public static final int USAGE = 2;
  /** The credentials were refused (wrong, expired or revoked, or of another tenant). */
  public static final int AUTHENTICATION = 3;
  /** The credentials were accepted but lack a permission the job needs. */
  public static final int PERMISSION = 4;
  /** The provider, the network or the local disk failed (rate limits, server errors, timeouts). */
  public static final int FAILURE = 5;
  /** The job was cancelled (Ctrl-C). */
  public static final int CANCELLED = 130;

  /** The integration is busy: another process syncs, deletes or rotates it; try again later. */
  public static final int BUSY = 6;
  /** A bug: an unexpected exception. */
  public static final int INTERNAL = 70;

  private ExitCodes() {}

  /**
   * Returns the exit code for an exception that ended a command.
   *
   * @param e the exception
   * @return the exit code
   */
  public static int of(Throwable e) {
    if (e instanceof dev.governance.core.IntegrationBusyException) {
      return BUSY;
    } else if (e instanceof InvalidConfigurationException || e instanceof NotFoundException
        || e instanceof ConflictException || e instanceof IllegalArgumentException) {
      return USAGE;
    } else if (e instanceof AuthenticationFailedException) {
      return AUTHENTICATION;
    } else if (e instanceof InsufficientPermissionException) {
      return PERMISSION;
    } else if (e instanceof CancelledException) {
      return CANCELLED;
    } else if (e instanceof GovernanceException) {
      return FAILURE;
    }
    return INTERNAL;
  }
}
