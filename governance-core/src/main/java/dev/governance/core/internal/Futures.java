package dev.governance.core.internal;

import dev.governance.core.CancelledException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waits for work done on another thread and throws what it threw, unwrapped, so that callers
 * classify the failure by its own type.
 */
public final class Futures {

  private Futures() {}

  /**
   * Waits for a future.
   *
   * @param work the work
   * @param whatIfInterrupted what was being waited for, for the message of the {@link
   *     CancelledException} an interrupt becomes
   * @param <T> what it gives
   * @return what it gave
   * @throws RuntimeException what the work threw
   * @throws CancelledException if this thread is interrupted while waiting
   */
  public static <T> T join(Future<T> work, String whatIfInterrupted) {
    try {
      return work instanceof CompletableFuture<T> c ? c.join() : work.get();
    } catch (CompletionException e) {
      throw unwrapped(e.getCause() == null ? e : e.getCause());
    } catch (ExecutionException e) {
      throw unwrapped(e.getCause() == null ? e : e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancelledException("Interrupted while waiting for " + whatIfInterrupted + ".");
    }
  }

  private static RuntimeException unwrapped(Throwable cause) {
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    return new IllegalStateException(cause);
  }
}
