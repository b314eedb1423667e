package dev.governance.testkit.conformance.internal;

import dev.governance.core.AuthenticationFailedException;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.CancellationToken;
import dev.governance.core.spi.CollectionAccess;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.Preflight;
import dev.governance.core.spi.SyncPlan;
import dev.governance.testkit.conformance.MissingPermission;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The checks of credentials: bad ones refused, a missing permission never hidden, preflight honest. */
final class AccessChecks {

  /** A sync with credentials missing a permission, and its preflight. */
  record Limited(MissingPermission missing, @Nullable Preflight preflight, @Nullable RuntimeException preflightFailure,
      Recording recording) {}

  /** How long a sync waits in the sink for a check beside it, at most. */
  private static final int BESIDE_WAIT_SECONDS = 5;

  private final Session session;
  private @Nullable Limited limited;

  AccessChecks(Session session) {
    this.session = session;
  }

  private Connector bad() {
    Optional<Connector> c = session.openBad();
    if (c.isEmpty()) {
      Problems.abort("no bad credentials: override openWithBadCredentials() to return a connector the provider"
          + " refuses (a revoked or wrong token)");
    }
    return c.get();
  }

  void badCredentialsRefusedByCheck() {
    Connector c = bad();
    try {
      Preflight p = session.check(c);
      throw Problems.fail("check() with bad credentials returned a preflight (" + p.accessLevel()
          + ") instead of throwing AuthenticationFailedException");
    } catch (AuthenticationFailedException expected) {
      // As the SPI says.
    } catch (RuntimeException e) {
      throw Problems.fail("check() with bad credentials threw " + Problems.describe(e)
          + ", not AuthenticationFailedException", e);
    } finally {
      session.closeQuietly(c);
    }
  }

  void badCredentialsRefusedByCollect() {
    Connector c = bad();
    SyncPlan plan = new SyncPlan(c.capabilities().collections(), Map.of());
    Recording r = session.sync(c, plan, new CancellationToken(), x -> {});
    session.closeQuietly(c);
    if (r.failure().isEmpty()) {
      throw Problems.fail("collect with bad credentials returned normally (coverage " + r.coverage()
          + ") instead of throwing AuthenticationFailedException");
    }
    if (!(r.failure().get() instanceof AuthenticationFailedException)) {
      throw Problems.fail("collect with bad credentials threw " + Problems.describe(r.failure().get())
          + ", not AuthenticationFailedException", r.failure().get());
    }
  }

  private synchronized Limited limited() {
    if (limited != null) {
      return limited;
    }
    Optional<MissingPermission> m = session.subject.missingPermission();
    if (m.isEmpty()) {
      Problems.abort("no credentials missing a permission: override missingPermission() where the connector can"
          + " be given such credentials");
    }
    Connector c = session.keep(m.get().opener().get());
    Preflight preflight = null;
    RuntimeException failure = null;
    try {
      preflight = session.check(c);
    } catch (RuntimeException e) {
      failure = e;
    }
    SyncPlan plan = new SyncPlan(c.capabilities().collections(), Map.of());
    Recording r = session.sync(c, plan, new CancellationToken(), x -> {});
    session.closeQuietly(c);
    limited = new Limited(m.get(), preflight, failure, r);
    return limited;
  }

  void missingPermissionNotComplete() {
    Limited l = limited();
    Problems p = new Problems();
    if (l.recording().failure().isPresent()) {
      p.add("the sync " + l.missing().description() + " failed instead of reporting the collections it cannot"
          + " read: " + Problems.describe(l.recording().failure().get()), l.recording().failure().get());
    }
    for (InventoryCollection c : l.missing().unreadable()) {
      Coverage got = l.recording().coverage().get(c);
      if (got == null) {
        p.add(c + ": no coverage was reported");
      } else if (got.isComplete()) {
        p.add(c + " was reported complete with " + l.recording().items(c).size() + " item(s), although the"
            + " credentials may not read it: report Coverage.refused(...) when the provider refuses");
      } else if (!permission(got)) {
        p.add(c + " was reported " + got.label() + " for a cause other than a permission: " + got);
      }
    }
    p.throwIfAny("a collection the credentials " + l.missing().description() + " may not read must be"
        + " unavailable or partial for a permission");
  }

  private static boolean permission(Coverage c) {
    return (c instanceof Coverage.Unavailable u && u.cause() == Coverage.Cause.PERMISSION)
        || (c instanceof Coverage.Partial p && p.cause() == Coverage.Cause.PERMISSION);
  }

