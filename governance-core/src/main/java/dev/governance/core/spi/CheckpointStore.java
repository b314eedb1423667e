package dev.governance.core.spi;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps a connector's cursors so that a sync can resume after a crash instead of starting over.
 * Keys are chosen by the connector (e.g. {@code users}); values are opaque.
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
    };
  }
}
