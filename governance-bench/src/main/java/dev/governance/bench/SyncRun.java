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
    Start start = Start.now(tenant);
    OktaOrg org = OktaOrg.parser().allowLoopbackForTesting().parse(tenant.orgUrl());
    OktaConnectorOptions options = OktaConnectorOptions.builder().rateLimitWindow(window).build();
    SyncResult result;
    Snapshot snapshot;
    try (OktaConnector okta = OktaConnector.open(
        org, OktaCredentials.apiToken(Secret.of(tenant.apiToken())), options)) {
      SnapshotBuilder builder = Snapshot.builder(okta.tenant(), okta.id());
      result = okta.collect(SyncPlan.everything(), builder, SyncContext.defaults());
      snapshot = builder.build();
    } catch (OutOfMemoryError e) {
      long wall = System.nanoTime() - start.t0();
      start.sampler().close();
      return new SyncRun(Map.of(), Map.of(), wall, Meter.processCpuNanos() - start.cpu0(), start.sampler().max(),
          Meter.peakHeap(), -1, 0, null, null, List.of(), "OutOfMemoryError: " + e.getMessage());
    }
    return start.finish(tenant, result, snapshot, result.revisions());
  }

  /** The baseline's read into the SDK's model objects. */
  static SyncRun baseline(TenantHandle tenant) {
    Start start = Start.now(tenant);
    NaiveOktaSync.Inventory inventory =
        NaiveOktaSync.connect(tenant.orgUrl(), tenant.apiToken()).readAll();
    SyncRun run = start.finish(tenant, null, null, List.of());
    Reference.reachabilityFence(inventory);
    return run;
  }

  /** The readings a measured sync starts from: the heap after a GC, a sampler, CPU and wall time. */
  private record Start(long heapBase, Meter.Sampler sampler, long cpu0, long t0) {

    /** Clears the tenant's journal and the heap peaks, and takes the readings. */
    static Start now(TenantHandle tenant) {
      long base = Meter.usedAfterGc();
      tenant.clearJournal();
      Meter.resetPeaks();
      Meter.Sampler sampler = Meter.Sampler.start();
      long cpu0 = Meter.processCpuNanos();
      return new Start(base, sampler, cpu0, System.nanoTime());
    }

    /** The run from these readings to now, with the calls the tenant journalled. */
    SyncRun finish(TenantHandle tenant, @Nullable SyncResult result, @Nullable Snapshot snapshot,
        List<String> revisions) {
      long wall = System.nanoTime() - t0;
      long cpu = Meter.processCpuNanos() - cpu0;
      sampler.close();
      long peak = sampler.max();
      long pools = Meter.peakHeap();
      long retained = Meter.usedAfterGc() - heapBase;
      Map<String, Long> journal = tenant.callsByBucket();
      long tooMany = tenant.tooManyRequests();
      return new SyncRun(journal, tenant.callsByEndpoint(), wall, cpu, peak, pools, retained, tooMany,
          result, snapshot, revisions, null);
    }
  }
}
