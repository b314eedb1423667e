package dev.governance.testkit.conformance;

import dev.governance.core.spi.LifecycleAction;
import java.util.Objects;
import java.util.Optional;

/**
 * A lifecycle action the seeded tenant lets the connector apply, e.g. removing a direct membership
 * that was seeded. The kit applies it twice, reads the tenant back, and applies its revert where
 * the SPI has one (a suspension is lifted, a deactivated identity reactivated, and the other way
 * round); removals have none.
 *
 * <p>The kit knows each action's effect: a removed membership or direct assignment is no longer
 * delivered, a revoked scope grant or token is gone, a suspended identity is delivered suspended,
 * and so on. Seed the tenant so that the effect is not there before the action: a case whose
 * action finds its effect already in place fails.
 *
 * @param action the action
 * @since 0.2
 */
public record LifecycleCase(LifecycleAction action) {

  /** Validates the action. */
  public LifecycleCase {
    Objects.requireNonNull(action, "action");
  }

  /**
   * Describes a case.
   *
   * @param action the action
   * @return the case
   */
  public static LifecycleCase of(LifecycleAction action) {
    return new LifecycleCase(action);
  }

  /**
   * Returns the action that undoes this case's action, where the SPI has one.
   *
   * @return the revert, or empty for a removal
   */
  public Optional<LifecycleAction> revert() {
    if (action instanceof LifecycleAction.SuspendIdentity a) {
      return Optional.of(new LifecycleAction.UnsuspendIdentity(a.identityId()));
    }
    if (action instanceof LifecycleAction.UnsuspendIdentity a) {
      return Optional.of(new LifecycleAction.SuspendIdentity(a.identityId()));
    }
    if (action instanceof LifecycleAction.DeactivateIdentity a) {
      return Optional.of(new LifecycleAction.ReactivateIdentity(a.identityId()));
    }
    if (action instanceof LifecycleAction.ReactivateIdentity a) {
      return Optional.of(new LifecycleAction.DeactivateIdentity(a.identityId()));
    }
    return Optional.empty();
  }
}
