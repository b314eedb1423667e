package dev.governance.testkit.conformance.internal;

import dev.governance.core.Secret;
import dev.governance.core.spi.Connector;
import dev.governance.testkit.conformance.LifecycleCase;
import dev.governance.testkit.conformance.MissingPermission;
import dev.governance.testkit.conformance.RefusedAction;
import dev.governance.testkit.conformance.SeededInventory;
import dev.governance.testkit.faults.CapturedLog;
import java.util.List;
import java.util.Optional;

/** What the author gives the kit: the hooks of {@code ConnectorConformance}. */
public interface Subject {

  /**
   * Opens a connector with good credentials.
   *
   * @return a new connector
   */
  Connector open();

  /**
   * Returns the seeded inventory.
   *
   * @return the seeded inventory
   */
  SeededInventory seeded();

  /**
   * Opens a connector with bad credentials.
   *
   * @return the connector, or empty
   */
  Optional<Connector> openWithBadCredentials();

  /**
   * Describes credentials missing a permission.
   *
   * @return the description, or empty
   */
  Optional<MissingPermission> missingPermission();

  /**
   * Returns the secrets to search for.
   *
   * @return the secrets
   */
  List<Secret> secrets();

  /**
   * Returns objects whose toString is searched.
   *
   * @return the objects
   */
  List<Object> printedObjects();

  /**
   * Returns the log.
   *
   * @return the log
   */
  CapturedLog log();

  /**
   * Returns the lifecycle cases.
   *
   * @return the cases
   */
  List<LifecycleCase> lifecycleCases();

  /**
   * Returns the refused actions.
   *
   * @return the actions
   */
  List<RefusedAction> refusedActions();
}
