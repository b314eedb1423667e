package dev.governance.core.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.Connectors;
import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.model.Identity;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntegrationWorkerTest {

  @TempDir Path dir;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  private final StubProvider provider = new StubProvider();

  private Integrations registry(String owner) {
    return Integrations.builder(dir)
        .connectors(Connectors.builder().serviceLoader(false).register(provider).build())
        .secretResolver(SecretResolver.of(name -> "secret", name -> Optional.empty()))
        .clock(clock)
        .leaseOwner(owner)
        .build();
  }

  private static IntegrationSpec spec(String id) {
    return IntegrationSpec.builder("stub", "https://" + id + ".example.com").id(id)
        .credential(CredentialReference.environmentVariable("T")).primaryOwner("o").build();
  }

  @Test
  void twoWorkersOnOneStoreSyncEachDueIntegrationOnceAndNoneTwiceAtOnce() throws Exception {
    Integrations a = registry("node-a");
    Integrations b = registry("node-b");
    for (int i = 0; i < 6; i++) {
      a.add(spec("t" + i), "admin");
    }
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    java.util.Set<String> inside = ConcurrentHashMap.newKeySet();
    List<String> overlaps = new CopyOnWriteArrayList<>();
    provider.collector = (tenant, sink, context) -> {
      if (!inside.add(tenant)) {
        overlaps.add(tenant);
      }
      most.accumulateAndGet(running.incrementAndGet(), Math::max);
      sink.entity(Identity.of("u1", "a@" + tenant));
      Thread.yield();
      running.decrementAndGet();
      inside.remove(tenant);
    };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<IntegrationWorker.Round> rounds = new ArrayList<>();
    try (IntegrationWorker wa = a.worker().parallelism(2).interval(Duration.ofHours(1)).build();
        IntegrationWorker wb = b.worker().parallelism(2).interval(Duration.ofHours(1)).build()) {
      Future<IntegrationWorker.Round> ra = pool.submit(wa::runOnce);
      Future<IntegrationWorker.Round> rb = pool.submit(wb::runOnce);
      rounds.add(ra.get(30, TimeUnit.SECONDS));
      rounds.add(rb.get(30, TimeUnit.SECONDS));

      assertThat(overlaps).isEmpty();
      assertThat(most.get()).isLessThanOrEqualTo(4);
      List<String> synced = new ArrayList<>(rounds.get(0).synced());
      synced.addAll(rounds.get(1).synced());
      assertThat(synced).containsExactlyInAnyOrder("t0", "t1", "t2", "t3", "t4", "t5");
      assertThat(a.list()).allMatch(i -> i.status().state() == SyncStatus.State.SUCCESS);

      assertThat(wa.runOnce().synced()).as("nothing is due before the interval").isEmpty();
      clock.advance(Duration.ofHours(1));
      assertThat(wb.runOnce().synced()).hasSize(6);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailedSyncIsReportedAndRecordedWhileTheOthersSucceed() {
    Integrations registry = registry("node");
    registry.add(spec("good"), "admin");
    registry.add(spec("bad"), "admin");
    provider.collector = (tenant, sink, context) -> {
      if (tenant.contains("bad")) {
        throw new IllegalStateException("boom");
      }
    };
    try (IntegrationWorker worker = registry.worker().build()) {
      IntegrationWorker.Round round = worker.runOnce();
      assertThat(round.synced()).containsExactlyInAnyOrder("good", "bad");
      assertThat(round.failed()).singleElement().asString().startsWith("bad: ");
    }
    assertThat(registry.get("bad").status().reason()).contains("boom");
    assertThat(registry.get("good").status().state()).isEqualTo(SyncStatus.State.SUCCESS);
  }

  @Test
  void aWorkerRefusesANonPositiveParallelism() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> registry("n").worker().parallelism(0))
        .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("at least 1");
  }
}
