package dev.governance.testkit.conformance;

import dev.governance.core.AuthenticationFailedException;
import dev.governance.core.Secret;
import dev.governance.core.spi.ActionResult;
import dev.governance.core.spi.InventorySink;
import dev.governance.core.spi.LifecycleAction;
import dev.governance.core.spi.LifecycleConnector;
import dev.governance.core.spi.Preflight;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.spi.SyncResult;

/**
 * The reference connector behind credentials: calls with a secret other than the tenant's are
 * refused, and every call is logged with the secret masked, as a well-behaved connector does.
 */
public class GuardedConnector extends ForwardingConnector {

  private final Secret expected;
  /** The secret this connector presents. */
  protected final Secret presented;
  /** Where calls are logged. */
  protected final MemoryLog log;

  /** Guards a connector. */
  public GuardedConnector(LifecycleConnector delegate, Secret expected, Secret presented, MemoryLog log) {
    super(delegate);
    this.expected = expected;
    this.presented = presented;
    this.log = log;
  }

  /** Refuses credentials that are not the tenant's. */
  protected void authenticate(String call) {
    log.line("in-memory " + call + " with credentials " + presented);
    if (!presented.equals(expected)) {
      throw new AuthenticationFailedException(tenant(), AuthenticationFailedException.Reason.UNKNOWN_CREDENTIAL,
          "the in-memory tenant " + tenant() + " refused the credentials (" + presented.length()
              + " characters); check the token", null);
    }
  }

  @Override
  public Preflight check() {
    authenticate("check");
    return super.check();
  }

  @Override
  public SyncResult collect(SyncPlan plan, InventorySink sink, SyncContext context) {
    authenticate("collect");
    return super.collect(plan, sink, context);
  }

  @Override
  public ActionResult apply(LifecycleAction action) {
    authenticate("apply " + action.kind());
    return super.apply(action);
  }

  @Override
  public String toString() {
    return "GuardedConnector[" + tenant() + ", credentials=" + presented + "]";
  }
}
