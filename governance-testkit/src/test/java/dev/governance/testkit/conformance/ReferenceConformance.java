package dev.governance.testkit.conformance;

import dev.governance.core.ConflictException;
import dev.governance.core.NotFoundException;
import dev.governance.core.Secret;
import dev.governance.core.model.Entity;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Identity;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.model.Provenance;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.LifecycleAction;
import dev.governance.core.spi.LifecycleConnector;
import dev.governance.testkit.faults.CapturedLog;
import dev.governance.testkit.reference.InMemoryConnector;
import dev.governance.testkit.reference.InMemoryConnectorProvider;
import dev.governance.testkit.reference.InMemoryFixture;
import dev.governance.testkit.reference.SampleFixture;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The kit against the reference connector behind credentials, with every hook given: the sample
 * tenant plus 25 identities (three pages of 10), two application assignments through a group, bad
 * credentials, credentials that may not read API tokens, a log, lifecycle cases and refusals.
 * Every connector with good or bad credentials reads one tenant, so what a lifecycle action
 * changes, a new connector reads back. Subclasses break one thing each through {@link #wrap} or
 * {@link #guard}.
 */
public abstract class ReferenceConformance extends ConnectorConformance {

  /** Items per page of the connector. */
  static final int PAGE = 10;
  static final Secret GOOD = Secret.of("in-memory-secret-0123456789");
  static final Secret BAD = Secret.of("wrong-secret-9876543210");

  /** Where the connectors log. */
  protected final MemoryLog log = new MemoryLog();
  private final Clock clock = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);

  static InMemoryFixture fixture(InventoryCollection... forbidden) {
    InMemoryFixture sample = SampleFixture.create();
    List<Entity> entities = new ArrayList<>(sample.entities());
    for (int i = 1; i <= 25; i++) {
      entities.add(Identity.of("u-extra-" + i, "extra" + i + "@example.com"));
    }
    List<Grant> grants = new ArrayList<>(sample.grants());
    grants.add(new Grant.AppAssignment(EntityKind.IDENTITY, "u-bob", "a-salesforce", Provenance.viaGroup("g-ad-sales")));
    grants.add(new Grant.AppAssignment(EntityKind.IDENTITY, "u-dave", "a-github", Provenance.viaGroup("g-eng")));
    return InMemoryFixture.builder(sample.tenant())
        .entities(entities.toArray(Entity[]::new))
        .grants(grants.toArray(Grant[]::new))
        .forbid(forbidden)
        .build();
  }

  /** Wraps the guarded connector; the identity here. */
  protected LifecycleConnector wrap(GuardedConnector guarded) {
    return guarded;
  }

  /** Puts credentials in front of the reference connector. */
  protected GuardedConnector guard(LifecycleConnector inner, Secret presented) {
    return new GuardedConnector(inner, GOOD, presented, log);
  }

  private @Nullable InMemoryConnector tenant;

  /**
   * Returns the tenant every good and bad connector of this run reads: one reference connector,
   * since each holds its own copy of its fixture, behind connectors that leave it open when closed.
   */
  private synchronized InMemoryConnector tenant() {
    if (tenant == null) {
      tenant = new InMemoryConnector(fixture(), clock, PAGE);
    }
    return tenant;
  }

  private Connector open(Secret presented) {
    return wrap(guard(new ForwardingConnector(tenant()) {
      @Override
      public void close() {
        // The tenant outlives its connectors.
      }
    }, presented));
  }

  @Override
  protected Connector openConnector() {
    return open(GOOD);
  }

  @Override
  protected SeededInventory seededInventory() {
    InMemoryFixture f = fixture();
    return SeededInventory.builder().entities(f.entities()).grants(f.grants()).exactly()
        .spansPages(InventoryCollection.IDENTITIES).build();
  }

  @Override
  protected Optional<Connector> openWithBadCredentials() {
    return Optional.of(open(BAD));
  }

  @Override
  protected Optional<MissingPermission> missingPermission() {
    return Optional.of(MissingPermission.of("without read:api_tokens",
        () -> wrap(guard(new InMemoryConnector(fixture(InventoryCollection.API_TOKENS), clock, PAGE), GOOD)),
        InventoryCollection.API_TOKENS));
  }

  @Override
  protected List<Secret> secrets() {
    return List.of(GOOD, BAD);
  }

  @Override
  protected List<Object> printedObjects() {
    return List.of(new InMemoryConnectorProvider(), new InMemoryConnectorProvider().settings(), GOOD);
  }

  @Override
  protected CapturedLog capturedLog() {
    return log;
  }

  @Override
  protected List<LifecycleCase> lifecycleCases() {
    return List.of(
        LifecycleCase.of(new LifecycleAction.RemoveMembership("u-bob", "g-platform")),
        LifecycleCase.of(new LifecycleAction.UnassignApplication("u-carol", "a-salesforce")),
        LifecycleCase.of(new LifecycleAction.RevokeScopeGrant("a-reporter", "oag-2")),
        LifecycleCase.of(new LifecycleAction.RevokeApiToken("t-ci")),
        LifecycleCase.of(new LifecycleAction.SuspendIdentity("u-dave")),
        LifecycleCase.of(new LifecycleAction.ReactivateIdentity("u-carol")));
  }

  @Override
  protected List<RefusedAction> refusedActions() {
    return List.of(
        RefusedAction.of(new LifecycleAction.RemoveMembership("u-bob", "g-ad-sales"), ConflictException.class),
        RefusedAction.of(new LifecycleAction.UnassignApplication("u-bob", "a-salesforce"), ConflictException.class),
        RefusedAction.of(new LifecycleAction.SuspendIdentity("u-nobody"), NotFoundException.class));
  }
}
