package dev.governance.testkit.conformance;

import dev.governance.core.Secret;
import dev.governance.core.spi.Connector;
import dev.governance.testkit.conformance.internal.Kit;
import dev.governance.testkit.conformance.internal.Subject;
import dev.governance.testkit.faults.CapturedLog;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The connector conformance kit as one abstract JUnit 5 class: extend it, say how to open the
 * connector and what was seeded, and every {@link ConformanceCheck} runs as a test.
 *
 * <pre>{@code
 * class AcmeConnectorConformanceTest extends ConnectorConformance {
 *   @RegisterExtension static final FakeAcme acme = FakeAcme.seeded(450);
 *
 *   @Override protected Connector openConnector() {
 *     return AcmeConnector.open(acme.url(), acme.token(), AcmeOptions.pageSize(200));
 *   }
 *   @Override protected SeededInventory seededInventory() {
 *     return acme.expected().spansPages(InventoryCollection.IDENTITIES).build();
 *   }
 *   @Override protected Optional<Connector> openWithBadCredentials() {
 *     return Optional.of(AcmeConnector.open(acme.url(), Secret.of("not-the-token"), ...));
 *   }
 * }
 * }</pre>
 *
 * <p>Only {@link #openConnector()} and {@link #seededInventory()} are required. Each other hook
 * adds checks: without it, the checks that need it are reported as aborted with the reason, so a
 * run shows what was not checked. The kit opens connectors as it needs them (a few per check; each
 * is closed after use), so {@link #openConnector()} must return a new connector each time, over
 * the same tenant.
 *
 * <p><b>How streaming is observed.</b> Connector-neutrally, through the {@link
 * dev.governance.core.spi.SyncContext}: a connector reports a {@link
 * dev.governance.core.spi.ProgressEvent} for a collection once per page it reads. The kit records
 * the order of everything the connector hands the sink and the progress listener. For a collection
 * the author names as seeded over several pages ({@link SeededInventory.Builder#spansPages}), a
 * connector that streams hands over the first items before it reports
 * its last page: some progress event of the collection falls between its first and its last item.
 * A connector that reads all pages before handing anything over reports all progress first (or all
 * after), and fails. Cancellation is checked on the same collection: the kit cancels the token when
 * the first item arrives and counts the items of that collection delivered afterwards; more than the
 * largest page seen (the largest step between two progress events) fails.
 *
 * <p>The checks run in a fixed order, lifecycle last, since its cases change the tenant: each case
 * must be independent of the others.
 *
 * @since 0.2
 */
public abstract class ConnectorConformance {

  private @org.jspecify.annotations.Nullable Kit kit;

  /** For subclasses. */
  protected ConnectorConformance() {}

  /**
   * Opens a new connector with good credentials over the seeded tenant.
   *
   * @return the connector; the kit closes it
   */
  protected abstract Connector openConnector();

  /**
   * Returns what was seeded in the tenant {@link #openConnector()} reads.
   *
   * @return the seeded inventory
   */
  protected abstract SeededInventory seededInventory();

  /**
   * Opens a connector over the same tenant with credentials the provider refuses, e.g. a revoked
   * token. Without it, the bad-credential checks are aborted.
   *
   * @return the connector, or empty if the author cannot make bad credentials
   */
  protected Optional<Connector> openWithBadCredentials() {
    return Optional.empty();
  }

  /**
   * Describes credentials that lack a permission, where the connector can be given such. Without
   * it, the missing-permission check is aborted.
   *
   * @return the credentials, or empty
   */
  protected Optional<MissingPermission> missingPermission() {
    return Optional.empty();
  }

  /**
   * Returns every secret the connectors were opened with, bad credentials included. Without them,
   * the secret checks are aborted.
   *
   * @return the secrets
   */
  protected List<Secret> secrets() {
    return List.of();
  }

  /**
   * Returns objects whose {@code toString} must not show a secret, besides the connectors: the
   * provider, its settings, the credentials and options objects.
   *
   * @return the objects
   */
  protected List<Object> printedObjects() {
    return List.of();
  }

  /**
   * Returns where to read what was logged while the checks ran, at the finest level the logging
   * backend is set to (see {@link CapturedLog#file}). Without it, the log check is aborted.
   *
   * @return the log
   */
  protected CapturedLog capturedLog() {
    return CapturedLog.none();
  }

  /**
   * Returns the lifecycle actions the seeded tenant lets the connector apply, one independent case
   * each. Empty for a read-only connector, whose lifecycle checks are then aborted.
   *
   * @return the cases
   */
  protected List<LifecycleCase> lifecycleCases() {
    return List.of();
  }

  /**
   * Returns lifecycle actions the provider refuses in the seeded tenant, with the exception each
   * must throw.
   *
   * @return the refused actions
   */
  protected List<RefusedAction> refusedActions() {
    return List.of();
  }

  /**
   * Returns every check as a dynamic test, grouped by what it is about.
   *
   * @return the tests
   */
  @TestFactory
  final Stream<DynamicNode> conformance() {
    Kit k = new Kit(subject());
    this.kit = k;
    return k.tests();
  }

  /** Closes what the checks left open. */
  @AfterEach
  final void closeConformanceKit() {
    Kit k = kit;
    kit = null;
    if (k != null) {
      k.close();
    }
  }

  private Subject subject() {
    ConnectorConformance self = this;
    SeededInventory seeded = seededInventory();
    Supplier<Connector> open = self::openConnector;
    return new Subject() {
      @Override
      public Connector open() {
        return open.get();
      }

      @Override
      public SeededInventory seeded() {
        return seeded;
      }

      @Override
      public Optional<Connector> openWithBadCredentials() {
        return self.openWithBadCredentials();
      }

      @Override
      public Optional<MissingPermission> missingPermission() {
        return self.missingPermission();
      }

      @Override
      public List<Secret> secrets() {
        return self.secrets();
      }

      @Override
      public List<Object> printedObjects() {
        return self.printedObjects();
      }

      @Override
      public CapturedLog log() {
        return self.capturedLog();
      }

      @Override
      public List<LifecycleCase> lifecycleCases() {
        return self.lifecycleCases();
      }

      @Override
      public List<RefusedAction> refusedActions() {
        return self.refusedActions();
      }
    };
  }
}
