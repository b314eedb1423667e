package dev.governance.okta.internal.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import com.okta.sdk.resource.model.ApplicationGroupAssignment;
import com.okta.sdk.resource.model.OAuth2ScopeConsentGrant;
import com.okta.sdk.resource.model.User;
import com.okta.sdk.resource.model.UserFactor;
import dev.governance.core.AuthenticationFailedException;
import dev.governance.core.CancelledException;
import dev.governance.core.GovernanceException;
import dev.governance.core.InsufficientPermissionException;
import dev.governance.core.model.Application;
import dev.governance.core.model.ApplicationStatus;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.Entity;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Group;
import dev.governance.core.model.GroupType;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import dev.governance.core.spi.SyncResult;
import dev.governance.okta.catalog.OktaBucket;
import dev.governance.okta.internal.mapping.GroupStats;
import java.util.ArrayList;
import dev.governance.core.snapshot.SyncMode;
import dev.governance.core.spi.InventorySink;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.okta.internal.client.OktaHttp;
import dev.governance.okta.internal.mapping.OktaMapper;
import dev.governance.okta.internal.mapping.OktaRef;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A delta: reads what changed since the previous snapshot and carries the rest over from it.
 *
 * <p>Sources: users changed since ({@code filter=lastUpdated gt …}, which includes deactivated
 * users), groups changed since ({@code filter=lastUpdated gt … or lastMembershipUpdated gt …}), the
 * applications, group rules and API tokens in full (a few pages), and the System Log for what has no
 * timestamp filter: memberships, assignments, roles, consent, deletions. Changes are read from the
 * previous sync's start less an overlap, for clock skew and Okta's eventual consistency; replaying
 * the overlap is harmless because every change is applied as the last word on its key. What no
 * source can vouch for is re-read in full and named in the {@link SyncMode}.
 */
final class DeltaSync {

  /** Changes are read from this long before the previous sync started. */
  static final Duration OVERLAP = Duration.ofMinutes(5);
  /** "System Log data older than 90 days isn't returned." */
  static final Duration LOG_RETENTION = Duration.ofDays(90);
  /** Past this many events a delta is not cheaper than a full sync. */
  static final int MAX_EVENTS = 20_000;

  private final OktaSync sync;
  private final OktaHttp http;
  private final SyncPlan plan;
  private final SyncContext context;
  private final Snapshot previous;
  private final DeltaState state;
  private final Map<InventoryCollection, String> reReadInFull = new EnumMap<>(InventoryCollection.class);
  private final Map<InventoryCollection, Coverage> fullCoverage = new EnumMap<>(InventoryCollection.class);
  private final Map<String, GroupStats> changedStats = new HashMap<>();
  /** The calls the delta plans once its change lists are read, per bucket, and where it was off. */
  private final Map<OktaBucket, Integer> planned = new EnumMap<>(OktaBucket.class);
  private final List<String> revisions = new ArrayList<>();
  private Map<String, Integer> listCalls = Map.of();
  private final Map<String, Integer> callsBefore;

  /**
   * How a delta went.
   *
   * @param fallback why a full sync must read instead, or {@code null} when the delta was streamed
   * @param predicted the calls predicted per bucket pattern: the change lists as read, then the
   *     plan for the reads they called for
   * @param revisions where the plan was off
   */
  record Outcome(@Nullable String fallback, Map<String, Integer> predicted, List<String> revisions) {}

  private DeltaSync(OktaSync sync, OktaHttp http, SyncPlan plan, SyncContext context, Snapshot previous) {
    this.sync = sync;
    this.http = http;
    this.plan = plan;
    this.context = context;
    this.previous = previous;
    this.state = new DeltaState(previous, plan.collections());
    this.callsBefore = http.callsPerBucket();
  }

  private void plan(OktaBucket bucket, int calls) {
    planned.merge(bucket, calls, Integer::sum);
  }

  private void revise(String what, int pages, int expected, OktaBucket bucket) {
    if (pages != expected) {
      revisions.add(what + ": " + pages + " page(s) where the delta's plan expected " + expected + " ("
          + (pages - expected) + " call(s) to " + bucket.pattern() + ")");
    }
  }

