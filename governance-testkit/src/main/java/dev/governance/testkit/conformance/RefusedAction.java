package dev.governance.testkit.conformance;

import dev.governance.core.GovernanceException;
import dev.governance.core.spi.LifecycleAction;
import java.util.Objects;

/**
 * A lifecycle action the provider refuses in the seeded tenant, and the exception that must say so:
 * e.g. removing a membership a directory manages, with {@code ConflictException}, or suspending an
 * identity that does not exist, with {@code NotFoundException}.
 *
 * @param action the action
 * @param expected the exception type it must throw (a subtype passes)
 * @since 0.2
 */
public record RefusedAction(LifecycleAction action, Class<? extends GovernanceException> expected) {

  /** Validates the components. */
  public RefusedAction {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(expected, "expected");
  }

  /**
   * Describes a refused action.
   *
   * @param action the action
   * @param expected the exception type it must throw
   * @return the description
   */
  public static RefusedAction of(LifecycleAction action, Class<? extends GovernanceException> expected) {
    return new RefusedAction(action, expected);
  }
}
