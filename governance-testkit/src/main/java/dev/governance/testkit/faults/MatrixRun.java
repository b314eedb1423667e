package dev.governance.testkit.faults;

import dev.governance.core.Secret;
import dev.governance.core.integration.Integrations;
import dev.governance.core.integration.SyncReport;
import dev.governance.core.integration.SyncRequest;
import dev.governance.core.integration.SyncStatus;
import dev.governance.core.internal.Quoted;
import dev.governance.core.model.Coverage;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.spi.CancellationToken;
import dev.governance.core.store.SnapshotStore;
import dev.governance.core.store.StoredSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One run of a {@link FaultMatrix}: the two good syncs, every case with its judgement, and the final
 * sync without faults, through one registry whose store holds the good snapshot between cases.
 */
final class MatrixRun {
  private final FaultMatrix.Settings b;
  private final Integrations registry;
  private final SnapshotStore store;
  private final String id;
  private final ScheduledExecutorService watchdog;
  private final List<Violation> baseline = new ArrayList<>();
  private long logCharacters;

  MatrixRun(FaultMatrix.Settings b, Integrations registry, SnapshotStore store, String id,
      ScheduledExecutorService watchdog) {
    this.b = b;
    this.registry = registry;
    this.store = store;
    this.id = id;
    this.watchdog = watchdog;
  }

  FaultMatrixReport all(Instant start) {
    b.target().clear();
    b.target().beginGoodSync();
    Snapshot first = goodSync("the first sync without faults");
    List<FaultSite> sites = List.copyOf(b.target().sites());
    List<FaultKind> kinds = List.copyOf(b.target().kinds());
    if (sites.isEmpty() || kinds.isEmpty()) {
      throw new IllegalStateException("The target lists " + sites.size() + " sites and "
          + kinds.size() + " kinds of fault after the good sync; it needs at least one of each");
    }
    Snapshot second = goodSync("the second sync without faults");
    Contents contents = Contents.of(first, second);
    store.retainLatest(id, 1);
    String goodId = store.list(id).get(0).id();
    List<CaseResult> results = new ArrayList<>();
    for (FaultCase faultCase : CaseOrder.of(sites, kinds, b.positions(), b.seed(), b.sample())) {
      Instant caseStart = b.clock().instant();
      Judged judged = runCase(faultCase, contents, goodId);
      goodId = judged.goodId;
      CaseResult result = new CaseResult(faultCase, judged.verdict.outcome(), judged.verdict.violations(),
          nonNegative(Duration.between(caseStart, b.clock().instant())));
      results.add(result);
      b.progress().accept(result);
    }
    finalCheck(contents, goodId);
    return new FaultMatrixReport(b.seed(), sites, kinds, results, baseline,
        nonNegative(Duration.between(start, b.clock().instant())), logCharacters);
  }

  private Snapshot goodSync(String which) {
    long mark = b.log().mark();
    Attempt a = sync();
    Map<String, Secret> secrets = b.target().secrets();
    SecretScan scan = scan(mark, a);
    if (a.thrown != null || a.report == null
        || registry.get(id).status().state() != SyncStatus.State.SUCCESS) {
      throw new IllegalStateException(which + " of integration '" + id + "' did not succeed, so no"
          + " fault can be judged against it: " + redact(secrets, String.valueOf(a.thrown != null
              ? a.thrown : registry.get(id).status())), a.thrown);
    }
    Snapshot snapshot = store.load(id, a.report.snapshot().id());
    addCoverageReasons(scan, snapshot);
    baseline.addAll(scan.find(secrets));
    return snapshot;
  }

  /** Runs one case and puts the good snapshot back when the case saved another. */
  private Judged runCase(FaultCase faultCase, Contents contents, String goodId) {
    b.target().install(faultCase);
    long mark = b.log().mark();
    Attempt a;
    try {
      a = sync();
    } finally {
      b.target().clear();
    }
    SyncStatus status = registry.get(id).status();
    Map<String, Secret> secrets = b.target().secrets();
    List<Violation> extra = new ArrayList<>();
    Snapshot saved = null;
    List<StoredSnapshot> newer = newerThan(goodId, extra);
    if (!newer.isEmpty()) {
      try {
        saved = store.load(id, newer.get(0).id());
      } catch (RuntimeException e) {
        extra.add(new Violation.UnexpectedException(e.getClass().getName(),
            "the snapshot this sync saved does not load: "
                + Quoted.text(redact(secrets, String.valueOf(e.getMessage())))));
      }
    }
    Judge.Verdict verdict = Judge.judge(faultCase, contents,
        new Judge.Observation(a.thrown, status, saved, a.timedOut ? b.caseTimeout() : null),
        text -> redact(secrets, text));
    List<Violation> violations = new ArrayList<>(verdict.violations());
    violations.addAll(extra);
    violations.addAll(previousUnchanged(contents.good(), goodId));
    SecretScan scan = scan(mark, a).add("the integration's status",
        status.reason() == null ? "" : status.reason());
    if (saved != null) {
      addCoverageReasons(scan, saved);
    }
    violations.addAll(scan.find(secrets));
    String nextGood = goodId;
    if (!newer.isEmpty()) {
      store.deleteAll(id);
      nextGood = store.save(id, contents.good()).id();
    }
    return new Judged(new Judge.Verdict(verdict.outcome(), violations), nextGood);
  }