  /**
   * Says why the previous snapshot cannot be the base of a delta.
   *
   * @return the reason, or {@code null} if it can
   */
  static @Nullable String unusable(Snapshot previous, String tenant, SyncPlan plan, boolean factorsForEveryone,
      Instant now) {
    if (!previous.info().tenant().equals(tenant) || !"okta".equals(previous.info().connectorId())) {
      return "the previous snapshot is of another tenant";
    }
    if (factorsForEveryone) {
      return "factors=everyone reads every user's factors, which no change source lists";
    }
    if ((plan.includes(InventoryCollection.APP_ASSIGNMENTS) || plan.includes(InventoryCollection.AUTH_FACTORS))
        && !plan.includes(InventoryCollection.MEMBERSHIPS)) {
      return "a delta of application assignments or factors needs memberships in the plan";
    }
    if (plan.includes(InventoryCollection.AUTH_FACTORS) && !plan.includes(InventoryCollection.ROLE_ASSIGNMENTS)) {
      return "a delta of factors needs role assignments in the plan";
    }
    for (InventoryCollection c : plan.collections()) {
      Coverage cov = previous.coverage(c);
      boolean byDesign = cov instanceof Coverage.Partial p && p.cause() == Coverage.Cause.BY_DESIGN;
      if (!cov.isComplete() && !byDesign) {
        return "the previous snapshot's " + c.label() + " are " + cov.label();
      }
    }
    Instant since = previous.info().startedAt().minus(OVERLAP);
    if (since.isBefore(now.minus(LOG_RETENTION))) {
      return "the previous snapshot is older than the System Log's 90 days";
    }
    return null;
  }

  /**
   * Runs a delta, or says why it could not: then nothing has reached the sink.
   *
   * @return how it went
   */
  static Outcome run(OktaSync sync, OktaHttp http, SyncPlan plan, InventorySink sink, SyncContext context,
      Snapshot previous) {
    DeltaSync delta = new DeltaSync(sync, http, plan, context, previous);
    Instant since = previous.info().startedAt().minus(OVERLAP);
    try {
      String fallback = delta.read(since, context.clock().instant());
      if (fallback != null) {
        return new Outcome(fallback, Map.of(), List.of());
      }
    } catch (AuthenticationFailedException | CancelledException e) {
      throw e;
    } catch (GovernanceException e) {
      return new Outcome("a read of the delta failed (" + e.getMessage() + ")", Map.of(), List.of());
    }
    context.cancellation().throwIfCancelled("the Okta delta");
    sink.syncMode(SyncMode.delta(since, context.previousId().orElse(null), delta.reReadInFull));
    delta.state.emit(sink);
    for (InventoryCollection c : plan.collections()) {
      Coverage cov = delta.fullCoverage.get(c);
      if (cov == null) {
        cov = c == InventoryCollection.AUTH_FACTORS
            ? Coverage.partial(OktaSync.factorsReason(delta.state.factorUsers().size()), Coverage.Cause.BY_DESIGN)
            : Coverage.complete();
      }
      sink.coverage(c, cov);
    }
    Map<String, Integer> predicted = new LinkedHashMap<>(delta.listCalls);
    delta.planned.forEach((b, n) -> predicted.merge(b.pattern(), n, Integer::sum));
    return new Outcome(null, predicted, List.copyOf(delta.revisions));
  }

  private boolean planned(InventoryCollection c) {
    return plan.includes(c);
  }

