package dev.governance.okta.internal.sync;

import dev.governance.core.ConnectorFailureException;
import dev.governance.core.GovernanceException;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.InventorySink;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.spi.SyncResult;
import dev.governance.okta.catalog.OktaBucket;
import dev.governance.okta.internal.client.OktaHttp;
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

  private final OktaHttp http;
  private final Lanes lanes;
  private final boolean factorsForEveryone;
  private final boolean preferShorterSync;
  private final Duration window;
  private final Map<InventoryCollection, Set<String>> required;
  private final Supplier<String> pacing;

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
   */
  public OktaSync(OktaHttp http, Lanes lanes, boolean factorsForEveryone, boolean preferShorterSync, Duration window,
      Map<InventoryCollection, Set<String>> required, Supplier<String> pacing) {
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
    Instant start = context.clock().instant();
    OktaSyncRun run = new OktaSyncRun(http, lanes, plan, sink, context, factorsForEveryone, preferShorterSync, window,
        required);
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
    reportCoverage(run, survey);
    Map<String, Integer> predictedByPattern = new LinkedHashMap<>();
    expected.forEach((b, n) -> predictedByPattern.put(b.pattern(), n));
    return new SyncResult(run.callsSoFar(), predictedByPattern, http.retries() - retriesBefore,
        Duration.between(start, context.clock().instant()), callPlan.assumptions(), List.copyOf(run.revisions));
  }

  private static void reportCoverage(OktaSyncRun run, Survey survey) {
    SyncPlan plan = run.plan;
    CoverageTracker coverage = run.coverage;
    dependsOn(run, "groups", InventoryCollection.MEMBERSHIPS, null);
    dependsOn(run, "groups", InventoryCollection.APP_ASSIGNMENTS,
        "assignments of applications to groups, and those inherited through groups, could not be read");
    dependsOn(run, "applications", InventoryCollection.APP_ASSIGNMENTS,
        "direct assignments of users to applications could not be read");
    dependsOn(run, "applications", InventoryCollection.SCOPE_GRANTS, null);
    if (!run.factorsForEveryone) {
      dependsOn(run, "admins", InventoryCollection.AUTH_FACTORS, null);
      dependsOn(run, "groups", InventoryCollection.AUTH_FACTORS,
          "the groups holding admin roles, whose members' factors are read too, could not be listed");
    }
    // Role assignments come from the role lists of the listed admins, of the groups holding roles
    // and of the service apps: each of those lists feeds them, and the roles they name.
    dependsOn(run, "groups", InventoryCollection.ROLE_ASSIGNMENTS,
        "the groups holding admin roles could not all be listed, so their roles may be missing");
    dependsOn(run, "applications", InventoryCollection.ROLE_ASSIGNMENTS,
        "the service apps could not all be listed, so their admin roles may be missing");
    Coverage assignments = coverage.coverage(InventoryCollection.ROLE_ASSIGNMENTS,
        run.items(InventoryCollection.ROLE_ASSIGNMENTS));
    if (assignments instanceof Coverage.Unavailable u) {
      coverage.failed(InventoryCollection.ROLES, new ConnectorFailureException(
          "roles come from role assignments, which could not be read: " + u.reason(), false, null),
          run.required(InventoryCollection.ROLES));
    } else if (assignments instanceof Coverage.Partial p) {
      coverage.partial(InventoryCollection.ROLES,
          "roles come from role assignments, which were not read in full: " + p.reason());
    }
    if (!run.factorsForEveryone && assignments instanceof Coverage.Partial p) {
      coverage.partial(InventoryCollection.AUTH_FACTORS,
          "the admins whose factors are read come from role assignments, which were not read in full");
    }
    long members = survey.groups().values().stream().mapToLong(GroupStats::usersCount).sum();
    boolean noEveryone = !run.surveyFailures.containsKey("groups") && survey.everyoneGroupId() == null;
    if (plan.includes(InventoryCollection.IDENTITIES) && run.items(InventoryCollection.IDENTITIES) == 0
        && (members > 0 || noEveryone) && !coverage.failedEntirely(InventoryCollection.IDENTITIES)) {
      coverage.partial(InventoryCollection.IDENTITIES, "Okta listed no users although "
          + (members > 0 ? "its groups have " + members + " members" : "every org has at least one")
          + ": a service app without an admin role sees an empty list of users;"
          + " assign the app an admin role such as READ_ONLY_ADMIN");
    }
    if (plan.includes(InventoryCollection.GROUPS) && noEveryone && survey.groups().isEmpty()) {
      coverage.partial(InventoryCollection.GROUPS, "Okta listed no groups, not even the built-in Everyone:"
          + " the credentials see less than the org holds; assign an admin role such as READ_ONLY_ADMIN");
    }
    if (plan.includes(InventoryCollection.APP_ASSIGNMENTS) && plan.includes(InventoryCollection.MEMBERSHIPS)
        && !survey.groups().isEmpty() && !coverage.coverage(InventoryCollection.MEMBERSHIPS).isComplete()) {
      coverage.partial(InventoryCollection.APP_ASSIGNMENTS, "assignments inherited through groups are"
          + " derived from memberships, which were not read in full");
    }
    if (plan.includes(InventoryCollection.AUTH_FACTORS) && !run.factorsForEveryone) {
      coverage.partial(InventoryCollection.AUTH_FACTORS, "factors read for the " + survey.factorUsers().size()
          + " users holding admin roles only (directly or through a group); set the option factors=everyone"
          + " to read every user's (one call per user)");
    }
    for (InventoryCollection c : plan.collections()) {
      run.sink.coverage(c, coverage.coverage(c, run.items(c)));
    }
  }

  /** Marks a collection unavailable (no partial reason) or partial when a survey it needs failed. */
  private static void dependsOn(OktaSyncRun run, String survey, InventoryCollection c, @Nullable String partialReason) {
    GovernanceException e = run.surveyFailures.get(survey);
    if (e == null || !run.plan.includes(c)) {
      return;
    }
    if (partialReason == null) {
      run.coverage.failed(c, e, run.required(c));
    } else {
      run.coverage.partial(c, partialReason + ": " + e.getMessage());
    }
  }
}
