package dev.governance.core.spi;

/**
 * Receives progress while a long operation runs. Called from the connector's threads: keep it
 * quick and thread-safe.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that ignores everything. */
  ProgressListener NONE = event -> {};

  /**
   * Receives an event.
   *
   * @param event where the operation stands
   */
  void onProgress(ProgressEvent event);
}
