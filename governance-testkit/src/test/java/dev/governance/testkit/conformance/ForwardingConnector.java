package dev.governance.testkit.conformance;

import dev.governance.core.spi.ActionResult;
import dev.governance.core.spi.Capabilities;
import dev.governance.core.spi.InventorySink;
import dev.governance.core.spi.LifecycleAction;
import dev.governance.core.spi.LifecycleConnector;
import dev.governance.core.spi.Preflight;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.spi.SyncResult;

/** A connector that forwards every call, for the broken connectors to override what they break. */
public class ForwardingConnector implements LifecycleConnector {

  /** The connector calls go to. */
  protected final LifecycleConnector delegate;

  /** Forwards to a connector. */
  public ForwardingConnector(LifecycleConnector delegate) {
    this.delegate = delegate;
  }

  @Override
  public String id() {
    return delegate.id();
  }

  @Override
  public String tenant() {
    return delegate.tenant();
  }

  @Override
  public Capabilities capabilities() {
    return delegate.capabilities();
  }

  @Override
  public Preflight check() {
    return delegate.check();
  }

  @Override
  public SyncResult collect(SyncPlan plan, InventorySink sink, SyncContext context) {
    return delegate.collect(plan, sink, context);
  }

  @Override
  public ActionResult apply(LifecycleAction action) {
    return delegate.apply(action);
  }

  @Override
  public void close() {
    delegate.close();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + delegate + "]";
  }
}
