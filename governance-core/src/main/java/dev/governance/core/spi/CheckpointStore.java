package dev.governance.core.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps a connector's cursors so that a sync can resume after a crash instead of starting over.
 * Keys are chosen by the connector (e.g. {@code users}); values are opaque.
 *
 * <p>Implementations are thread-safe: a connector saves from several threads at once, each under
 * its own keys. A saved value is either there whole or not at all, also after the process is
 * killed.
 *
 * @since 0.1
 */
public interface CheckpointStore {

  /**
   * Loads a checkpoint.
   *
   * @param key the key
   * @return the saved value, or empty
   */
  Optional<String> load(String key);

  /**
   * Saves a checkpoint, replacing an earlier one.
   *
   * @param key the key
   * @param value the value
   */
  void save(String key, String value);

  /**
   * Removes a checkpoint, once the work it tracked is complete.
   *
   * @param key the key
   */
  void clear(String key);

  /**
   * Lists the keys held, in no particular order.
   *
   * @return the keys
   * @throws UnsupportedOperationException if this store cannot list its keys (the default)
   * @since 0.2
   */
  default List<String> keys() {
    throw new UnsupportedOperationException(getClass().getName() + " cannot list its checkpoints;"
        + " implement CheckpointStore.keys() to let a connector discard them");
  }

  /**
   * Removes every checkpoint, e.g. once the snapshot they lead to is saved, or when a connector
   * finds them stale.
   *
   * @throws UnsupportedOperationException if this store cannot list its keys
   * @since 0.2
   */
  default void clearAll() {
    keys().forEach(this::clear);
  }

  /**
   * Tells whether this store keeps anything; a connector may skip recording into one that does
   * not.
   *
   * @return {@code false} for {@link #none()}, {@code true} otherwise
   * @since 0.2
   */
  default boolean retains() {
    return true;
  }

  /**
   * Returns a store that keeps nothing: a sync through it cannot resume.
   *
   * @return the store
   * @since 0.2
   */
  static CheckpointStore none() {
    return NoCheckpoints.INSTANCE;
  }

  /**
   * Returns a store held in memory, lost with the process.
   *
   * @return a new, empty store
   */
  static CheckpointStore inMemory() {
    Map<String, String> values = new ConcurrentHashMap<>();
    return new CheckpointStore() {
      @Override
      public Optional<String> load(String key) {
        return Optional.ofNullable(values.get(key));
      }

      @Override
      public void save(String key, String value) {
        values.put(key, value);
      }

      @Override
      public void clear(String key) {
        values.remove(key);
      }

      @Override
      public List<String> keys() {
        return List.copyOf(values.keySet());
      }
    };
  }
}
