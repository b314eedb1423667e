package dev.governance.testkit.conformance.internal;

import dev.governance.core.CancelledException;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.CancellationToken;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.SyncPlan;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checks of what {@code collect} delivers, and how: declared, requested, streamed, cancelled. */
final class CollectChecks {

  private final Session session;

  CollectChecks(Session session) {
    this.session = session;
  }

  void declaredCollectionsCovered() {
    Session.Baseline b = session.baseline();
    Problems p = new Problems();
    Map<InventoryCollection, Coverage> coverage = b.recording().coverage();
    for (InventoryCollection c : b.capabilities().collections()) {
      Coverage got = coverage.get(c);
      if (got == null) {
        p.add(c + " is declared and was requested, but no coverage was reported for it");
      } else if (got instanceof Coverage.NotRequested) {
        p.add(c + " was requested, but reported as not requested");
      }
    }
    p.throwIfAny("a sync of every declared collection must report a coverage for each");
  }

  void nothingUndeclaredDelivered() {
    Session.Baseline b = session.baseline();
    Set<InventoryCollection> undeclared = EnumSet.allOf(InventoryCollection.class);
    undeclared.removeAll(b.capabilities().collections());
    if (undeclared.isEmpty()) {
      Problems.abort("the connector declares every collection, so none can be delivered undeclared");
    }
    Problems p = new Problems();
    outside(b.recording(), b.capabilities().collections(), "", p);
    p.throwIfAny("a sync must deliver nothing of the collections the capabilities leave out, " + undeclared);
  }

  void coverageOnlyForRequested() {
    Session.Baseline b = session.baseline();
    List<InventoryCollection> subsets = subsets(b.capabilities().collections());
    if (b.capabilities().collections().size() < 2) {
      Problems.abort("the connector declares one collection only, so no sync can leave one out");
    }
    Problems p = new Problems();
    for (InventoryCollection only : subsets) {
      Recording r = session.sync(b.connector(), SyncPlan.of(only), new CancellationToken(), x -> {});
      if (r.failure().isPresent()) {
        p.add("a sync of " + only + " alone failed: " + Problems.describe(r.failure().get()), r.failure().get());
        continue;
      }
      Coverage got = r.coverage().get(only);
      if (got == null || got instanceof Coverage.NotRequested) {
        p.add("a sync of " + only + " alone reported no coverage for it");
      }
      outside(r, Set.of(only), "a sync of " + only + " alone: ", p);
    }
    p.throwIfAny("a sync of some collections must cover each of them and deliver nothing of the others");
  }

  /** Up to two one-collection plans: the first declared collection of entities and of grants. */
  private static List<InventoryCollection> subsets(Set<InventoryCollection> declared) {
    List<InventoryCollection> out = new ArrayList<>();
    Set<InventoryCollection> entityCollections = EnumSet.noneOf(InventoryCollection.class);
    for (EntityKind k : EntityKind.values()) {
      entityCollections.add(k.collection());
    }
    declared.stream().filter(entityCollections::contains).sorted().findFirst().ifPresent(out::add);
    declared.stream().filter(c -> !entityCollections.contains(c)).sorted().findFirst().ifPresent(out::add);
    return out;
  }

  private static void outside(Recording r, Set<InventoryCollection> allowed, String prefix, Problems p) {
    for (InventoryCollection c : InventoryCollection.values()) {
      if (allowed.contains(c)) {
        continue;
      }
      int items = r.items(c).size();
      if (items > 0) {
        p.add(prefix + items + " item(s) of " + c + " were delivered");
      }
      Coverage got = r.coverage().get(c);
      if (got != null && !(got instanceof Coverage.NotRequested)) {
        p.add(prefix + "a coverage of " + got.label() + " was reported for " + c);
      }
    }
  }

  void streams() {
    Session.Baseline b = session.baseline();
    List<InventoryCollection> paged = session.pagedCollections();
    if (paged.isEmpty()) {
      Problems.abort("no collection spans more than one page: seed one with more items than a page (or"
          + " open the connector with a smaller page size) and name it in SeededInventory.spansPages");
    }
    Problems p = new Problems();
    for (InventoryCollection c : paged) {
      List<Long> items = b.recording().items(c);
      List<Recording.Progress> progress = b.recording().progress(c);
      if (items.size() < 2) {
        p.add(c + " is seeded to span pages, but " + items.size() + " item(s) of it were delivered");
        continue;
      }
      if (progress.size() < 2) {
        p.add(c + " is seeded to span pages, but the connector reported its progress " + progress.size()
            + " time(s): report a ProgressEvent once per page");
        continue;
      }
      long first = items.get(0);
      long last = items.get(items.size() - 1);
      boolean interleaved = progress.stream().anyMatch(e -> e.seq() > first && e.seq() < last);
      if (!interleaved) {
        boolean before = progress.get(progress.size() - 1).seq() < first;
        p.add(c + ": all " + progress.size() + " page(s) were reported read " + (before ? "before the first"
            : "after the last") + " of its " + items.size() + " items reached the sink; hand each page to the"
            + " sink as it arrives");
      }
    }
    p.throwIfAny("a collection of several pages must reach the sink page by page");
  }

  void cancellation() {
    List<InventoryCollection> paged = session.pagedCollections();
    if (paged.isEmpty()) {
      Problems.abort("no collection spans more than one page, so stopping within one page cannot be told"
          + " from finishing: seed one and name it in SeededInventory.spansPages");
    }
    InventoryCollection watched = paged.get(0);
    long page = Math.max(1, session.baseline().recording().largestPage(watched));
    Connector c = session.open();
    CancellationToken token = new CancellationToken();
    Recording r = session.sync(c, session.baseline().plan(), token, coll -> {
      if (coll == watched) {
        token.cancel();
      }
    });
    session.closeQuietly(c);
    Problems p = new Problems();
    if (r.failure().isEmpty()) {
      p.add("the sync finished normally although the token was cancelled at the first item of " + watched);
    } else if (!(r.failure().get() instanceof CancelledException)) {
      p.add("the cancelled sync threw " + Problems.describe(r.failure().get()) + ", not CancelledException",
          r.failure().get());
    }
    // The token was cancelled as the first item of the watched collection arrived.
    long after = Math.max(0, r.items(watched).size() - 1);
    if (after > page) {
      p.add(after + " item(s) of " + watched + " were delivered after the cancellation, more than its largest"
          + " page (" + page + "): check the token between pages");
    }
    p.throwIfAny("a sync cancelled at the first item of " + watched + " must stop within one page");
  }
}