  private @Nullable String read(Instant since, Instant until) {
    List<ChangeLog.Event> events;
    try {
      events = ChangeLog.read(http, since, until, MAX_EVENTS);
    } catch (InsufficientPermissionException e) {
      return "the System Log refused the credentials (" + e.getMessage() + ")";
    }
    if (events == null) {
      return "more than " + MAX_EVENTS + " access changes since " + since + ": a full sync is cheaper";
    }
    String when = OktaSyncRun.encode("\"" + since + "\"");
    Map<String, Group> changedGroups = new LinkedHashMap<>();
    Set<String> membersChanged = new LinkedHashSet<>();
    if (planned(InventoryCollection.IDENTITIES)) {
      http.forEachPage("/api/v1/users?limit=" + CallPlan.USERS_PAGE + "&filter=lastUpdated%20gt%20" + when,
          new TypeReference<List<User>>() {}, page -> page.forEach(u -> state.put(OktaMapper.identity(u))));
    }
    if (sync.needsGroups(plan)) {
      http.forEachPage("/api/v1/groups?expand=stats&limit=" + CallPlan.GROUPS_PAGE + "&filter="
              + OktaSyncRun.encode("lastUpdated gt \"" + since + "\" or lastMembershipUpdated gt \"" + since + "\""),
          new TypeReference<List<com.okta.sdk.resource.model.Group>>() {}, page -> {
            for (var g : page) {
              Group group = OktaMapper.group(g);
              changedGroups.put(group.id(), group);
              changedStats.put(group.id(), OktaMapper.stats(g).orElse(GroupStats.unknown()));
              if (group.lastMembershipUpdated() != null && group.lastMembershipUpdated().isAfter(since)) {
                membersChanged.add(group.id());
              }
            }
          });
      if (planned(InventoryCollection.GROUPS)) {
        changedGroups.values().forEach(state::put);
      }
    }
    Map<String, Application> apps = new LinkedHashMap<>();
    if (sync.needsApplications(plan)) {
      http.forEachPage("/api/v1/apps?limit=" + CallPlan.APPS_PAGE,
          new TypeReference<List<com.okta.sdk.resource.model.Application>>() {}, page -> {
            for (var a : page) {
              Application app = OktaMapper.application(a);
              apps.put(app.id(), app);
            }
          });
      boolean known = previous.applications().isEmpty() || apps.isEmpty()
          || previous.applications().stream().anyMatch(a -> apps.containsKey(a.id()));
      if (!known) {
        return "none of the previous snapshot's applications is listed: the address may lead to another org";
      }
      if (planned(InventoryCollection.APPLICATIONS)) {
        state.replaceAll(EntityKind.APPLICATION, apps.values());
      }
    }
    if (planned(InventoryCollection.GROUP_RULES)) {
      List<Entity> rules = new java.util.ArrayList<>();
      http.forEachPage("/api/v1/groups/rules?limit=" + CallPlan.RULES_PAGE,
          new TypeReference<List<com.okta.sdk.resource.model.GroupRule>>() {},
          page -> page.forEach(r -> rules.add(OktaMapper.groupRule(r))));
      state.replaceAll(EntityKind.GROUP_RULE, rules);
    }
    if (planned(InventoryCollection.API_TOKENS)) {
      List<dev.governance.core.model.ApiToken> tokens = new java.util.ArrayList<>();
      http.forEachPage("/api/v1/api-tokens", new TypeReference<List<com.okta.sdk.resource.model.ApiToken>>() {},
          page -> page.forEach(t -> tokens.add(OktaMapper.apiToken(t))));
      state.replaceAll(EntityKind.API_TOKEN, TokenUse.read(http, tokens, until, revisions::add));
    }
    context.cancellation().throwIfCancelled("the Okta delta");
    listCalls = OktaSyncRun.since(callsBefore, http.callsPerBucket());
    return new DeltaChanges(this, events, since, changedGroups, membersChanged, apps).apply();
  }

  // ---- what DeltaChanges uses ----

  DeltaState state() {
    return state;
  }

  SyncPlan plan() {
    return plan;
  }

  Snapshot previous() {
    return previous;
  }

  void reReadInFull(InventoryCollection c, String reason) {
    reReadInFull.putIfAbsent(c, reason);
  }

  /** Re-reads a group's members, replacing those the state holds. */
  void readMembers(String groupId) {
    state.removeGrants(g -> g instanceof Grant.Membership m && m.groupId().equals(groupId));
    GroupStats stats = changedStats.getOrDefault(groupId, GroupStats.unknown());
    int expected = Math.max(1, CallPlan.pages(stats.usersCount(), CallPlan.GROUP_MEMBERS_PAGE));
    plan(OktaBucket.GROUPS, expected);
    int pages = http.forEachPage("/api/v1/groups/" + groupId + "/users?limit=" + CallPlan.GROUP_MEMBERS_PAGE,
        new TypeReference<List<OktaRef>>() {},
        page -> page.forEach(u -> state.add(Grant.Membership.of(u.id(), groupId))));
    revise("group " + groupId, pages, expected, OktaBucket.GROUPS);
  }

