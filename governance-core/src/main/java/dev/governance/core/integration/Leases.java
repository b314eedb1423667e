package dev.governance.core.integration;

import dev.governance.core.IntegrationBusyException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes, renews and gives up the leases of one registry instance: one owner name, one lease
 * duration, renewal at a third of it on a daemon thread while the work runs.
 */
final class Leases {

  private static final Logger LOG = LoggerFactory.getLogger(Leases.class);

  private final RegistryStore store;
  private final String owner;
  private final Duration duration;
  private final ScheduledThreadPoolExecutor renewer;

  Leases(RegistryStore store, String owner, Duration duration) {
    this.store = store;
    this.owner = owner;
    this.duration = duration;
    this.renewer = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = Executors.defaultThreadFactory().newThread(r);
      t.setDaemon(true);
      t.setName("governance-lease-renewer");
      return t;
    });
    renewer.setKeepAliveTime(10, TimeUnit.SECONDS);
    renewer.allowCoreThreadTimeOut(true);
    renewer.setRemoveOnCancelPolicy(true);
  }

  String owner() {
    return owner;
  }

  Duration duration() {
    return duration;
  }

  /**
   * Takes the lease of an integration and renews it until the returned hold is closed.
   *
   * @throws IntegrationBusyException if another owner holds it
   */
  Held hold(String integrationId, String purpose) {
    Lease lease = store.acquire(integrationId, owner, purpose, duration);
    return new Held(lease);
  }

  /**
   * A lease this registry holds, renewed in the background until closed. Nothing here holds a
   * monitor while it calls the store: {@link #check} runs inside the store's lock (from a change
   * of the integration), and the renewer must be able to take that lock meanwhile. Two renewals at
   * once are harmless: the store checks the owner, and both extend the same lease.
   */
  final class Held implements AutoCloseable {
    private volatile Lease lease;
    private volatile @Nullable IntegrationBusyException lost;
    private final ScheduledFuture<?> renewal;

    Held(Lease lease) {
      this.lease = lease;
      long period = Math.max(1, duration.toMillis() / 3);
      this.renewal = renewer.scheduleAtFixedRate(this::renewQuietly, period, period, TimeUnit.MILLISECONDS);
    }

    Lease lease() {
      return lease;
    }

    /**
     * Renews the lease now, and fails if it was lost: what the holder was about to store must not
     * be stored, since another holder may work on the integration.
     *
     * @throws IntegrationBusyException if the lease was lost
     */
    void check() {
      IntegrationBusyException e = lost;
      if (e != null) {
        throw e;
      }
      lease = store.renew(lease, duration);
    }

    private void renewQuietly() {
      if (lost != null) {
        return;
      }
      try {
        lease = store.renew(lease, duration);
      } catch (IntegrationBusyException e) {
        lost = e;
        LOG.warn("the lease of integration '{}' was lost: {}", lease.integrationId(), e.getMessage());
      } catch (RuntimeException e) {
        LOG.warn("could not renew the lease of integration '{}'; trying again", lease.integrationId(), e);
      }
    }

    @Override
    public void close() {
      renewal.cancel(false);
      if (lost == null) {
        try {
          store.release(lease);
        } catch (RuntimeException e) {
          LOG.warn("could not release the lease of integration '{}'; it expires at {}",
              lease.integrationId(), lease.expiresAt(), e);
        }
      }
    }
  }
}
