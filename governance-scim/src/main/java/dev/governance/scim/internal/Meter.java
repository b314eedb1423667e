package dev.governance.scim.internal;

import java.util.concurrent.atomic.AtomicInteger;

/** The calls and retries of one sync or one check, so that two at once never mix theirs. */
public final class Meter {
  private final AtomicInteger calls = new AtomicInteger();
  private final AtomicInteger retries = new AtomicInteger();

  /** Creates a meter at zero. */
  public Meter() {}

  void call() {
    calls.incrementAndGet();
  }

  void retry() {
    retries.incrementAndGet();
  }

  /**
   * Calls made, retries included.
   *
   * @return the count
   */
  public int calls() {
    return calls.get();
  }

  /**
   * Calls repeated after a transient failure.
   *
   * @return the count
   */
  public int retries() {
    return retries.get();
  }
}
