package dev.governance.okta.sync;

import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.spi.SyncResult;
import dev.governance.okta.OktaConnector;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.RateLimits;
import dev.governance.testkit.okta.TenantShape;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * A fake tenant, a connector and a clock they share (the tenant's may run ahead or behind), for
 * syncing in full and as deltas, with changes made through the tenant's own API in between.
 */
final class DeltaRig implements AutoCloseable {

  /** A clock the test moves. */
  static final class MovingClock extends Clock {
    private volatile Instant now;
    private final Duration offset;
    private final @Nullable MovingClock base;

    MovingClock(Instant start) {
      this.now = start;
      this.offset = Duration.ZERO;
      this.base = null;
    }

    private MovingClock(MovingClock base, Duration offset) {
      this.now = Instant.EPOCH;
      this.base = base;
      this.offset = offset;
    }

    /** A clock that reads this one's time plus an offset. */
    MovingClock skewed(Duration by) {
      return new MovingClock(this, by);
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return base != null ? base.instant().plus(offset) : now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  /** A snapshot and what it cost. */
  record Synced(Snapshot snapshot, SyncResult result) {}

  final MovingClock clock = new MovingClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
  final FakeOktaTenant tenant;
  final OktaConnector okta;
  private final HttpClient http = HttpClient.newHttpClient();

  DeltaRig(TenantShape shape, Duration tenantSkew) {
    this.tenant = FakeOktaTenant.builder().shape(shape).seed(11).rateLimits(RateLimits.disabled())
        .clock(clock.skewed(tenantSkew)).start();
    this.okta = OktaConnectorSyncTest.open(tenant, tenant.apiToken());
  }

  DeltaRig(TenantShape shape) {
    this(shape, Duration.ZERO);
  }

  Synced full() {
    return sync(null);
  }

  Synced delta(Snapshot previous) {
    return sync(previous);
  }

  /**
   * Syncs, the clock standing still meanwhile: a delta and the full sync after it then see the
   * same time, and so the same last use of the token they read with.
   */
  Synced sync(@Nullable Snapshot previous) {
    SnapshotBuilder builder = Snapshot.builder(okta.tenant(), okta.id()).clock(clock);
    SyncContext context = SyncContext.builder().clock(clock).previous(previous, previous == null ? null : "prev")
        .build();
    SyncResult result = okta.collect(SyncPlan.everything(), builder, context);
    return new Synced(builder.build(), result);
  }

  /** A copy of a snapshot that says it was taken at another time. */
  static Snapshot takenAt(Snapshot s, Instant startedAt) {
    SnapshotBuilder b = Snapshot.builder(s.info().tenant(), s.info().connectorId())
        .clock(Clock.fixed(s.info().completedAt(), ZoneOffset.UTC)).startedAt(startedAt);
    for (dev.governance.core.model.EntityKind k : dev.governance.core.model.EntityKind.values()) {
      b.entities(s.entities(k));
    }
    b.grants(s.grants());
    s.coverage().forEach(b::coverage);
    return b.build();
  }

  /** Calls the tenant's API as its admin and returns the status. */
  int api(String method, String path, @Nullable String body) {
    clock.advance(Duration.ofSeconds(1));
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(tenant.orgUrl() + path))
        .header("Authorization", "SSWS " + tenant.apiToken()).header("Accept", "application/json")
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    okta.close();
    tenant.close();
  }
}