  /** Re-reads an application's user and group assignments, replacing those the state holds. */
  void readAssignments(String appId) {
    state.removeGrants(g -> g instanceof Grant.AppAssignment a && a.applicationId().equals(appId));
    plan(OktaBucket.APPS, 2);
    int pages = http.forEachPage("/api/v1/apps/" + appId + "/users?limit=" + CallPlan.APP_USERS_PAGE,
        new TypeReference<List<OktaRef>>() {}, page -> {
          for (OktaRef row : page) {
            if (!row.inherited()) {
              state.add(OktaMapper.appAssignment(row, appId));
            }
          }
        });
    pages += http.forEachPage("/api/v1/apps/" + appId + "/groups?limit=" + CallPlan.APP_GROUPS_PAGE,
        new TypeReference<List<ApplicationGroupAssignment>>() {},
        page -> page.forEach(a -> state.add(Grant.AppAssignment.direct(EntityKind.GROUP, a.getId(), appId))));
    revise("application " + appId + " (users and groups)", pages, 2, OktaBucket.APPS);
  }

  /** Re-reads an OAuth application's scope grants, replacing those the state holds. */
  void readGrants(String appId) {
    state.removeGrants(g -> g instanceof Grant.ScopeGrant s && s.applicationId().equals(appId));
    plan(OktaBucket.APPS, 1);
    List<OAuth2ScopeConsentGrant> grants = http.get("/api/v1/apps/" + appId + "/grants",
        new TypeReference<List<OAuth2ScopeConsentGrant>>() {});
    if (grants != null) {
      grants.forEach(g -> OktaMapper.scopeGrant(g, appId).ifPresent(state::add));
    }
  }

  /** Re-reads a user's factors, replacing those the state holds. */
  void readFactors(String userId) {
    dropFactors(userId);
    plan(OktaBucket.USERS, 1);
    List<UserFactor> factors = http.get("/api/v1/users/" + userId + "/factors",
        new TypeReference<List<UserFactor>>() {});
    if (factors != null) {
      factors.forEach(f -> state.put(OktaMapper.factor(f, userId)));
    }
  }

  void dropFactors(String userId) {
    state.entities(EntityKind.AUTH_FACTOR).values()
        .removeIf(e -> e instanceof dev.governance.core.model.AuthFactor f && f.identityId().equals(userId));
  }

  /**
   * Re-reads collections in full through a full sync of just them, and puts what it read in their
   * place.
   */
  void readInFull(Set<InventoryCollection> collections) {
    Set<InventoryCollection> sub = EnumSet.copyOf(collections);
    SnapshotBuilder builder = Snapshot.builder(previous.info().tenant(), "okta").clock(context.clock());
    SyncResult result = sync.full(new SyncPlan(sub, plan.options()), builder,
        SyncContext.builder().clock(context.clock()).cancellation(context.cancellation()).build());
    result.predictedCallsPerBucket().forEach((pattern, n) -> plan(OktaBucket.ofPattern(pattern), n));
    result.revisions().forEach(r -> revisions.add("re-read in full: " + r));
    Snapshot fresh = builder.build();
    for (InventoryCollection c : sub) {
      fullCoverage.put(c, fresh.coverage(c));
    }
    for (EntityKind k : EntityKind.values()) {
      if (sub.contains(k.collection())) {
        state.replaceAll(k, fresh.entities(k));
      }
    }
    state.removeGrants(g -> sub.contains(g.collection()));
    for (Grant g : fresh.grants()) {
      if (sub.contains(g.collection())) {
        state.add(g);
      }
    }
  }

  static boolean active(@Nullable Application app) {
    return app != null && app.status() == ApplicationStatus.ACTIVE;
  }

  static boolean imported(@Nullable Entity group) {
    return group instanceof Group g && g.type() == GroupType.APPLICATION_SOURCED;
  }

  static Map<String, Integer> counts() {
    return new HashMap<>();
  }
}