  private void finalCheck(Contents contents, String goodId) {
    b.target().clear();
    long mark = b.log().mark();
    Attempt a = sync();
    SyncStatus status = registry.get(id).status();
    Snapshot saved = a.report == null ? null : store.load(id, a.report.snapshot().id());
    Map<String, Secret> secrets = b.target().secrets();
    Judge.Verdict verdict = Judge.judge(FINAL_CHECK, contents,
        new Judge.Observation(a.thrown, status, saved, a.timedOut ? b.caseTimeout() : null),
        text -> redact(secrets, text));
    for (Violation v : verdict.violations()) {
      baseline.add(v instanceof Violation.NotAbsorbed n
          ? new Violation.NotAbsorbed("after the matrix, a sync without faults ended as " + n.outcome()
              + ": the target did not restore the tenant")
          : v);
    }
    baseline.addAll(scan(mark, a).find(secrets));
    baseline.addAll(previousUnchanged(contents.good(), goodId));
  }

  private List<StoredSnapshot> newerThan(String goodId, List<Violation> violations) {
    try {
      return store.list(id).stream().filter(s -> !s.id().equals(goodId)).toList();
    } catch (RuntimeException e) {
      violations.add(new Violation.PreviousSnapshotChanged("the store cannot list the snapshots: "
          + e.getClass().getSimpleName()));
      return List.of();
    }
  }

  private List<Violation> previousUnchanged(Snapshot good, String goodId) {
    List<Violation> out = new ArrayList<>();
    try {
      String difference = Contents.difference(good, store.load(id, goodId));
      if (difference != null) {
        out.add(new Violation.PreviousSnapshotChanged(difference));
      }
    } catch (RuntimeException e) {
      out.add(new Violation.PreviousSnapshotChanged("it no longer loads: " + e.getClass().getSimpleName()));
    }
    try {
      Optional<Snapshot> latest = store.loadLatest(id);
      if (latest.isEmpty()) {
        out.add(new Violation.PreviousSnapshotChanged("the store loads no latest snapshot"));
      } else if (!Coverage.lostToFaults(latest.get().coverage()).isEmpty()) {
        out.add(new Violation.PreviousSnapshotChanged("a snapshot that lost collections to faults replaced the"
            + " last whole one as the latest"));
      }
    } catch (RuntimeException e) {
      out.add(new Violation.PreviousSnapshotChanged("the latest snapshot no longer loads: "
          + e.getClass().getSimpleName()));
    }
    return out;
  }

  private SecretScan scan(long mark, Attempt a) {
    String logged = b.log().since(mark);
    logCharacters += logged.length();
    SecretScan scan = new SecretScan().add("the log", logged);
    if (a.thrown != null) {
      scan.addMessages("the exception", a.thrown);
    }
    if (a.report != null) {
      scan.add("the sync's revisions", String.join("\n", a.report.result().revisions()));
    }
    return scan;
  }

  private void addCoverageReasons(SecretScan scan, Snapshot snapshot) {
    snapshot.coverage().forEach((c, coverage) -> {
      if (coverage instanceof Coverage.Partial p) {
        scan.add("the coverage of " + c, p.reason());
      } else if (coverage instanceof Coverage.Unavailable u) {
        scan.add("the coverage of " + c, u.reason());
      }
    });
  }

  /**
   * One sync through the registry. When it outlasts the case's time its cancellation token is
   * cancelled; when it outlasts twice that, its thread is interrupted too.
   */
  private Attempt sync() {
    CancellationToken cancellation = new CancellationToken();
    Thread caller = Thread.currentThread();
    Object lock = new Object();
    boolean[] state = new boolean[3]; // finished, timed out, interrupted
    long limit = b.caseTimeout().toMillis();
    ScheduledFuture<?> cancel = watchdog.schedule(() -> {
      synchronized (lock) {
        if (!state[0]) {
          state[1] = true;
          cancellation.cancel();
        }
      }
    }, limit, TimeUnit.MILLISECONDS);
    ScheduledFuture<?> interrupt = watchdog.schedule(() -> {
      synchronized (lock) {
        if (!state[0]) {
          state[2] = true;
          caller.interrupt();
        }
      }
    }, 2 * limit, TimeUnit.MILLISECONDS);
    SyncReport report = null;
    Throwable thrown = null;
    try {
      report = registry.sync(id, SyncRequest.by(FaultMatrix.ACTOR).withPlan(b.plan()).withCancellation(cancellation));
    } catch (VirtualMachineError e) {
      throw e;
    } catch (RuntimeException | Error e) {
      thrown = e;
    } finally {
      synchronized (lock) {
        state[0] = true;
      }
      cancel.cancel(false);
      interrupt.cancel(false);
    }
    synchronized (lock) {
      if (state[2]) {
        Thread.interrupted();
      }
      return new Attempt(report, thrown, state[1]);
    }
  }

/** The case the final sync without faults is judged as: it must end as the good sync did. */
private static final FaultCase FINAL_CHECK = new FaultCase(1, new FaultKind("no fault", true),
    new FaultSite("nowhere", 1, 0), FaultPosition.FIRST_REQUEST, 0);

private record Attempt(@Nullable SyncReport report, @Nullable Throwable thrown, boolean timedOut) {}

private record Judged(Judge.Verdict verdict, String goodId) {}

/** The text with every secret of the target masked, for what the report quotes. */
private static String redact(Map<String, Secret> secrets, String text) {
  String out = text;
  for (Secret s : secrets.values()) {
    String masked = s.redact(out);
    out = masked == null ? out : masked;
  }
  return out;
}

  private static Duration nonNegative(Duration d) {
    return d.isNegative() ? Duration.ZERO : d;
  }
}
