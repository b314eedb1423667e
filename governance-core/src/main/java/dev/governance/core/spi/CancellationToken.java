package dev.governance.core.spi;

import dev.governance.core.CancelledException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lets a caller cancel a running operation. The operation checks the token between calls and ends
 * with {@link CancelledException}.
 *
 * @since 0.1
 */
public final class CancellationToken {

  private final AtomicBoolean cancelled = new AtomicBoolean();

  /** Creates a token that is not cancelled. */
  public CancellationToken() {}

  /** Asks the operation to stop. */
  public void cancel() {
    cancelled.set(true);
  }

  /**
   * Tells whether cancellation was asked for.
   *
   * @return {@code true} once {@link #cancel()} was called
   */
  public boolean isCancelled() {
    return cancelled.get();
  }

  /**
   * Throws if cancellation was asked for.
   *
   * @param what what is being cancelled, for the message
   * @throws CancelledException if cancelled
   */
  public void throwIfCancelled(String what) {
    if (isCancelled()) {
      throw new CancelledException(what + " was cancelled");
    }
  }
}
