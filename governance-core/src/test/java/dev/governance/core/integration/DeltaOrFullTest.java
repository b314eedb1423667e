package dev.governance.core.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.Connectors;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.Identity;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.SyncMode;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.store.StoredSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry hands the last whole snapshot to a delta, and reads in full on schedule or request. */
class DeltaOrFullTest {

  private static final String TENANT = "https://acme.example.com";

  @TempDir Path dir;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  private final StubProvider provider = new StubProvider();
  private final List<SyncContext> contexts = new CopyOnWriteArrayList<>();

  private Integrations registry(int fullSyncEvery) {
    provider.tenants.put("acme-secret", TENANT);
    provider.collector = (tenant, sink, context) -> {
      contexts.add(context);
      context.previous().ifPresent(p -> sink.syncMode(SyncMode.delta(p.info().startedAt(),
          context.previousId().orElse(null), Map.of())));
      sink.entity(Identity.of("u1", "alice@" + tenant));
      sink.coverage(InventoryCollection.IDENTITIES, Coverage.complete());
    };
    Integrations registry = Integrations.builder(dir)
        .connectors(Connectors.builder().serviceLoader(false).register(provider).build())
        .secretResolver(SecretResolver.of(Map.of("ACME_TOKEN", "acme-secret")::get, name -> Optional.empty()))
        .clock(clock)
        .fullSyncEvery(fullSyncEvery)
        .build();
    registry.add(IntegrationSpec.builder("stub", TENANT).id("acme")
        .credential(CredentialReference.environmentVariable("ACME_TOKEN"))
        .features(IntegrationFeature.POSTURE_SCAN).primaryOwner("alice@acme.com").build(), "alice");
    return registry;
  }

  private SyncMode sync(Integrations registry, SyncRequest request) {
    clock.advance(Duration.ofMinutes(5));
    StoredSnapshot stored = registry.sync("acme", request).snapshot();
    return stored.info().mode();
  }

  @Test
  void aSyncAfterAWholeSnapshotIsADeltaFromItAndEveryThirdReadsInFull() {
    Integrations registry = registry(3);
    assertThat(sync(registry, SyncRequest.by("cron"))).isEqualTo(SyncMode.full());
    String first = registry.sync("acme", SyncRequest.by("cron")).snapshot().id();
    assertThat(contexts.get(1).previousId()).isPresent();
    SyncMode second = sync(registry, SyncRequest.by("cron"));
    assertThat(second.isDelta()).isTrue();
    assertThat(second.basedOn()).isEqualTo(first);
    SyncMode third = sync(registry, SyncRequest.by("cron"));
    assertThat(third.kind()).isEqualTo(SyncMode.Kind.FULL);
    assertThat(third.reason()).isEqualTo("one sync in 3 reads in full");
    assertThat(contexts.get(contexts.size() - 1).previous()).isEmpty();
  }

  @Test
  void aRequestForAFullSyncGetsNoPreviousSnapshot() {
    Integrations registry = registry(24);
    sync(registry, SyncRequest.by("cron"));
    SyncMode full = sync(registry, SyncRequest.by("alice").withFull(true));
    assertThat(full.reason()).isEqualTo("requested");
    assertThat(contexts.get(contexts.size() - 1).previous()).isEmpty();
  }
}
