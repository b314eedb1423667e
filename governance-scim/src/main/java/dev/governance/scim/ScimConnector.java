package dev.governance.scim;

import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.ActionResult;
import dev.governance.core.spi.Capabilities;
import dev.governance.core.spi.InventorySink;
import dev.governance.core.spi.LifecycleAction;
import dev.governance.core.spi.LifecycleConnector;
import dev.governance.core.spi.Preflight;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.spi.SyncResult;
import dev.governance.scim.internal.Meter;
import dev.governance.scim.internal.ScimClient;
import dev.governance.scim.internal.ScimLifecycle;
import dev.governance.scim.internal.ScimPreflight;
import dev.governance.scim.internal.ScimReader;
import dev.governance.scim.internal.ServerProfile;
import dev.governance.scim.internal.Sleeper;
import java.util.EnumSet;
import java.util.Objects;

/**
 * Reads a SCIM 2.0 service provider (RFC 7643, RFC 7644) into the access inventory, and removes
 * access where the credentials allow: users become identities, groups and their members groups
 * and memberships (nested groups included), a user's {@code roles} and {@code entitlements} roles
 * and role assignments. What the server supports is read from {@code /ServiceProviderConfig},
 * {@code /ResourceTypes} and {@code /Schemas} at each check and sync; what it does not offer is
 * reported as unavailable by design, never as empty. docs/scim.md describes it.
 *
 * <pre>{@code
 * try (ScimConnector scim = ScimConnector.open(ScimConnectorOptions.builder()
 *     .url("https://scim.example.com/scim/v2")
 *     .credentials(ScimCredentials.bearer(Secret.of(token)))
 *     .build())) {
 *   Preflight preflight = scim.check();
 *   scim.collect(SyncPlan.everything(), sink, SyncContext.defaults());
 * }
 * }</pre>
 *
 * <p>Thread-safe: syncs, checks and actions may run at once; each counts its own calls.
 *
 * @since 0.1
 */
public final class ScimConnector implements LifecycleConnector {
  /** The provider id. */
  public static final String ID = "scim";

  private static final Capabilities CAPABILITIES = new Capabilities(
      EnumSet.of(InventoryCollection.IDENTITIES, InventoryCollection.GROUPS,
          InventoryCollection.MEMBERSHIPS, InventoryCollection.ROLES,
          InventoryCollection.ROLE_ASSIGNMENTS),
      EnumSet.of(LifecycleAction.Kind.REMOVE_MEMBERSHIP, LifecycleAction.Kind.DEACTIVATE_IDENTITY,
          LifecycleAction.Kind.REACTIVATE_IDENTITY));

  private final ScimConnectorOptions options;
  private final ScimClient client;

  private ScimConnector(ScimConnectorOptions options, Sleeper sleeper) {
    this.options = options;
    this.client = new ScimClient(options, sleeper);
  }

  /**
   * Opens a connector. Nothing is sent until {@link #check()}, {@link #collect} or {@link #apply}.
   *
   * @param options where and how
   * @return the connector, to be closed
   */
  public static ScimConnector open(ScimConnectorOptions options) {
    return new ScimConnector(Objects.requireNonNull(options, "options"), Sleeper.SYSTEM);
  }

  /** Opens a connector that waits with {@code sleeper} before retries, for tests. */
  static ScimConnector open(ScimConnectorOptions options, Sleeper sleeper) {
    return new ScimConnector(options, sleeper);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String tenant() {
    return options.url().toString();
  }

  /**
   * Returns the options.
   *
   * @return the options
   */
  public ScimConnectorOptions options() {
    return options;
  }

  @Override
  public Capabilities capabilities() {
    return CAPABILITIES;
  }

  @Override
  public Preflight check() {
    return ScimPreflight.check(client, options.credentials().principal());
  }

  @Override
  public SyncResult collect(SyncPlan plan, InventorySink sink, SyncContext context) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(context, "context");
    return new ScimReader(client, options.pageSize()).collect(plan, sink, context);
  }

  /**
   * Removes a group member, deactivates or reactivates a user. Other actions have no SCIM 2.0
   * counterpart and fail with {@link dev.governance.core.ConnectorFailureException}.
   *
   * @param action the action
   * @return what happened
   */
  @Override
  public ActionResult apply(LifecycleAction action) {
    Objects.requireNonNull(action, "action");
    ServerProfile profile = ServerProfile.discover(client, new Meter());
    return new ScimLifecycle(client, options.clock()).apply(action, profile);
  }

  @Override
  public void close() {
    client.close();
  }

  @Override
  public String toString() {
    return "ScimConnector[" + options.url() + ", " + options.credentials().principal() + "]";
  }
}
