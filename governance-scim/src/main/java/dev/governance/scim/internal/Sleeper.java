package dev.governance.scim.internal;

/** Waits before a retry; tests replace it so that they never sleep. */
@FunctionalInterface
public interface Sleeper {
  /** Sleeps on the calling thread. */
  Sleeper SYSTEM = Thread::sleep;

  /**
   * Waits.
   *
   * @param millis how long
   * @throws InterruptedException if interrupted
   */
  void sleep(long millis) throws InterruptedException;
}
