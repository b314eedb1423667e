package dev.governance.bench;

import dev.governance.core.access.AccessGraph;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Group;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.spi.SyncResult;
import dev.governance.okta.OktaConnector;
import dev.governance.okta.OktaConnectorOptions;
import dev.governance.okta.OktaCredentials;
import dev.governance.okta.OktaOrg;
import dev.governance.okta.Secret;
import dev.governance.testkit.okta.Bucket;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.RateLimits;
import dev.governance.testkit.okta.TenantShape;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * One whole sync of a generated tenant: calls per bucket against the plan and against baton-okta's
 * formula, and wall time, unthrottled or under Okta's Workforce limits with a time scale.
 *
 * <p>Run: {@code java -cp governance-bench/target/benchmarks.jar dev.governance.bench.OktaSyncBench
 * [shape] [timeScale|none] [runs]}, e.g. {@code medium 0.05 3}: Okta's one-minute windows last three
 * seconds, with Workforce limits per bucket and the fake's default 50% share per token.
 */
public final class OktaSyncBench {

  private OktaSyncBench() {}

  /**
   * Runs the benchmark.
   *
   * @param args shape, time scale (or {@code none} for no rate limits), runs
   */
  public static void main(String[] args) {
    TenantShape shape = TenantShape.parse(args.length > 0 ? args[0] : "medium");
    String scaleArg = args.length > 1 ? args[1] : "none";
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    boolean throttled = !scaleArg.equals("none");
    double scale = throttled ? Double.parseDouble(scaleArg) : 1;
    RateLimits limits = throttled ? workforce().withTimeScale(scale) : unlimited();
    for (int run = 1; run <= runs; run++) {
      long t0 = System.nanoTime();
      try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(shape).seed(42).rateLimits(limits).start()) {
        long built = System.nanoTime();
        OktaOrg org = OktaOrg.parser().allowLoopbackForTesting().parse(tenant.orgUrl());
        OktaConnectorOptions options = OktaConnectorOptions.defaults().withBucketShare(1.0)
            .withRateLimitWindow(Duration.ofMillis(Math.round(60_000 * scale)));
        try (OktaConnector okta = OktaConnector.open(org, OktaCredentials.apiToken(Secret.of(tenant.apiToken())), options)) {
          SnapshotBuilder builder = Snapshot.builder(okta.tenant(), okta.id());
          long s0 = System.nanoTime();
          SyncResult result = okta.collect(SyncPlan.everything(), builder, SyncContext.defaults());
          long wall = System.nanoTime() - s0;
          Snapshot snapshot = builder.build();
          long http429 = tenant.journal().entries(e -> e.status() == 429).size();
          Map<String, Long> byBucket = new TreeMap<>();
          tenant.journal().entries(e -> e.status() == 429).forEach(e -> byBucket.merge(e.bucket().pattern(), 1L, Long::sum));
          System.out.printf("run %d shape=%s throttled=%s scale=%s tenantBuild=%dms%n", run, shape, throttled,
              scaleArg, (built - t0) / 1_000_000);
          System.out.printf("  calls actual=%s%n  calls predicted=%s%n  revisions=%s%n  retries=%d 429s=%d%n",
              new TreeMap<>(result.callsPerBucket()), new TreeMap<>(result.predictedCallsPerBucket()),
              okta.lastRevisions(), result.retries(), http429);
          if (http429 > 0) {
            System.out.printf("  429s by bucket=%s%n", byBucket);
          }
          int baton = batonFormula(snapshot);
          System.out.printf("  total calls=%d batonFormula(p=1000)=%d ratio=%.3f%n", result.totalCalls(), baton,
              result.totalCalls() / (double) baton);
          System.out.printf("  wall=%.2fs%n", wall / 1e9);
          if (throttled) {
            double bound = 0;
            String busiest = "";
            for (Map.Entry<String, Integer> e : result.callsPerBucket().entrySet()) {
              Bucket b = bucketOf(e.getKey());
              int perWindow = Math.max(1, (int) Math.floor(limits.limit(b) * limits.tokenShare()));
              double seconds = e.getValue() / (double) perWindow * 60 * scale;
              if (seconds > bound) {
                bound = seconds;
                busiest = e.getKey();
              }
            }
            System.out.printf("  busiest bucket=%s lowerBound=%.2fs wall/bound=%.3f%n", busiest, bound,
                wall / 1e9 / bound);
          }
        }
      }
    }
  }

  /** Limits so high that they never bind, and headers that say so, as an unthrottled org would. */
  static RateLimits unlimited() {
    RateLimits limits = RateLimits.defaults().withTokenShare(1.0).withConcurrency(1_000);
    for (Bucket b : Bucket.values()) {
      limits = limits.withLimit(b, 10_000_000);
    }
    return limits;
  }

  /** Okta's documented Workforce limits per minute. */
  static RateLimits workforce() {
    return RateLimits.defaults()
        .withLimit(Bucket.APPS, 100).withLimit(Bucket.APP_BY_ID, 500)
        .withLimit(Bucket.GROUPS, 500).withLimit(Bucket.GROUP_BY_ID, 1000)
        .withLimit(Bucket.USERS, 600).withLimit(Bucket.USER_BY_ID, 2000)
        .withLimit(Bucket.LOGS, 120).withLimit(Bucket.OTHER, 1200);
  }

  private static Bucket bucketOf(String pattern) {
    for (Bucket b : Bucket.values()) {
      if (b.pattern().equals(pattern)) {
        return b;
      }
    }
    throw new IllegalArgumentException(pattern);
  }

  /**
   * baton-okta's calls for a default sync, from the formula of its code (peers.md §3.1.3), with the
   * assignee page size p taken at its largest plausible value, 1000, which gives the smallest count.
   */
  static int batonFormula(Snapshot s) {
    int users = s.identities().size();
    int groups = s.groups().size();
    int calls = 1 + ceil(users, 200) + ceil(groups, 1000) + groups;
    for (Group g : s.groups()) {
      long members = s.grantsTo(EntityKind.GROUP, g.id()).stream().filter(Grant.Membership.class::isInstance).count();
      if (members > 0) {
        calls += ceil((int) members, 1000);
      }
    }
    int apps = s.applications().size();
    calls += ceil(apps, 200);
    AccessGraph graph = AccessGraph.of(s);
    for (var a : s.applications()) {
      long groupAssignments = s.grantsTo(EntityKind.APPLICATION, a.id()).stream()
          .filter(g -> g.subjectKind() == EntityKind.GROUP).count();
      calls += Math.max(1, ceil((int) groupAssignments, 200));
      int rows = graph.whoReaches(EntityKind.APPLICATION, a.id()).size();
      calls += Math.max(1, ceil(rows, 500));
    }
    long admins = s.grants().stream().filter(g -> g instanceof Grant.RoleAssignment)
        .flatMap(g -> g.subjectKind() == EntityKind.IDENTITY ? java.util.stream.Stream.of(g.subjectId())
            : java.util.stream.Stream.empty()).distinct().count();
    calls += 10 * ceil((int) admins, 1000) + (int) admins;
    return calls;
  }

  private static int ceil(int n, int page) {
    return (n + page - 1) / page;
  }
}
