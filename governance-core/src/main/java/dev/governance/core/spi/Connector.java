package dev.governance.core.spi;

/**
 * A connection to one tenant of a provider, opened by a {@link ConnectorProvider}. Reads the
 * tenant's inventory; {@link LifecycleConnector} also changes it. Close it when done.
 *
 * @since 0.1
 */
public interface Connector extends AutoCloseable {

  /**
   * Returns the id of the provider that opened this connector, e.g. {@code okta}.
   *
   * @return the provider's id
   */
  String id();

  /**
   * Returns the tenant this connector reads, e.g. {@code https://acme.okta.com}.
   *
   * @return the tenant
   */
  String tenant();

  /**
   * Returns what the connector can do at best.
   *
   * @return the capabilities
   */
  Capabilities capabilities();

  /**
   * Checks what the credentials allow, cheaply: a handful of API calls. It may be called on one
   * thread while {@link #collect} runs on another (as {@code governance scan} checks beside the
   * sync); neither may change the other's answer, and the calls it spends are not counted in the
   * sync's {@link SyncResult}.
   *
   * @return the preflight
   * @throws dev.governance.core.AuthenticationFailedException if the credentials are refused
   */
  Preflight check();

  /**
   * Reads the collections of a plan and streams them into a sink. A collection that cannot be read
   * is reported as unavailable and the sync goes on; credentials that stop working end it.
   *
   * @param plan what to read
   * @param sink where to put it
   * @param context progress, cancellation, clock and checkpoints
   * @return what the sync cost
   * @throws dev.governance.core.AuthenticationFailedException if the credentials are refused
   * @throws dev.governance.core.CancelledException if the context's token was cancelled
   */
  SyncResult collect(SyncPlan plan, InventorySink sink, SyncContext context);

  /** Releases the connector's resources. Does not throw checked exceptions. */
  @Override
  void close();
}
