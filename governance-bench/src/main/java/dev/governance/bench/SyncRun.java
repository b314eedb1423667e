package dev.governance.bench;

import dev.governance.core.Secret;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.spi.SyncResult;
import dev.governance.okta.OktaConnector;
import dev.governance.okta.OktaConnectorOptions;
import dev.governance.okta.OktaCredentials;
import dev.governance.okta.OktaOrg;
import dev.governance.okta.internal.bench.NaiveOktaSync;
import java.lang.ref.Reference;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One measured sync, either side: wall and CPU time, heap, the calls the tenant journalled, and
 * what the sync read.
 */
record SyncRun(
    Map<String, Long> journal, Map<String, Long> endpoints, long wallNanos, long cpuNanos, long peakHeap, long peakPools,
    long retainedHeap, long tooMany, @Nullable SyncResult result, @Nullable Snapshot snapshot, List<String> revisions,
    @Nullable String failure) {

  /** The same run without its snapshot, so that only the first run's stays reachable. */
  SyncRun withoutSnapshot() {
    return new SyncRun(journal, endpoints, wallNanos, cpuNanos, peakHeap, peakPools, retainedHeap, tooMany,
        result, null, revisions, failure);
  }

  /** This SDK's sync into a snapshot. */
  static SyncRun ours(TenantHandle tenant, Duration window) {
    long base = Meter.usedAfterGc();
    tenant.clearJournal();
    Meter.resetPeaks();
    Meter.Sampler sampler = Meter.Sampler.start();
    long cpu0 = Meter.processCpuNanos();
    long t0 = System.nanoTime();
    OktaOrg org = OktaOrg.parser().allowLoopbackForTesting().parse(tenant.orgUrl());
    OktaConnectorOptions options = OktaConnectorOptions.builder().rateLimitWindow(window).build();
    SyncResult result;
    Snapshot snapshot;
    List<String> revisions;
    try (OktaConnector okta = OktaConnector.open(
        org, OktaCredentials.apiToken(Secret.of(tenant.apiToken())), options)) {
      SnapshotBuilder builder = Snapshot.builder(okta.tenant(), okta.id());
      result = okta.collect(SyncPlan.everything(), builder, SyncContext.defaults());
      snapshot = builder.build();
      revisions = result.revisions();
    } catch (OutOfMemoryError e) {
      long wall = System.nanoTime() - t0;
      sampler.close();
      return new SyncRun(Map.of(), Map.of(), wall, Meter.processCpuNanos() - cpu0, sampler.max(),
          Meter.peakHeap(), -1, 0, null, null, List.of(), "OutOfMemoryError: " + e.getMessage());
    }
    long wall = System.nanoTime() - t0;
    long cpu = Meter.processCpuNanos() - cpu0;
    sampler.close();
    long peak = sampler.max();
    long pools = Meter.peakHeap();
    long retained = Meter.usedAfterGc() - base;
    Map<String, Long> journal = tenant.callsByBucket();
    long tooMany = tenant.tooManyRequests();
    return new SyncRun(journal, tenant.callsByEndpoint(), wall, cpu, peak, pools, retained, tooMany,
        result, snapshot, revisions, null);
  }

  /** The baseline's read into the SDK's model objects. */
  static SyncRun baseline(TenantHandle tenant) {
    long base = Meter.usedAfterGc();
    tenant.clearJournal();
    Meter.resetPeaks();
    Meter.Sampler sampler = Meter.Sampler.start();
    long cpu0 = Meter.processCpuNanos();
    long t0 = System.nanoTime();
    NaiveOktaSync.Inventory inventory =
        NaiveOktaSync.connect(tenant.orgUrl(), tenant.apiToken()).readAll();
    long wall = System.nanoTime() - t0;
    long cpu = Meter.processCpuNanos() - cpu0;
    sampler.close();
    long peak = sampler.max();
    long pools = Meter.peakHeap();
    long retained = Meter.usedAfterGc() - base;
    Reference.reachabilityFence(inventory);
    Map<String, Long> journal = tenant.callsByBucket();
    return new SyncRun(journal, tenant.callsByEndpoint(), wall, cpu, peak, pools, retained,
        tenant.tooManyRequests(), null, null, List.of(), null);
  }
}