  void preflightMatchesCollect() {
    Session.Baseline b = session.baseline();
    Problems p = new Problems();
    int forbidden = compare("with good credentials", b.preflight(), b.recording(), p);
    Optional<MissingPermission> m = session.subject.missingPermission();
    if (m.isPresent()) {
      Limited l = limited();
      if (l.preflight() == null) {
        RuntimeException e = java.util.Objects.requireNonNull(l.preflightFailure());
        p.add("check() " + l.missing().description() + " threw " + Problems.describe(e)
            + " instead of saying what cannot be read", e);
      } else {
        forbidden += compare(l.missing().description(), l.preflight(), l.recording(), p);
        for (InventoryCollection c : l.missing().unreadable()) {
          if (l.preflight().collections().get(c) instanceof CollectionAccess.Allowed) {
            p.add("the preflight " + l.missing().description() + " calls " + c + " readable, but the"
                + " credentials may not read it");
          }
        }
      }
    }
    if (forbidden == 0 && p.isEmpty()) {
      Problems.abort("no preflight called a collection forbidden, so none could be compared with the sync:"
          + " override missingPermission()");
    }
    p.throwIfAny("what the preflight says cannot be read must not be complete in the sync");
  }

  /**
   * Runs {@code check()} on a thread of its own while {@code collect} is delivering (the sync waits
   * in the sink for the check, at most {@value #BESIDE_WAIT_SECONDS} seconds), as {@code governance
   * scan} does; both must answer what they answer alone.
   */
  void checkBesideCollect() {
    Session.Baseline b = session.baseline();
    Connector c = session.open();
    CompletableFuture<Preflight> preflight = new CompletableFuture<>();
    AtomicBoolean started = new AtomicBoolean();
    Runnable startCheck = () -> {
      if (started.compareAndSet(false, true)) {
        Thread t = new Thread(() -> {
          try {
            preflight.complete(session.check(c));
          } catch (Throwable e) {
            preflight.completeExceptionally(e);
          }
        }, "conformance-check-beside-collect");
        t.setDaemon(true);
        t.start();
        try {
          preflight.get(BESIDE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
          // Judged below, once the sync has ended.
        }
      }
    };
    Recording r = session.sync(c, b.plan(), new CancellationToken(), collection -> startCheck.run());
    startCheck.run();
    Problems p = new Problems();
    r.failure().ifPresent(e -> p.add("collect threw " + Problems.describe(e) + " while check() ran beside it", e));
    Preflight beside = null;
    try {
      beside = preflight.get(2, TimeUnit.MINUTES);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      p.add("check() threw " + Problems.describe(cause) + " while collect ran", cause);
    } catch (TimeoutException e) {
      p.add("check() did not return within 2 minutes while collect ran: does it wait for a lock collect holds?");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.add("interrupted while waiting for check()");
    }
    if (beside != null) {
      if (beside.accessLevel() != b.preflight().accessLevel()) {
        p.add("check() beside collect gave access level " + beside.accessLevel() + ", alone "
            + b.preflight().accessLevel());
      }
      for (Map.Entry<InventoryCollection, CollectionAccess> e : b.preflight().collections().entrySet()) {
        CollectionAccess got = beside.collections().get(e.getKey());
        if (got == null || got.getClass() != e.getValue().getClass()) {
          p.add("check() beside collect called " + e.getKey() + " " + (got == null ? "nothing" : got)
              + ", alone " + e.getValue());
        }
      }
    }
    for (InventoryCollection collection : b.plan().collections()) {
      int alone = b.recording().items(collection).size();
      int withCheck = r.items(collection).size();
      if (alone != withCheck) {
        p.add("collect delivered " + withCheck + " item(s) of " + collection + " with check() beside it, "
            + alone + " alone");
      }
    }
    p.throwIfAny("check() must work while collect runs on another thread, and neither may change the other's"
        + " answer");
  }

  private static int compare(String how, Preflight preflight, Recording r, Problems p) {
    int forbidden = 0;
    for (Map.Entry<InventoryCollection, CollectionAccess> e : preflight.collections().entrySet()) {
      if (e.getValue() instanceof CollectionAccess.Forbidden f) {
        forbidden++;
        Coverage got = r.coverage().get(e.getKey());
        if (got != null && got.isComplete()) {
          p.add("the preflight " + how + " calls " + e.getKey() + " forbidden (" + Problems.q(f.reason())
              + "), but the sync reported it complete");
        }
      }
    }
    return forbidden;
  }
}
