package dev.governance.testkit.conformance.internal;

import dev.governance.core.model.Coverage;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.CancellationToken;
import dev.governance.core.spi.Capabilities;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.Preflight;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What the checks of one run share: the connectors opened (closed at the end), the baseline sync,
 * and every text a secret must not show in (exception messages, coverage reasons, preflights).
 */
final class Session implements AutoCloseable {

  /** The first connector, its preflight and its first sync of every declared collection. */
  record Baseline(Connector connector, Capabilities capabilities, Preflight preflight, SyncPlan plan,
      Recording recording) {}

  final Subject subject;
  final long logMark;
  private final List<Connector> opened = Collections.synchronizedList(new ArrayList<>());
  private final List<Throwable> thrown = Collections.synchronizedList(new ArrayList<>());
  private final List<String> texts = Collections.synchronizedList(new ArrayList<>());
  private @Nullable Baseline baseline;
  private @Nullable RuntimeException baselineFailure;

  Session(Subject subject) {
    this.subject = subject;
    this.logMark = subject.log().mark();
  }

  /** Opens a connector with good credentials; the session closes it. */
  Connector open() {
    return keep(subject.open());
  }

  Connector keep(Connector c) {
    opened.add(c);
    return c;
  }

  List<Connector> opened() {
    return List.copyOf(opened);
  }

  /** Notes an exception a connector threw, for the secret checks. */
  void thrown(Throwable t) {
    thrown.add(t);
  }

  List<Throwable> thrown() {
    return List.copyOf(thrown);
  }

  List<String> texts() {
    return List.copyOf(texts);
  }

  /** Runs a preflight and keeps its texts; an exception is kept and rethrown. */
  Preflight check(Connector c) {
    try {
      Preflight p = c.check();
      texts.add("preflight: " + p);
      return p;
    } catch (RuntimeException e) {
      thrown(e);
      throw e;
    }
  }

  /** Returns the baseline, made on first use; fails the calling check if it cannot be made. */
  synchronized Baseline baseline() {
    if (baseline != null) {
      return baseline;
    }
    if (baselineFailure != null) {
      throw Problems.fail("the first sync with good credentials failed: " + Problems.describe(baselineFailure),
          baselineFailure);
    }
    try {
      Connector c = open();
      Capabilities caps = c.capabilities();
      if (caps.collections().isEmpty()) {
        throw new IllegalStateException("the connector's capabilities declare no collection");
      }
      Preflight preflight = check(c);
      SyncPlan plan = new SyncPlan(caps.collections(), java.util.Map.of());
      Recording r = sync(c, plan, new CancellationToken(), x -> {});
      if (r.failure().isPresent()) {
        throw r.failure().get();
      }
      baseline = new Baseline(c, caps, preflight, plan, r);
      return baseline;
    } catch (RuntimeException e) {
      baselineFailure = e;
      throw Problems.fail("the first sync with good credentials failed: " + Problems.describe(e), e);
    }
  }

  /** Runs a sync into a new recording; what it throws is kept in the recording, not rethrown. */
  Recording sync(Connector c, SyncPlan plan, CancellationToken token, Consumer<InventoryCollection> onItem) {
    Recording r = new Recording(c.tenant(), c.id(), onItem);
    SyncContext context = SyncContext.builder().progress(r).cancellation(token).build();
    try {
      c.collect(plan, r, context);
    } catch (RuntimeException e) {
      r.failed(e);
      thrown(e);
    }
    r.coverage().forEach((coll, cov) -> {
      if (cov instanceof Coverage.Partial p) {
        texts.add("coverage reason of " + coll + ": " + p.reason());
      } else if (cov instanceof Coverage.Unavailable u) {
        texts.add("coverage reason of " + coll + ": " + u.reason() + " " + u.missingPermissions());
      }
    });
    return r;
  }

  /** Runs a sync that must succeed, on a new connector. */
  Recording freshSync(SyncPlan plan) {
    Connector c = open();
    try {
      Recording r = sync(c, plan, new CancellationToken(), x -> {});
      if (r.failure().isPresent()) {
        throw Problems.fail("a sync with good credentials failed: " + Problems.describe(r.failure().get()),
            r.failure().get());
      }
      return r;
    } finally {
      closeQuietly(c);
    }
  }

  /** Returns the collections the streaming and cancellation checks watch in the baseline. */
  /**
   * The collections the author declared to span pages. Collections that merely reported progress
   * more than once are not inferred: a connector that reads the pages of a collection in parallel
   * (one per application, say) may hand every page over before it reports any, which is streaming
   * all the same.
   */
  List<InventoryCollection> pagedCollections() {
    Baseline b = baseline();
    EnumSet<InventoryCollection> paged = EnumSet.noneOf(InventoryCollection.class);
    paged.addAll(subject.seeded().spansPages());
    paged.retainAll(b.plan().collections());
    return List.copyOf(paged);
  }

  Optional<Connector> openBad() {
    return subject.openWithBadCredentials().map(this::keep);
  }

  void closeQuietly(Connector c) {
    try {
      c.close();
    } catch (RuntimeException e) {
      thrown(e);
    }
  }

  @Override
  public void close() {
    for (Connector c : opened()) {
      closeQuietly(c);
    }
  }
}
