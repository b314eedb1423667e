package dev.governance.core.spi;

import java.util.List;
import java.util.Optional;

/** The store of {@link CheckpointStore#none()}: saves nothing, loads nothing. */
enum NoCheckpoints implements CheckpointStore {
  INSTANCE;

  @Override
  public Optional<String> load(String key) {
    return Optional.empty();
  }

  @Override
  public void save(String key, String value) {
    // Keeps nothing, by definition.
  }

  @Override
  public void clear(String key) {
    // Nothing is kept.
  }

  @Override
  public List<String> keys() {
    return List.of();
  }

  @Override
  public boolean retains() {
    return false;
  }
}
