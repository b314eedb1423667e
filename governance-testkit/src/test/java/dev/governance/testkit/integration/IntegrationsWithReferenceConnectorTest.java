package dev.governance.testkit.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.AuthenticationFailedException;
import dev.governance.core.ConnectorFailureException;
import dev.governance.core.Connectors;
import dev.governance.core.Secret;
import dev.governance.core.diff.EntityChange;
import dev.governance.core.diff.FieldChange;
import dev.governance.core.diff.GrantChange;
import dev.governance.core.diff.SnapshotDiff;
import dev.governance.core.integration.CredentialReference;
import dev.governance.core.integration.CredentialReplacement;
import dev.governance.core.integration.IntegrationFeature;
import dev.governance.core.integration.IntegrationSpec;
import dev.governance.core.integration.Integrations;
import dev.governance.core.integration.SecretResolver;
import dev.governance.core.integration.SyncReport;
import dev.governance.core.integration.SyncRequest;
import dev.governance.core.integration.SyncStatus;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.Entity;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Identity;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.ConnectorContext;
import dev.governance.core.spi.ConnectorProvider;
import dev.governance.core.spi.InventorySink;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.store.StoredSnapshot;
import dev.governance.testkit.reference.InMemoryConnector;
import dev.governance.testkit.reference.InMemoryFixture;
import dev.governance.testkit.reference.SampleFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry, the store and diffs, driven by the reference connector. */
class IntegrationsWithReferenceConnectorTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  /** The fixture the next connector serves, chosen by the secret; "other" serves another tenant. */
  private final AtomicReference<InMemoryFixture> fixture = new AtomicReference<>(SampleFixture.create());
  /** When positive, the sink fails after this many items. */
  private final AtomicInteger failAfter = new AtomicInteger(-1);

  private final ConnectorProvider provider = new ConnectorProvider() {
    @Override
    public String id() {
      return InMemoryConnector.ID;
    }

    @Override
    public Connector open(ConnectorContext context) {
      String secret = context.service(Secret.class).orElseThrow().reveal();
      InMemoryFixture served = secret.equals("other-secret")
          ? InMemoryFixture.builder("memory://other").build()
          : fixture.get();
      InMemoryConnector real = new InMemoryConnector(served, context.clock());
      return new Connector() {
        @Override
        public String id() {
          return real.id();
        }

        @Override
        public String tenant() {
          return real.tenant();
        }

        @Override
        public dev.governance.core.spi.Capabilities capabilities() {
          return real.capabilities();
        }

        @Override
        public dev.governance.core.spi.Preflight check() {
          return real.check();
        }

        @Override
        public dev.governance.core.spi.SyncResult collect(SyncPlan plan, InventorySink sink, SyncContext ctx) {
          return real.collect(plan, failAfter.get() < 0 ? sink : failing(sink, failAfter.get()), ctx);
        }

        @Override
        public void close() {
          real.close();
        }
      };
    }
  };

  private Integrations registry() {
    return Integrations.builder(dir)
        .connectors(Connectors.builder().serviceLoader(false).register(provider).build())
        .secretResolver(SecretResolver.of(
            Map.of("SAMPLE_TOKEN", "sample-secret", "OTHER_TOKEN", "other-secret")::get, n -> Optional.empty()))
        .clock(CLOCK)
        .build();
  }

  private static IntegrationSpec sample() {
    return IntegrationSpec.builder(InMemoryConnector.ID, SampleFixture.TENANT)
        .id("sample")
        .credential(CredentialReference.environmentVariable("SAMPLE_TOKEN"))
        .features(IntegrationFeature.APP_GOVERNANCE)
        .primaryOwner("alice@example.com")
        .build();
  }

  private static Snapshot collectDirectly(InMemoryFixture f) {
    SnapshotBuilder builder = Snapshot.builder(f.tenant(), InMemoryConnector.ID).clock(CLOCK);
    try (InMemoryConnector c = new InMemoryConnector(f, CLOCK)) {
      c.collect(SyncPlan.everything(), builder, SyncContext.builder().clock(CLOCK).build());
    }
    return builder.build();
  }

  @Test
  void syncedSampleLoadsBackEqualToADirectCollection() {
    Integrations registry = registry();
    registry.add(sample(), "alice");
    SyncReport report = registry.sync("sample", SyncRequest.by("scheduler"));
    assertThat(report.integration().status().state()).isEqualTo(SyncStatus.State.SUCCESS);
    Snapshot loaded = registry.store().load("sample", report.snapshot().id());
    Snapshot direct = collectDirectly(SampleFixture.create());
    assertThat(loaded.info()).isEqualTo(direct.info());
    assertThat(loaded.coverage()).isEqualTo(direct.coverage());
    for (EntityKind kind : EntityKind.values()) {
      assertThat(new ArrayList<Entity>(loaded.entities(kind))).containsExactlyElementsOf(direct.entities(kind));
    }
    assertThat(loaded.grants()).containsExactlyElementsOf(direct.grants());
    assertThat(SnapshotDiff.between(direct, loaded).isEmpty()).isTrue();
  }

  @Test
  void discoveredReferenceProviderSyncsTheSampleFromASetting() {
    Integrations registry = Integrations.builder(dir)
        .connectors(Connectors.builder().build())
        .secretResolver(SecretResolver.of(Map.of("SAMPLE_TOKEN", "sample-secret")::get, n -> Optional.empty()))
        .clock(CLOCK)
        .build();
    registry.add(IntegrationSpec.builder(InMemoryConnector.ID, SampleFixture.TENANT)
        .setting("fixture", "sample")
        .credential(CredentialReference.environmentVariable("SAMPLE_TOKEN"))
        .primaryOwner("alice@example.com")
        .build(), "alice");
    String id = registry.list().get(0).id();
    SyncReport report = registry.sync(id, SyncRequest.by("scheduler"));
    assertThat(report.snapshot().counts().get(InventoryCollection.IDENTITIES)).isEqualTo(4);
    assertThat(registry.check(id, "alice").accessLevel()).isEqualTo(dev.governance.core.spi.AccessLevel.LIFECYCLE);
  }

  @Test
  void forbiddenCollectionIsStoredAsUnavailable() {
    fixture.set(InMemoryFixture.builder(SampleFixture.TENANT)
        .entities(SampleFixture.create().entities().toArray(Entity[]::new))
        .forbid(InventoryCollection.AUTH_FACTORS).build());
    Integrations registry = registry();
    registry.add(sample(), "alice");
    registry.sync("sample", SyncRequest.by("s"));
    Snapshot loaded = registry.store().loadLatest("sample").orElseThrow();
    assertThat(loaded.coverage(InventoryCollection.AUTH_FACTORS)).isInstanceOf(Coverage.Unavailable.class);
    assertThat(loaded.authFactors()).isEmpty();
  }

  @Test
  void diffOfTwoSyncsShowsTheSuspensionAndTheLostAssignment() {
    Integrations registry = registry();
    registry.add(sample(), "alice");
    registry.sync("sample", SyncRequest.by("s"));
    InMemoryFixture before = SampleFixture.create();
    List<Entity> entities = new ArrayList<>();
    for (Entity e : before.entities()) {
      entities.add(e instanceof Identity i && i.id().equals("u-bob") ? i.withStatus(IdentityStatus.SUSPENDED) : e);
    }
    Grant lost = Grant.AppAssignment.direct(EntityKind.IDENTITY, "u-bob", "a-salesforce");
    List<Grant> grants = before.grants().stream().filter(g -> !g.equals(lost)).toList();
    fixture.set(new InMemoryFixture(before.tenant(), entities, grants, before.forbidden()));
    registry.sync("sample", SyncRequest.by("s"));

    List<StoredSnapshot> stored = registry.store().list("sample");
    SnapshotDiff diff = SnapshotDiff.between(
        registry.store().load("sample", stored.get(1).id()), registry.store().load("sample", stored.get(0).id()));
    assertThat(diff.entities()).singleElement().satisfies(c -> {
      assertThat(c.id()).isEqualTo("u-bob");
      assertThat(((EntityChange.Changed) c).fields())
          .containsExactly(new FieldChange("status", IdentityStatus.ACTIVE, IdentityStatus.SUSPENDED),
              new FieldChange("rawStatus", "ACTIVE", "SUSPENDED"));
    });
    assertThat(diff.grants()).containsExactly(new GrantChange.Removed(lost));
  }

  @Test
  void sinkFailingMidSyncLeavesTheLastGoodSnapshot() {
    Integrations registry = registry();
    registry.add(sample(), "alice");
    StoredSnapshot good = registry.sync("sample", SyncRequest.by("s")).snapshot();
    failAfter.set(5);
    assertThatThrownBy(() -> registry.sync("sample", SyncRequest.by("s")))
        .isInstanceOf(ConnectorFailureException.class)
        .hasMessageContaining("disk quota");
    assertThat(registry.get("sample").status().state()).isEqualTo(SyncStatus.State.ERROR);
    assertThat(registry.store().list("sample")).extracting(StoredSnapshot::id).containsExactly(good.id());
    assertThat(registry.store().loadLatest("sample").orElseThrow().identities()).hasSize(4);
    assertThat(registry().store().loadLatest("sample")).isPresent();
  }

  @Test
  void credentialOfAnotherTenantIsRefused() {
    Integrations registry = registry();
    registry.add(sample(), "alice");
    assertThatThrownBy(() -> registry.updateCredential("sample",
            CredentialReference.environmentVariable("OTHER_TOKEN"), CredentialReplacement.REPLACE_WORKING, "bob"))
        .isInstanceOf(AuthenticationFailedException.class)
        .hasMessageContaining("memory://other");
    assertThat(registry.get("sample").credential())
        .isEqualTo(CredentialReference.environmentVariable("SAMPLE_TOKEN"));
  }

  @Test
  void deletingRemovesTheIntegrationAndItsSnapshots() {
    Integrations registry = registry();
    registry.add(sample(), "alice");
    registry.sync("sample", SyncRequest.by("s"));
    registry.delete("sample", SampleFixture.TENANT);
    assertThat(registry.list()).isEmpty();
    assertThat(registry.store().list("sample")).isEmpty();
  }

  private static InventorySink failing(InventorySink sink, int after) {
    AtomicInteger seen = new AtomicInteger();
    return new InventorySink() {
      @Override
      public void entity(Entity entity) {
        tick();
        sink.entity(entity);
      }

      @Override
      public void grant(Grant grant) {
        tick();
        sink.grant(grant);
      }

      @Override
      public void coverage(InventoryCollection collection, Coverage coverage) {
        sink.coverage(collection, coverage);
      }

      private void tick() {
        if (seen.incrementAndGet() > after) {
          throw new IllegalStateException("disk quota exceeded");
        }
      }
    };
  }
}
