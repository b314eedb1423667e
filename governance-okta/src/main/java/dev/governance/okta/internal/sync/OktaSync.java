package dev.governance.okta.internal.sync;

import dev.governance.core.ConnectorFailureException;
import dev.governance.core.GovernanceException;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SyncMode;
import dev.governance.core.spi.InventorySink;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.spi.SyncResult;
import dev.governance.okta.catalog.OktaBucket;
import dev.governance.okta.internal.client.OktaHttp;
import dev.governance.okta.internal.client.PageJournal;
import dev.governance.okta.internal.mapping.GroupStats;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** One sync of one Okta org: survey, plan, the rest, then honest coverage. */
public final class OktaSync {

  /** How old an interrupted full sync's checkpoints may be to be resumed. */
  static final Duration CHECKPOINT_MAX_AGE = Duration.ofHours(24);

  private final OktaHttp http;
  private final Lanes lanes;
  private final boolean factorsForEveryone;
  private final boolean preferShorterSync;
  private final Duration window;
  private final Map<InventoryCollection, Set<String>> required;
  private final Supplier<String> pacing;
  private final String tenant;

  /**
   * Prepares a sync.
   *
   * @param http the org's client
   * @param lanes the connector's lanes
   * @param factorsForEveryone whether factors are read for every user rather than for admins
   * @param preferShorterSync whether the plan favours a short sync over the fewest calls
   * @param window Okta's rate-limit window, for the time-left estimate
   * @param required per collection, the scopes and permissions that allow reading it, for coverage
   * @param pacing settles the share of each bucket this client paces at, making the calls that
   *     takes (counted with the survey's), and says where the share came from
   * @param tenant the org's URL, which a previous snapshot must be of to be a delta's base
   */
  public OktaSync(OktaHttp http, Lanes lanes, boolean factorsForEveryone, boolean preferShorterSync, Duration window,
      Map<InventoryCollection, Set<String>> required, Supplier<String> pacing, String tenant) {
    this.tenant = tenant;
    this.pacing = pacing;
    this.http = http;
    this.lanes = lanes;
    this.factorsForEveryone = factorsForEveryone;
    this.preferShorterSync = preferShorterSync;
    this.window = window;
    this.required = required;
  }

  /**
   * Runs the sync.
   *
   * @param plan what to read
   * @param sink where to put it
   * @param context progress, cancellation, clock
   * @return what it cost
   */
  public SyncResult run(SyncPlan plan, InventorySink sink, SyncContext context) {
    Snapshot previous = context.previous().orElse(null);
    if (previous == null) {
      return runFull(plan, sink, context, true);
    }
    Instant start = context.clock().instant();
    Map<String, Integer> before = http.callsPerBucket();
    int retriesBefore = http.retries();
    String why = DeltaSync.unusable(previous, tenant, plan, factorsForEveryone, start);
    if (why == null) {
      DeltaSync.Outcome delta = DeltaSync.run(this, http, plan, sink, context, previous);
      why = delta.fallback();
      if (why == null) {
        Map<String, Integer> calls = OktaSyncRun.since(before, http.callsPerBucket());
        return new SyncResult(calls, delta.predicted(), http.retries() - retriesBefore,
            Duration.between(start, context.clock().instant()),
            List.of("delta: changes since " + previous.info().startedAt().minus(DeltaSync.OVERLAP)
                + " (the previous sync's start less " + DeltaSync.OVERLAP.toMinutes() + " minutes of overlap);"
                + " the change lists are counted as read, then the calls per item they call for"),
            delta.revisions());
      }
    }
    sink.syncMode(SyncMode.full("no delta: " + why));
    return runFull(plan, sink, context, true);
  }

  /**
   * Tells whether a plan reads the group list.
   *
   * @param plan the plan
   * @return whether it does
   */
  boolean needsGroups(SyncPlan plan) {
    return plan.includes(InventoryCollection.GROUPS) || plan.includes(InventoryCollection.MEMBERSHIPS)
        || plan.includes(InventoryCollection.APP_ASSIGNMENTS) || plan.includes(InventoryCollection.ROLE_ASSIGNMENTS)
        || plan.includes(InventoryCollection.ROLES) || plan.includes(InventoryCollection.IDENTITIES)
        || plan.includes(InventoryCollection.AUTH_FACTORS) && !factorsForEveryone;
  }

  /**
   * Tells whether a plan reads the application list.
   *
   * @param plan the plan
   * @return whether it does
   */
  boolean needsApplications(SyncPlan plan) {
    return plan.includes(InventoryCollection.APPLICATIONS) || plan.includes(InventoryCollection.APP_ASSIGNMENTS)
        || plan.includes(InventoryCollection.SCOPE_GRANTS) || plan.includes(InventoryCollection.ROLE_ASSIGNMENTS)
        || plan.includes(InventoryCollection.ROLES);
  }

  /**
   * Reads some collections in full, for a delta that must re-read them.
   *
   * @param plan the collections
   * @param sink where they go
   * @param context progress, cancellation, clock; no previous snapshot
   * @return what it cost
   */
  SyncResult full(SyncPlan plan, InventorySink sink, SyncContext context) {
    return runFull(plan, sink, context, false);
  }

