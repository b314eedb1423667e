package dev.governance.bench;

import dev.governance.core.Secret;
import dev.governance.core.diff.SnapshotDiff;
import dev.governance.core.model.ApplicationStatus;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.GroupType;
import dev.governance.core.model.Identity;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.spi.SyncResult;
import dev.governance.okta.OktaConnector;
import dev.governance.okta.OktaConnectorOptions;
import dev.governance.okta.OktaCredentials;
import dev.governance.okta.OktaOrg;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.RateLimits;
import dev.governance.testkit.okta.TenantShape;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The delta benchmark: on a generated fake tenant, a full sync, then a share of the users, groups,
 * memberships and direct application assignments changed through the tenant's own API (which
 * writes the System Log events Okta would), then a delta from the first snapshot and a full sync,
 * whose snapshots must be equal. Prints a Markdown table of the calls of each.
 *
 * <p>Run: {@code java -Xmx2g -cp governance-bench/target/benchmarks.jar
 * dev.governance.bench.DeltaSyncBenchmark --shape medium --changes 0,0.001,0.01,0.1}.
 */
public final class DeltaSyncBenchmark {

  private DeltaSyncBenchmark() {}

  /** A clock that stands still while a sync runs, so a delta and a full sync see the same time. */
  static final class SteppedClock extends Clock {
    private volatile Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    void step(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
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

  /** One measured change fraction. */
  record Row(double share, int changes, int fullCalls, int deltaCalls, boolean equal, String mode,
      String deltaBuckets) {}

  /**
   * Runs the benchmark.
   *
   * @param args {@code --shape S}, {@code --seed N}, {@code --changes a,b,c}
   * @throws Exception if a step fails
   */
  public static void main(String[] args) throws Exception {
    TenantShape shape = TenantShape.MEDIUM;
    long seed = 42;
    List<Double> shares = List.of(0.0, 0.001, 0.01, 0.1);
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--shape" -> shape = TenantShape.valueOf(args[i + 1].toUpperCase(Locale.ROOT));
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--changes" -> shares = java.util.Arrays.stream(args[i + 1].split(",")).map(Double::valueOf).toList();
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<Row> rows = new ArrayList<>();
    for (double share : shares) {
      rows.add(measure(shape, seed, share));
    }
    StringBuilder md = new StringBuilder("| changed | changes made | full sync calls | delta calls | delta ÷ full"
        + " | snapshots equal | delta calls per bucket |\n| ---: | ---: | ---: | ---: | ---: | --- | --- |\n");
    for (Row r : rows) {
      md.append(String.format(Locale.ROOT, "| %.1f %% | %d | %d | %d | %.1f %% | %s | %s |%n", r.share() * 100,
          r.changes(), r.fullCalls(), r.deltaCalls(), 100.0 * r.deltaCalls() / r.fullCalls(),
          r.equal() ? "yes" : "NO", r.deltaBuckets()));
      System.err.println(r.mode());
    }
    System.out.println(md);
  }

  static Row measure(TenantShape shape, long seed, double share) throws IOException, InterruptedException {
    SteppedClock clock = new SteppedClock();
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(shape).seed(seed).rateLimits(RateLimits.disabled())
        .clock(clock).start();
        OktaConnector okta = OktaConnector.open(OktaOrg.parser().allowLoopbackForTesting().parse(tenant.orgUrl()),
            OktaCredentials.apiToken(Secret.of(tenant.apiToken())),
            OktaConnectorOptions.builder().bucketShare(1.0).readPrincipalRateLimit(false).build())) {
      // The generator dates some changes at the tenant's creation; step past the overlap window so
      // that the first delta measures the changes below only.
      clock.step(Duration.ofMinutes(10));
      Snapshot before = sync(okta, clock, null).snapshot;
      clock.step(Duration.ofMinutes(1));
      int changes = change(tenant, clock, before, share, new Random(seed));
      clock.step(Duration.ofMinutes(1));
      Synced delta = sync(okta, clock, before);
      Synced full = sync(okta, clock, null);
      boolean equal = SnapshotDiff.between(full.snapshot, delta.snapshot).isEmpty();
      return new Row(share, changes, full.result.totalCalls(), delta.result.totalCalls(), equal,
          delta.snapshot.info().mode().describe(), new java.util.TreeMap<>(delta.result.callsPerBucket()).toString());
    }
  }

