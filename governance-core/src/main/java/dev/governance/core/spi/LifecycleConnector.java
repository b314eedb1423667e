package dev.governance.core.spi;

/**
 * A connector that can also remove access.
 *
 * @since 0.1
 */
public interface LifecycleConnector extends Connector {

  /**
   * Applies an action. Applying an action whose effect is already in place succeeds with {@link
   * ActionResult.Outcome#ALREADY_DONE}.
   *
   * @param action the action
   * @return what happened
   * @throws dev.governance.core.InsufficientPermissionException if the credentials may not do it
   * @throws dev.governance.core.ConflictException if the provider refuses it in the current state,
   *     e.g. removing an assignment that a group also grants
   * @throws dev.governance.core.NotFoundException if a subject does not exist
   */
  ActionResult apply(LifecycleAction action);
}
