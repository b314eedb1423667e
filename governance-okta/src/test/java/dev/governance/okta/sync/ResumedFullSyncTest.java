package dev.governance.okta.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.CancelledException;
import dev.governance.core.diff.SnapshotDiff;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import dev.governance.core.spi.CancellationToken;
import dev.governance.core.spi.CheckpointStore;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.spi.SyncResult;
import dev.governance.okta.OktaConnector;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.JournalEntry;
import dev.governance.testkit.okta.RateLimits;
import dev.governance.testkit.okta.TenantShape;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A full sync that was cancelled resumes from its checkpoints over the fake tenant. */
class ResumedFullSyncTest {

  private FakeOktaTenant tenant;
  private OktaConnector okta;

  @BeforeEach
  void start() {
    // The tenant's clock stands still, so every sync sees the same last use of the token it reads with.
    tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(7).rateLimits(RateLimits.disabled())
        .clock(Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC)).start();
    okta = OktaConnectorSyncTest.open(tenant, tenant.apiToken());
  }

  @AfterEach
  void stop() {
    okta.close();
    tenant.close();
  }

  private record Run(Snapshot snapshot, SyncResult result, List<String> requests) {}

  private Run sync(SyncPlan plan, CheckpointStore store, Clock clock) {
    return sync(plan, store, clock, new CancellationToken(), () -> Integer.MAX_VALUE);
  }

  /** Syncs; cancels once the fake has answered {@code cancelAfter} requests of this sync. */
  private Run sync(SyncPlan plan, CheckpointStore store, Clock clock, CancellationToken token, IntSupplier cancelAfter) {
    int mark = tenant.journal().entries().size();
    SnapshotBuilder builder = Snapshot.builder(okta.tenant(), okta.id()).clock(clock);
    SyncContext context = SyncContext.builder().clock(clock).checkpoints(store).cancellation(token)
        .progress(e -> {
          if (tenant.journal().entries().size() - mark >= cancelAfter.getAsInt()) {
            token.cancel();
          }
        }).build();
    SyncResult result = okta.collect(plan, builder, context);
    return new Run(builder.build(), result, requestsSince(mark));
  }

  private List<String> requestsSince(int mark) {
    List<JournalEntry> all = tenant.journal().entries();
    return all.subList(mark, all.size()).stream()
        .filter(e -> e.status() == 200)
        // The API tokens' last use is looked up in the System Log afresh by every sync, resumed or
        // not: its window ends at the sync's own time.
        .filter(e -> !e.path().equals("/api/v1/logs"))
        .map(e -> e.method() + " " + e.path() + (e.query().isEmpty() ? "" : "?" + e.query()))
        .toList();
  }

  @Test
  void resumedSyncSkipsPagesAlreadyReadAndEqualsAnUninterruptedOne() {
    Clock clock = Clock.systemUTC();
    Run whole = sync(SyncPlan.everything(), CheckpointStore.none(), clock);
    CheckpointStore store = CheckpointStore.inMemory();
    int mark = tenant.journal().entries().size();
    int half = whole.requests().size() / 2;
    assertThatThrownBy(() -> sync(SyncPlan.everything(), store, clock, new CancellationToken(), () -> half))
        .isInstanceOf(CancelledException.class);
    Set<String> before = new HashSet<>(requestsSince(mark));
    assertThat(before).isNotEmpty();

    Run resumed = sync(SyncPlan.everything(), store, clock);

    assertThat(resumed.requests()).as("pages read before the cancellation").doesNotContainAnyElementsOf(before);
    assertThat(before.size() + resumed.requests().size()).isLessThanOrEqualTo(whole.requests().size());
    assertThat(resumed.requests().size()).isLessThan(whole.requests().size());
    SnapshotDiff diff = SnapshotDiff.between(whole.snapshot(), resumed.snapshot());
    assertThat(diff.isEmpty()).as("%s", diff).isTrue();
    assertThat(resumed.snapshot().coverage()).isEqualTo(whole.snapshot().coverage());
    assertThat(resumed.snapshot().info().mode().describe()).contains("resumed the interrupted full sync");
    assertThat(resumed.result().assumptions()).anyMatch(a -> a.startsWith("resume: resumed"));
  }

  @Test
  void aResumedSyncCancelledAgainKeepsWhatBothReadAndTheNextOneFinishes() {
    Clock clock = Clock.systemUTC();
    Run whole = sync(SyncPlan.everything(), CheckpointStore.none(), clock);
    CheckpointStore store = CheckpointStore.inMemory();
    int third = whole.requests().size() / 3;
    assertThatThrownBy(() -> sync(SyncPlan.everything(), store, clock, new CancellationToken(), () -> third))
        .isInstanceOf(CancelledException.class);
    int afterFirst = store.keys().size();
    assertThatThrownBy(() -> sync(SyncPlan.everything(), store, clock, new CancellationToken(), () -> third))
        .isInstanceOf(CancelledException.class);
    assertThat(store.keys().size()).isGreaterThan(afterFirst);

    Run last = sync(SyncPlan.everything(), store, clock);

    assertThat(last.requests().size()).isLessThan(whole.requests().size() - third);
    assertThat(SnapshotDiff.between(whole.snapshot(), last.snapshot()).isEmpty()).isTrue();
  }

  @Test
  void aSyncWhoseEveryPageWasRecordedMakesNoCall() {
    Clock clock = Clock.systemUTC();
    CheckpointStore store = CheckpointStore.inMemory();
    Run first = sync(SyncPlan.everything(), store, clock);

    Run again = sync(SyncPlan.everything(), store, clock);

    assertThat(again.requests()).isEmpty();
    assertThat(SnapshotDiff.between(first.snapshot(), again.snapshot()).isEmpty()).isTrue();
  }

  @Test
  void aCursorOktaRefusesRestartsOnlyThatList() {
    Clock clock = Clock.systemUTC();
    CheckpointStore store = CheckpointStore.inMemory();
    Run first = sync(SyncPlan.everything(), store, clock);
    String usersKey = store.keys().stream().filter(k -> k.startsWith("okta.page /api/v1/users?limit=")).findFirst()
        .orElseThrow();
    String recorded = store.load(usersKey).orElseThrow();
    // The first page now links to a page whose cursor names a user the tenant no longer has.
    store.save(usersKey, recorded.replaceFirst("\"next\":(null|\"[^\"]*\")",
        "\"next\":\"/api/v1/users?limit=200&after=00ugone0000000000000\""));

    Run again = sync(SyncPlan.everything(), store, clock);

    assertThat(again.requests()).containsExactly("GET " + usersKey.substring("okta.page ".length()));
    assertThat(SnapshotDiff.between(first.snapshot(), again.snapshot()).isEmpty()).isTrue();
    assertThat(again.result().assumptions()).anyMatch(a -> a.contains("read again from its first page"));
  }

  @Test
  void checkpointsOfAnotherPlanAreDiscarded() {
    Clock clock = Clock.systemUTC();
    CheckpointStore store = CheckpointStore.inMemory();
    sync(SyncPlan.of(InventoryCollection.IDENTITIES), store, clock);

    Run other = sync(SyncPlan.everything(), store, clock);
    Run whole = sync(SyncPlan.everything(), CheckpointStore.none(), clock);

    assertThat(other.requests()).hasSameSizeAs(whole.requests());
    assertThat(other.result().assumptions()).anyMatch(a -> a.contains("discarded")
        && a.contains("read something else"));
  }

  @Test
  void checkpointsOlderThanADayAreDiscarded() {
    Instant start = Instant.now();
    CheckpointStore store = CheckpointStore.inMemory();
    sync(SyncPlan.everything(), store, Clock.fixed(start, ZoneOffset.UTC));

    Run later = sync(SyncPlan.everything(), store, Clock.fixed(start.plus(Duration.ofHours(25)), ZoneOffset.UTC));

    assertThat(later.requests()).isNotEmpty();
    assertThat(later.result().assumptions()).anyMatch(a -> a.contains("discarded") && a.contains("24 hours ago"));
    assertThat(later.snapshot().info().mode().describe()).doesNotContain("resumed");
  }
}
