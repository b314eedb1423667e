package dev.governance.core.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.Connectors;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.Identity;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.store.FileSnapshotStore;
import dev.governance.core.store.SnapshotStore;
import dev.governance.core.store.StoredSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sync that loses collections to failures keeps what it read, but is not a success: its status
 * says which collections and why, and its snapshot never replaces the last whole one for diffs,
 * findings or retention unless asked for.
 */
class FaultLostSyncTest {

  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  private static final String TENANT = "https://acme.example.com";

  @TempDir Path dir;

  private final MutableClock clock = new MutableClock(T0);
  private final StubProvider provider = new StubProvider();

  private Integrations registry(int retain) {
    return Integrations.builder(dir)
        .connectors(Connectors.builder().serviceLoader(false).register(provider).build())
        .secretResolver(SecretResolver.of(Map.of("ACME_TOKEN", "acme-secret")::get, name -> Optional.empty()))
        .clock(clock)
        .store(FileSnapshotStore.builder(dir.resolve("snapshots")).clock(clock).retainLatest(retain).build())
        .build();
  }

  private Integrations registryWithAdded(int retain) {
    Integrations registry = registry(retain);
    registry.add(IntegrationSpec.builder("stub", TENANT).id("acme")
        .credential(CredentialReference.environmentVariable("ACME_TOKEN"))
        .primaryOwner("alice@acme.com").build(), "alice");
    return registry;
  }

  private void good() {
    provider.collector = (tenant, sink, context) -> {
      sink.entity(Identity.of("u1", "alice"));
      sink.entity(Identity.of("u2", "bob"));
      sink.coverage(InventoryCollection.IDENTITIES, Coverage.complete());
      sink.coverage(InventoryCollection.AUTH_FACTORS,
          Coverage.partial("factors read for admins only", Coverage.Cause.BY_DESIGN));
      sink.coverage(InventoryCollection.API_TOKENS,
          Coverage.refused("403 on /api/v1/api-tokens", Set.of("okta.apiTokens.read")));
    };
  }

  private void faulted() {
    provider.collector = (tenant, sink, context) -> {
      sink.entity(Identity.of("u1", "alice"));
      sink.coverage(InventoryCollection.IDENTITIES,
          Coverage.partial("1 read before a failure: HTTP 503 on a later page", Coverage.Cause.FAULT));
      sink.coverage(InventoryCollection.APPLICATIONS, Coverage.failed("HTTP 500 on /api/v1/apps"));
    };
  }

  @Test
  void permissionsAndDesignDoNotMakeASyncFail() {
    Integrations registry = registryWithAdded(0);
    good();
    SyncReport report = registry.sync("acme", SyncRequest.by("scheduler"));
    assertThat(report.succeeded()).isTrue();
    assertThat(report.lostToFaults()).isEmpty();
    assertThat(report.integration().status().state()).isEqualTo(SyncStatus.State.SUCCESS);
    assertThat(report.snapshot().whole()).isTrue();
  }

  @Test
  void aSyncThatLosesCollectionsToFaultsEndsInErrorNamingThemAndKeepsItsSnapshot() {
    Integrations registry = registryWithAdded(0);
    good();
    StoredSnapshot first = registry.sync("acme", SyncRequest.by("scheduler")).snapshot();
    clock.advance(Duration.ofHours(1));
    faulted();
    SyncReport report = registry.sync("acme", SyncRequest.by("scheduler"));

    assertThat(report.succeeded()).isFalse();
    assertThat(report.lostToFaults()).containsOnlyKeys(InventoryCollection.IDENTITIES,
        InventoryCollection.APPLICATIONS);
    Integration acme = registry.get("acme");
    assertThat(acme.status().state()).isEqualTo(SyncStatus.State.ERROR);
    assertThat(acme.status().reason())
        .contains("lost 2 collections to failures")
        .contains("IDENTITIES partial: 1 read before a failure: HTTP 503 on a later page")
        .contains("APPLICATIONS unavailable: HTTP 500 on /api/v1/apps")
        .contains(report.snapshot().id());
    assertThat(acme.lastSync().succeeded()).isFalse();
    assertThat(acme.lastSync().snapshotId()).isEqualTo(report.snapshot().id());
    assertThat(acme.lastSyncedAt()).as("the last successful sync").isEqualTo(T0);

    SnapshotStore store = registry.store();
    assertThat(store.list("acme")).hasSize(2);
    Snapshot latest = store.loadLatest("acme").orElseThrow();
    assertThat(latest.identities()).hasSize(2);
    assertThat(store.loadLatest("acme", SnapshotStore.Latest.WHOLE).orElseThrow().identities()).hasSize(2);
    assertThat(store.loadLatest("acme", SnapshotStore.Latest.ANY).orElseThrow().identities()).hasSize(1);
    assertThat(store.list("acme").get(1).id()).isEqualTo(first.id());
  }

  @Test
  void theStatusSurvivesAReopen() {
    Integrations registry = registryWithAdded(0);
    faulted();
    registry.sync("acme", SyncRequest.by("scheduler"));
    Integration reopened = registry(0).get("acme");
    assertThat(reopened.status().state()).isEqualTo(SyncStatus.State.ERROR);
    assertThat(reopened.lastSync().snapshotId()).isNotNull();
    assertThat(reopened.lastSync().succeeded()).isFalse();
  }

  @Test
  void withoutAWholeSnapshotTheLatestIsEmptyUnlessAnyIsAskedFor() {
    Integrations registry = registryWithAdded(0);
    faulted();
    registry.sync("acme", SyncRequest.by("scheduler"));
    assertThat(registry.store().loadLatest("acme")).isEmpty();
    assertThat(registry.store().loadLatest("acme", SnapshotStore.Latest.ANY)).isPresent();
  }

  @Test
  void retentionNeverDeletesTheNewestWholeSnapshot() {
    Integrations registry = registryWithAdded(2);
    good();
    StoredSnapshot whole = registry.sync("acme", SyncRequest.by("scheduler")).snapshot();
    faulted();
    for (int i = 0; i < 3; i++) {
      clock.advance(Duration.ofHours(1));
      registry.sync("acme", SyncRequest.by("scheduler"));
    }
    assertThat(registry.store().list("acme")).extracting(StoredSnapshot::id)
        .hasSize(3).last().isEqualTo(whole.id());
    assertThat(registry.store().loadLatest("acme").orElseThrow().identities()).hasSize(2);

    good();
    clock.advance(Duration.ofHours(1));
    registry.sync("acme", SyncRequest.by("scheduler"));
    assertThat(registry.store().list("acme")).extracting(StoredSnapshot::id)
        .hasSize(2).doesNotContain(whole.id());
  }
}
