package dev.governance.okta.internal.oauth;

/** Waits before a retry; replaced in tests so that they never sleep. */
@FunctionalInterface
public interface Sleeper {

  /** The real one. */
  Sleeper SYSTEM = Thread::sleep;

  /**
   * Waits.
   *
   * @param millis how long
   * @throws InterruptedException if interrupted while waiting
   */
  void sleep(long millis) throws InterruptedException;
}
