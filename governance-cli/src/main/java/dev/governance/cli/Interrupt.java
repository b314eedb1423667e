package dev.governance.cli;

import dev.governance.core.spi.CancellationToken;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C during a sync into a cancellation: the connector stops between calls and the command
 * ends with exit code 130, instead of the JVM stopping in the middle of a page. Nothing stored is
 * touched: a cancelled sync never replaces a stored snapshot.
 */
final class Interrupt implements AutoCloseable {

  /** How long Ctrl-C waits for the sync to stop before the JVM exits anyway. */
  private static final long GRACE_SECONDS = 5;

  private final Thread hook;
  private final CountDownLatch finished = new CountDownLatch(1);

  private Interrupt(CancellationToken token) {
    this.hook = new Thread(() -> {
      token.cancel();
      try {
        finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "governance-interrupt");
  }

  /**
   * Cancels a token when the JVM is asked to stop, until closed.
   *
   * @param token the token
   * @return the registration, to close when the work is done
   */
  static Interrupt cancelling(CancellationToken token) {
    Interrupt interrupt = new Interrupt(token);
    Runtime.getRuntime().addShutdownHook(interrupt.hook);
    return interrupt;
  }

  @Override
  public void close() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is already stopping: the hook runs and sees the work finished.
    }
  }
}
