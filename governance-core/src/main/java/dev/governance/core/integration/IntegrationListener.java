package dev.governance.core.integration;

/**
 * Hears about status changes of integrations. Called on the thread that changed the status, after
 * the change was stored; keep it quick. An exception it throws is logged and otherwise ignored.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface IntegrationListener {

  /**
   * Receives a status change.
   *
   * @param change the change
   */
  void statusChanged(StatusChange change);
}