  private record Synced(Snapshot snapshot, SyncResult result) {}

  private static Synced sync(OktaConnector okta, Clock clock, @Nullable Snapshot previous) {
    SnapshotBuilder b = Snapshot.builder(okta.tenant(), okta.id()).clock(clock);
    SyncResult r = okta.collect(SyncPlan.everything(), b, SyncContext.builder().clock(clock)
        .previous(previous, null).build());
    return new Synced(b.build(), r);
  }

  /**
   * Changes a share of the users (a profile field), groups (the description), memberships (half
   * removed, as many added) and direct application assignments (likewise) through the API.
   */
  static int change(FakeOktaTenant tenant, SteppedClock clock, Snapshot s, double share, Random random)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    int made = 0;
    List<Identity> active = s.identities().stream().filter(i -> i.status() == IdentityStatus.ACTIVE).toList();
    List<String> groups = s.groups().stream().filter(g -> g.type() == GroupType.NATIVE).map(g -> g.id()).toList();
    Set<String> activeApps = new HashSet<>();
    s.applications().stream().filter(a -> a.status() == ApplicationStatus.ACTIVE).forEach(a -> activeApps.add(a.id()));
    int users = (int) Math.round(s.identities().size() * share);
    for (int i = 0; i < users; i++) {
      made += ok(call(http, tenant, "POST", "/api/v1/users/" + active.get(random.nextInt(active.size())).id(),
          "{\"profile\":{\"title\":\"Changed " + i + "\"}}"));
    }
    int groupChanges = (int) Math.round(s.groups().size() * share);
    for (int i = 0; i < groupChanges && !groups.isEmpty(); i++) {
      String g = groups.get(random.nextInt(groups.size()));
      made += ok(call(http, tenant, "PUT", "/api/v1/groups/" + g,
          "{\"profile\":{\"name\":\"" + s.group(g).orElseThrow().name() + "\",\"description\":\"changed " + i + "\"}}"));
    }
    List<Grant.Membership> memberships = s.grants(Grant.Membership.class)
        .filter(m -> groups.contains(m.groupId())).toList();
    int membershipChanges = (int) Math.round(s.grants(Grant.Membership.class).count() * share);
    for (int i = 0; i < membershipChanges / 2 + membershipChanges % 2; i++) {
      Grant.Membership m = memberships.get(random.nextInt(memberships.size()));
      made += ok(call(http, tenant, "DELETE", "/api/v1/groups/" + m.groupId() + "/users/" + m.memberId(), null));
      String u = active.get(random.nextInt(active.size())).id();
      if (i < membershipChanges / 2) {
        made += ok(call(http, tenant, "PUT", "/api/v1/groups/" + groups.get(random.nextInt(groups.size()))
            + "/users/" + u, null));
      }
    }
    List<Grant.AppAssignment> direct = s.grants(Grant.AppAssignment.class)
        .filter(a -> a.assigneeKind() == EntityKind.IDENTITY && activeApps.contains(a.applicationId())).toList();
    List<String> apps = List.copyOf(activeApps);
    int assignmentChanges = (int) Math.round(s.grants(Grant.AppAssignment.class).count() * share);
    for (int i = 0; i < assignmentChanges / 2 + assignmentChanges % 2 && !direct.isEmpty(); i++) {
      Grant.AppAssignment a = direct.get(random.nextInt(direct.size()));
      made += ok(call(http, tenant, "DELETE", "/api/v1/apps/" + a.applicationId() + "/users/" + a.assigneeId(), null));
      if (i < assignmentChanges / 2) {
        made += ok(call(http, tenant, "POST", "/api/v1/apps/" + apps.get(random.nextInt(apps.size())) + "/users",
            "{\"id\":\"" + active.get(random.nextInt(active.size())).id() + "\",\"scope\":\"USER\"}"));
      }
    }
    clock.step(Duration.ofSeconds(1));
    return made;
  }

  private static int ok(int status) {
    return status / 100 == 2 ? 1 : 0;
  }

  private static int call(HttpClient http, FakeOktaTenant tenant, String method, String path, @Nullable String body)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(tenant.orgUrl() + path))
        .header("Authorization", "SSWS " + tenant.apiToken()).header("Accept", "application/json")
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