  /**
   * Says why factors are partial by design.
   *
   * @param users the users whose factors were read
   * @return the reason
   */
  static String factorsReason(int users) {
    return "factors read for the " + users
        + " users holding admin roles only (directly or through a group); set the option factors=everyone"
        + " to read every user's (one call per user)";
  }

  /**
   * Reads in full; with {@code resumable}, through the journal of the context's checkpoints, so
   * that this sync resumes an interrupted one and a later one can resume this.
   */
  private SyncResult runFull(SyncPlan plan, InventorySink sink, SyncContext context, boolean resumable) {
    Instant start = context.clock().instant();
    RuleProvenanceSink held = new RuleProvenanceSink(sink);
    PageJournal journal = resumable && context.checkpoints().retains()
        ? PageJournal.open(context.checkpoints(), fingerprint(plan), start, CHECKPOINT_MAX_AGE) : null;
    OktaSyncRun run = new OktaSyncRun(journal == null ? http : http.journaled(journal), lanes, plan, held, context,
        factorsForEveryone, preferShorterSync, window, required);
    int retriesBefore = http.retries();
    String share = pacing.get();
    Survey survey = SurveyStage.read(run);
    Map<String, Integer> surveyCalls = run.callsSoFar();
    CallPlan callPlan = CallPlan.predict(survey, plan, factorsForEveryone).withAssumption("pacing: " + share);
    Map<OktaBucket, Integer> expected = new EnumMap<>(OktaBucket.class);
    expected.putAll(callPlan.predicted());
    for (OktaBucket b : OktaBucket.values()) {
      expected.merge(b, surveyCalls.getOrDefault(b.pattern(), 0), Integer::sum);
    }
    expected.values().removeIf(v -> v == 0);
    run.expect(expected);
    InventoryStage.read(run, survey);
    held.flush();
    run.activeRules = held.anyActiveRule();
    reportCoverage(run, survey);
    Map<String, Integer> predictedByPattern = new LinkedHashMap<>();
    expected.forEach((b, n) -> predictedByPattern.put(b.pattern(), n));
    List<String> assumptions = new java.util.ArrayList<>(callPlan.assumptions());
    if (journal != null) {
      journal.notes().forEach(n -> assumptions.add("resume: " + n));
      journal.resumedFrom().ifPresent(from -> {
        String resumed = "resumed the interrupted full sync started at " + from + ": " + journal.replayed()
            + " page(s) and read(s) taken from its checkpoints instead of from Okta";
        assumptions.add("resume: " + resumed + "; the predicted calls are those of a sync from scratch");
        sink.syncMode(SyncMode.full(resumed));
      });
    }
    return new SyncResult(run.callsSoFar(), predictedByPattern, http.retries() - retriesBefore,
        Duration.between(start, context.clock().instant()), List.copyOf(assumptions), List.copyOf(run.revisions));
  }

  /** What a full sync's checkpoints must have been recorded for to be resumed. */
  private String fingerprint(SyncPlan plan) {
    String version = OktaSync.class.getPackage().getImplementationVersion();
    return "tenant " + tenant + "; plan " + new java.util.TreeSet<>(plan.collections()) + "; factors "
        + (factorsForEveryone ? "everyone" : "admins") + "; connector " + (version == null ? "unversioned" : version);
  }

  private static void reportCoverage(OktaSyncRun run, Survey survey) {
    SyncPlan plan = run.plan;
    CoverageTracker coverage = run.coverage;
    CoverageDependencies.apply(run);
    long members = survey.groups().values().stream().mapToLong(GroupStats::usersCount).sum();
    boolean noEveryone = !run.surveyFailures.containsKey(SurveyStage.GROUPS) && survey.everyoneGroupId() == null;
    if (plan.includes(InventoryCollection.IDENTITIES) && run.items(InventoryCollection.IDENTITIES) == 0
        && (members > 0 || noEveryone) && !coverage.failedEntirely(InventoryCollection.IDENTITIES)) {
      coverage.partial(InventoryCollection.IDENTITIES, "Okta listed no users although "
          + (members > 0 ? "its groups have " + members + " members" : "every org has at least one")
          + ": a service app without an admin role sees an empty list of users;"
          + " assign the app an admin role such as READ_ONLY_ADMIN", Coverage.Cause.PERMISSION);
    }
    if (plan.includes(InventoryCollection.GROUPS) && noEveryone && survey.groups().isEmpty()) {
      coverage.partial(InventoryCollection.GROUPS, "Okta listed no groups, not even the built-in Everyone:"
          + " the credentials see less than the org holds; assign an admin role such as READ_ONLY_ADMIN",
          Coverage.Cause.PERMISSION);
    }
    if (plan.includes(InventoryCollection.AUTH_FACTORS) && !run.factorsForEveryone) {
      coverage.partial(InventoryCollection.AUTH_FACTORS, factorsReason(survey.factorUsers().size()),
          Coverage.Cause.BY_DESIGN);
    }
    for (InventoryCollection c : plan.collections()) {
      run.sink.coverage(c, coverage.coverage(c, run.items(c)));
    }
  }
}
