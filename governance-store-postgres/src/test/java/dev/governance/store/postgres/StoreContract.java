package dev.governance.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.ConflictException;
import dev.governance.core.Connectors;
import dev.governance.core.IntegrationBusyException;
import dev.governance.core.NotFoundException;
import dev.governance.core.integration.CredentialReference;
import dev.governance.core.integration.Integration;
import dev.governance.core.integration.IntegrationEdit;
import dev.governance.core.integration.IntegrationSpec;
import dev.governance.core.integration.Integrations;
import dev.governance.core.integration.Lease;
import dev.governance.core.integration.RegistryStore;
import dev.governance.core.integration.SecretResolver;
import dev.governance.core.integration.SyncRequest;
import dev.governance.core.integration.SyncStatus;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.Identity;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import dev.governance.core.store.SnapshotStore;
import dev.governance.core.store.StoredSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RegistryStore} and {@link SnapshotStore} promises, run against the directory
 * store and PostgreSQL alike. A subclass gives a fresh, empty store pair per test; {@link #open}
 * may be called twice to get a second view of the same store, as a second process would.
 */
abstract class StoreContract {

  static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

  final MutableClock clock = new MutableClock(T0);
  final TestProvider provider = new TestProvider();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  /** The two sides of one store. */
  record Stores(RegistryStore registry, SnapshotStore snapshots) {}

  /** Opens the store under test; a second call opens another view of the same store. */
  abstract Stores open();

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  Integrations registry(Stores stores) {
    return Integrations.builder(stores.registry(), stores.snapshots())
        .connectors(Connectors.builder().serviceLoader(false).register(provider).build())
        .secretResolver(SecretResolver.of(name -> "token", name -> Optional.empty()))
        .clock(clock)
        .build();
  }

  static IntegrationSpec spec(String id) {
    return IntegrationSpec.builder("test", "https://" + id + ".example.com").id(id)
        .credential(CredentialReference.environmentVariable("TOKEN"))
        .primaryOwner("alice@example.com")
        .build();
  }

  @Test
  void anIntegrationAddedThroughOneViewIsSeenByAnother() {
    Integrations a = registry(open());
    Integrations b = registry(open());
    a.add(spec("acme"), "alice");
    assertThat(b.list()).extracting(Integration::id).containsExactly("acme");
    assertThat(b.get("acme").status().state()).isEqualTo(SyncStatus.State.NOT_SYNCED);
  }

  @Test
  void changesMadeThroughTwoViewsAreBothKept() {
    Integrations a = registry(open());
    Integrations b = registry(open());
    a.add(spec("acme"), "alice");
    b.add(spec("beta"), "bob");
    a.edit("acme", IntegrationEdit.builder().description("from a").build());
    b.edit("beta", IntegrationEdit.builder().description("from b").build());
    a.add(spec("gamma"), "alice");
    assertThat(b.list()).extracting(Integration::id).containsExactly("acme", "beta", "gamma");
    assertThat(b.get("acme").description()).isEqualTo("from a");
    assertThat(a.get("beta").description()).isEqualTo("from b");
  }

  @Test
  void aTenantOrIdTakenThroughAnotherViewIsRefused() {
    Integrations a = registry(open());
    Integrations b = registry(open());
    a.add(spec("acme"), "alice");
    assertThatThrownBy(() -> b.add(spec("acme"), "bob")).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> b.add(IntegrationSpec.builder("test", "ACME.example.com/").id("other")
        .credential(CredentialReference.environmentVariable("T")).primaryOwner("o").build(), "bob"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("already registered");
  }

  @Test
  void aLeaseInForceIsNeverTakenTwiceAndAnExpiredOneIsTakenOver() {
    RegistryStore store = open().registry();
    Lease first = store.acquire("acme", "one", "a sync", Duration.ofMinutes(2));
    assertThatThrownBy(() -> store.acquire("acme", "two", "a sync", Duration.ofMinutes(2)))
        .isInstanceOfSatisfying(IntegrationBusyException.class, e -> {
          assertThat(e.owner()).isEqualTo("one");
          assertThat(e.expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(2)));
        });
    assertThatThrownBy(() -> store.acquire("acme", "one", "a sync", Duration.ofMinutes(2)))
        .isInstanceOf(IntegrationBusyException.class);
    clock.advance(Duration.ofMinutes(1));
    Lease renewed = store.renew(first, Duration.ofMinutes(2));
    assertThat(renewed.expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(3)));
    clock.advance(Duration.ofMinutes(2).plusSeconds(1));
    assertThat(store.lease("acme")).isEmpty();
    Lease second = store.acquire("acme", "two", "a sync", Duration.ofMinutes(2));
    assertThat(store.lease("acme")).contains(second);
    assertThatThrownBy(() -> store.renew(renewed, Duration.ofMinutes(2)))
        .isInstanceOfSatisfying(IntegrationBusyException.class, e -> assertThat(e.owner()).isEqualTo("two"));
    store.release(renewed);
    assertThat(store.lease("acme")).contains(second);
    store.release(second);
    assertThat(store.lease("acme")).isEmpty();
  }

  @Test
  void aSyncRecordsIntoTheIntegrationsCheckpointsWhichACancelledSyncKeepsAndASavedSnapshotClears() {
    Integrations registry = registry(open());
    registry.add(spec("acme"), "alice");
    registry.add(spec("beta"), "alice");
    open().registry().checkpoints("beta").save("page 1", "kept");
    dev.governance.core.spi.CancellationToken token = new dev.governance.core.spi.CancellationToken();
    provider.during = (tenant, context) -> {
      context.checkpoints().save("page 1", "{\"read\":1}");
      context.checkpoints().save("page 2", "{\"read\":2}");
      token.cancel();
    };
    assertThatThrownBy(() -> registry.sync("acme", new SyncRequest("scheduler",
        dev.governance.core.spi.SyncPlan.everything(), dev.governance.core.spi.ProgressListener.NONE, token)))
        .isInstanceOf(dev.governance.core.CancelledException.class);
    assertThat(registry.store().list("acme")).isEmpty();
    dev.governance.core.spi.CheckpointStore reopened = open().registry().checkpoints("acme");
    assertThat(reopened.keys()).containsExactlyInAnyOrder("page 1", "page 2");
    assertThat(reopened.load("page 2")).contains("{\"read\":2}");

    List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    provider.during = (tenant, context) -> seen.addAll(context.checkpoints().keys());
    registry.sync("acme", SyncRequest.by("scheduler"));
    assertThat(seen).containsExactlyInAnyOrder("page 1", "page 2");
    assertThat(open().registry().checkpoints("acme").keys()).isEmpty();
    assertThat(open().registry().checkpoints("beta").load("page 1")).contains("kept");
    registry.delete("beta", "https://beta.example.com");
    assertThat(open().registry().checkpoints("beta").keys()).isEmpty();
  }

  @Test
  void aSyncRecordsEveryStatusInTheHistoryAndSavesItsSnapshot() {
    Integrations registry = registry(open());
    registry.add(spec("acme"), "alice");
    provider.during = (tenant, context) -> clock.advance(Duration.ofSeconds(5));
    Integration synced = registry.sync("acme", SyncRequest.by("scheduler")).integration();
    assertThat(synced.status().state()).isEqualTo(SyncStatus.State.SUCCESS);
    assertThat(synced.lastSyncDuration()).isEqualTo(Duration.ofSeconds(5));
    assertThat(synced.firstConnected().by()).isEqualTo("scheduler");
    assertThat(registry(open()).history("acme")).extracting(SyncStatus::state).containsExactly(
        SyncStatus.State.NOT_SYNCED, SyncStatus.State.IN_PROGRESS, SyncStatus.State.SUCCESS);
    assertThat(registry.store().loadLatest("acme").orElseThrow().identities()).hasSize(3);
    assertThat(registry.lease("acme")).isEmpty();
  }

  @Test
  void aSecondSyncThroughAnotherViewIsRefusedWhileTheFirstRuns() throws Exception {
    Integrations a = registry(open());
    Integrations b = registry(open());
    a.add(spec("acme"), "alice");
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    provider.during = (tenant, context) -> {
      inside.countDown();
      await(release);
    };
    Future<?> first = pool.submit(() -> a.sync("acme", SyncRequest.by("one")));
    assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
    assertThatThrownBy(() -> b.sync("acme", SyncRequest.by("two")))
        .isInstanceOfSatisfying(IntegrationBusyException.class,
            e -> assertThat(e.owner()).isEqualTo(a.leaseOwner()));
    assertThatThrownBy(() -> b.delete("acme", "https://acme.example.com"))
        .isInstanceOf(IntegrationBusyException.class);
    release.countDown();
    first.get(10, TimeUnit.SECONDS);
    assertThat(b.get("acme").status().state()).isEqualTo(SyncStatus.State.SUCCESS);
  }

  @Test
  void aSyncWhoseLeaseExpiredIsRecordedAsInterruptedAndNeverSavesOverItsSuccessor() throws Exception {
    Stores stores = open();
    Integrations a = registry(stores);
    a.add(spec("acme"), "alice");
    a.sync("acme", SyncRequest.by("first"));
    String good = a.store().list("acme").get(0).id();
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    provider.during = (tenant, context) -> {
      inside.countDown();
      await(release);
    };
    Future<?> stuck = pool.submit(() -> a.sync("acme", SyncRequest.by("stuck")));
    assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
    clock.advance(Duration.ofMinutes(3));
    provider.during = (tenant, context) -> {};
    Integrations b = registry(open());
    assertThat(b.get("acme").status().reason()).contains("interrupted");
    assertThat(b.sync("acme", SyncRequest.by("successor")).integration().status().state())
        .isEqualTo(SyncStatus.State.SUCCESS);
    release.countDown();
    assertThatThrownBy(() -> stuck.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IntegrationBusyException.class);
    assertThat(b.get("acme").lastSync().by()).isEqualTo("successor");
    assertThat(b.store().list("acme")).hasSize(2).last().extracting(StoredSnapshot::id).isEqualTo(good);
    assertThat(b.history("acme")).extracting(SyncStatus::state).containsExactly(
        SyncStatus.State.NOT_SYNCED, SyncStatus.State.IN_PROGRESS, SyncStatus.State.SUCCESS,
        SyncStatus.State.IN_PROGRESS, SyncStatus.State.ERROR,
        SyncStatus.State.IN_PROGRESS, SyncStatus.State.SUCCESS);
  }

  @Test
  void deletingRemovesTheIntegrationItsHistoryAndItsSnapshots() {
    Integrations registry = registry(open());
    registry.add(spec("acme"), "alice");
    registry.sync("acme", SyncRequest.by("s"));
    registry.delete("acme", "https://acme.example.com");
    assertThat(registry.list()).isEmpty();
    assertThat(registry.history("acme")).isEmpty();
    assertThat(registry.store().list("acme")).isEmpty();
    assertThatThrownBy(() -> registry.get("acme")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void snapshotsRoundTripNewestFirstAndRetentionKeepsTheNewestWholeOne() {
    SnapshotStore store = open().snapshots();
    SnapshotBuilder wholeBuilder = Snapshot.builder("https://acme.example.com", "test").clock(clock);
    wholeBuilder.entity(Identity.of("u1", "a@x"));
    wholeBuilder.coverage(InventoryCollection.IDENTITIES, Coverage.complete());
    Snapshot whole = wholeBuilder.build();
    SnapshotBuilder lostBuilder = Snapshot.builder("https://acme.example.com", "test").clock(clock);
    lostBuilder.coverage(InventoryCollection.IDENTITIES, Coverage.partial("page 3 failed", Coverage.Cause.FAULT));
    Snapshot lost = lostBuilder.build();
    StoredSnapshot first = store.save("acme", whole);
    clock.advance(Duration.ofSeconds(1));
    StoredSnapshot second = store.save("acme", lost);
    assertThat(store.list("acme")).extracting(StoredSnapshot::id).containsExactly(second.id(), first.id());
    assertThat(store.list("acme").get(1).counts()).isEqualTo(first.counts());
    assertThat(store.loadLatest("acme").orElseThrow().identities()).hasSize(1);
    assertThat(store.loadLatest("acme", SnapshotStore.Latest.ANY).orElseThrow().identities()).isEmpty();
    assertThat(store.retainLatest("acme", 1)).isZero();
    assertThat(store.list("acme")).hasSize(2);
    assertThatThrownBy(() -> store.load("acme", "000009-20261123T090000000Z"))
        .isInstanceOf(NotFoundException.class);
    assertThat(store.deleteAll("acme")).isEqualTo(2);
  }

  @Test
  void twoViewsSyncingTwentyIntegrationsInParallelNeverRunOneTwiceAtOnce() throws Exception {
    Integrations a = registry(open());
    Integrations b = registry(open());
    for (int i = 0; i < 20; i++) {
      a.add(spec("i" + i), "alice");
    }
    java.util.Set<String> running = java.util.concurrent.ConcurrentHashMap.newKeySet();
    java.util.List<String> overlaps = new java.util.concurrent.CopyOnWriteArrayList<>();
    provider.during = (tenant, context) -> {
      if (!running.add(tenant)) {
        overlaps.add(tenant);
      }
      Thread.onSpinWait();
      running.remove(tenant);
    };
    List<Future<Integer>> runs = new java.util.ArrayList<>();
    for (Integrations r : List.of(a, b, a, b)) {
      runs.add(pool.submit(() -> {
        int done = 0;
        for (int round = 0; round < 3; round++) {
          for (int i = 0; i < 20; i++) {
            try {
              r.sync("i" + i, SyncRequest.by("s"));
              done++;
            } catch (IntegrationBusyException busy) {
              // another runs it
            }
          }
        }
        return done;
      }));
    }
    int total = 0;
    for (Future<Integer> f : runs) {
      total += f.get(120, TimeUnit.SECONDS);
    }
    assertThat(overlaps).isEmpty();
    int successes = 0;
    for (int i = 0; i < 20; i++) {
      List<SyncStatus> history = a.history("i" + i);
      successes += (int) history.stream().filter(s -> s.state() == SyncStatus.State.SUCCESS).count();
      assertThat(pairs(history)).as("history of i%d", i).isTrue();
    }
    assertThat(successes).isEqualTo(total);
  }

  /** Every IN_PROGRESS is followed by its end before the next one starts. */
  static boolean pairs(List<SyncStatus> history) {
    boolean open = false;
    for (SyncStatus s : history) {
      if (s.state() == SyncStatus.State.IN_PROGRESS) {
        if (open) {
          return false;
        }
        open = true;
      } else if (s.state() == SyncStatus.State.SUCCESS || s.state() == SyncStatus.State.ERROR) {
        open = false;
      }
    }
    return !open;
  }

  static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("timed out");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
