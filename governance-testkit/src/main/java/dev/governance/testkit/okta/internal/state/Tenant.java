package dev.governance.testkit.okta.internal.state;

import java.time.Clock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The tenant model's facade: every read is a query on one consistent {@link TenantState}, every
 * change a command of {@link TenantChanges}, and this class owns the lock between them, so that no
 * caller takes a lock itself and no change happens outside a write. Queries run concurrently;
 * commands one at a time.
 */
public final class Tenant {
  private final TenantState state;
  private final TenantChanges changes;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  /**
   * Creates an empty tenant.
   *
   * @param clock the clock for timestamps
   * @param seed the seed for ids
   */
  public Tenant(Clock clock, long seed) {
    this.state = new TenantState(clock, seed);
    this.changes = new TenantChanges(state);
  }

  /**
   * Runs a query on a consistent view of the tenant.
   *
   * @param query the query; it must not keep the state beyond its return
   * @param <T> the answer's type
   * @return the answer
   */
  public <T> T read(Function<TenantState, T> query) {
    lock.readLock().lock();
    try {
      return query.apply(state);
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Runs commands as one change: no query sees it half done.
   *
   * @param command the commands; it must not keep the changes beyond its return
   * @param <T> the answer's type
   * @return the answer
   */
  public <T> T write(Function<TenantChanges, T> command) {
    lock.writeLock().lock();
    try {
      return command.apply(changes);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Runs commands as one change, without an answer.
   *
   * @param command the commands
   */
  public void change(Consumer<TenantChanges> command) {
    write(c -> {
      command.accept(c);
      return null;
    });
  }

  /**
   * Records that an API token authenticated a request, which any query may do: the token's last
   * use only moves forward, and is kept apart from the write lock.
   *
   * @param token the token
   * @param at when
   */
  public void used(TokenRec token, long at) {
    token.used(at);
  }

  /**
   * The current time.
   *
   * @return epoch milliseconds
   */
  public long now() {
    return state.now();
  }
}
