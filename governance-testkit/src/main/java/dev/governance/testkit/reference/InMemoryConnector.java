package dev.governance.testkit.reference;

import dev.governance.core.ConflictException;
import dev.governance.core.NotFoundException;
import dev.governance.core.model.ApiToken;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.Entity;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Group;
import dev.governance.core.model.Identity;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.AccessLevel;
import dev.governance.core.spi.ActionAccess;
import dev.governance.core.spi.ActionResult;
import dev.governance.core.spi.Capabilities;
import dev.governance.core.spi.CollectionAccess;
import dev.governance.core.spi.InventorySink;
import dev.governance.core.spi.LifecycleAction;
import dev.governance.core.spi.LifecycleConnector;
import dev.governance.core.spi.Preflight;
import dev.governance.core.spi.ProgressEvent;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.spi.SyncResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A connector over an {@link InMemoryFixture}: reads it, and applies lifecycle actions to its own
 * copy with the rules a real provider enforces (only native groups change membership, an
 * assignment a group also grants cannot be removed alone, only active identities can be
 * suspended). It hands each collection over in pages, reporting progress after each and checking
 * the cancellation token between them. Thread-safe.
 *
 * @since 0.1
 */
public final class InMemoryConnector implements LifecycleConnector {

  /** The provider id. */
  public static final String ID = "in-memory";

  /** The items per page of a connector opened without a page size. */
  public static final int DEFAULT_PAGE_SIZE = 200;

  private final String tenant;
  private final Set<InventoryCollection> forbidden;
  private final Clock clock;
  private final int pageSize;
  private final Map<EntityKind, Map<String, Entity>> entities = new EnumMap<>(EntityKind.class);
  private final List<Grant> grants;
  /** Tokens revoked here, so that revoking one again is already done rather than not found. */
  private final Set<String> revokedTokens = new java.util.HashSet<>();
  private boolean closed;

  /**
   * Opens a connector over a fixture.
   *
   * @param fixture the inventory
   * @param clock the clock for action results
   */
  public InMemoryConnector(InMemoryFixture fixture, Clock clock) {
    this(fixture, clock, DEFAULT_PAGE_SIZE);
  }

  /**
   * Opens a connector over a fixture that hands each collection over in pages of a given size, as a
   * provider's API would: a progress event after each page, the cancellation token checked between
   * pages.
   *
   * @param fixture the inventory
   * @param clock the clock for action results
   * @param pageSize the items per page, at least 1
   * @since 0.2
   */
  public InMemoryConnector(InMemoryFixture fixture, Clock clock, int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1, not " + pageSize);
    }
    this.pageSize = pageSize;
    this.tenant = fixture.tenant();
    this.forbidden = fixture.forbidden();
    this.clock = Objects.requireNonNull(clock, "clock");
    for (Entity e : fixture.entities()) {
      entities.computeIfAbsent(e.kind(), k -> new LinkedHashMap<>()).put(e.id(), e);
    }
    this.grants = new ArrayList<>(fixture.grants());
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String tenant() {
    return tenant;
  }

  @Override
  public Capabilities capabilities() {
    return new Capabilities(
        EnumSet.allOf(InventoryCollection.class), EnumSet.allOf(LifecycleAction.Kind.class));
  }

  @Override
  public synchronized Preflight check() {
    requireOpen();
    Map<InventoryCollection, CollectionAccess> collections = new EnumMap<>(InventoryCollection.class);
    for (InventoryCollection c : InventoryCollection.values()) {
      collections.put(c, forbidden.contains(c) ? forbiddenAccess(c) : CollectionAccess.allowed());
    }
    Map<LifecycleAction.Kind, ActionAccess> actions = new EnumMap<>(LifecycleAction.Kind.class);
    for (LifecycleAction.Kind k : LifecycleAction.Kind.values()) {
      actions.put(k, ActionAccess.allowed());
    }
    AccessLevel level =
        forbidden.isEmpty()
            ? AccessLevel.LIFECYCLE
            : forbidden.size() == InventoryCollection.values().length ? AccessLevel.NONE : AccessLevel.PARTIAL;
    List<String> advice =
        forbidden.stream().map(c -> "grant the fixture permission 'read:" + c.name().toLowerCase() + "'").toList();
    return new Preflight("in-memory fixture " + tenant, collections, actions, level, advice, 0);
  }

  @Override
  public SyncResult collect(SyncPlan plan, InventorySink sink, SyncContext context) {
    Instant start = context.clock().instant();
    List<Entity> entitySnapshot;
    List<Grant> grantSnapshot;
    synchronized (this) {
      requireOpen();
      entitySnapshot = entities.values().stream().flatMap(m -> m.values().stream()).toList();
      grantSnapshot = List.copyOf(grants);
    }
    Map<String, Integer> calls = new LinkedHashMap<>();
    for (InventoryCollection c : plan.collections()) {
      context.cancellation().throwIfCancelled("the sync of " + tenant);
      if (forbidden.contains(c)) {
        sink.coverage(c, Coverage.refused("the fixture forbids " + c, Set.of("read:" + c.name().toLowerCase())));
        continue;
      }
      List<Object> items = new ArrayList<>();
      entitySnapshot.stream().filter(e -> e.kind().collection() == c).forEach(items::add);
      grantSnapshot.stream().filter(g -> g.collection() == c).forEach(items::add);
      int sent = 0;
      do {
        List<Object> page = items.subList(sent, Math.min(items.size(), sent + pageSize));
        for (Object item : page) {
          if (item instanceof Entity e) {
            sink.entity(e);
          } else {
            sink.grant((Grant) item);
          }
        }
        sent += page.size();
        calls.merge(c.name().toLowerCase(), 1, Integer::sum);
        context.progress().onProgress(new ProgressEvent(c, sent, calls, plan.collections().size(), Duration.ZERO));
        if (sent < items.size()) {
          context.cancellation().throwIfCancelled("the sync of " + tenant);
        }
      } while (sent < items.size());
      sink.coverage(c, Coverage.complete());
    }
    return new SyncResult(calls, calls, 0, Duration.between(start, context.clock().instant()));
  }

  @Override
  public synchronized ActionResult apply(LifecycleAction action) {
    requireOpen();
    Objects.requireNonNull(action, "action");
    if (action instanceof LifecycleAction.RemoveMembership a) {
      Group group = require(EntityKind.GROUP, a.groupId(), Group.class);
      require(EntityKind.IDENTITY, a.identityId(), Identity.class);
      if (!group.membershipManagedHere()) {
        throw new ConflictException(
            "The membership of group " + group.name() + " is managed by its source ("
                + group.type() + "); remove the identity there");
      }
      return removeGrants(action, g -> g instanceof Grant.Membership m
          && m.memberKind() == EntityKind.IDENTITY && m.memberId().equals(a.identityId())
          && m.groupId().equals(a.groupId()));
    }
    if (action instanceof LifecycleAction.UnassignApplication a) {
      require(EntityKind.IDENTITY, a.identityId(), Identity.class);
      requireEntity(EntityKind.APPLICATION, a.applicationId());
      boolean viaGroup = grants.stream().anyMatch(g -> g instanceof Grant.AppAssignment x
          && x.applicationId().equals(a.applicationId()) && x.assigneeKind() == EntityKind.GROUP
          && isMember(a.identityId(), x.assigneeId()));
      if (viaGroup) {
        throw new ConflictException("Identity " + a.identityId() + " also reaches application "
            + a.applicationId() + " through a group; remove that membership instead");
      }
      return removeGrants(action, g -> g instanceof Grant.AppAssignment x
          && x.assigneeKind() == EntityKind.IDENTITY && x.assigneeId().equals(a.identityId())
          && x.applicationId().equals(a.applicationId()));
    }
    if (action instanceof LifecycleAction.RevokeScopeGrant a) {
      requireEntity(EntityKind.APPLICATION, a.applicationId());
      return removeGrants(action, g -> g instanceof Grant.ScopeGrant s
          && s.applicationId().equals(a.applicationId()) && a.grantId().equals(s.grantId()));
    }
    if (action instanceof LifecycleAction.RevokeApiToken a) {
      if (revokedTokens.contains(a.tokenId())) {
        return result(action, ActionResult.Outcome.ALREADY_DONE, "token already revoked");
      }
      require(EntityKind.API_TOKEN, a.tokenId(), ApiToken.class);
      entities.computeIfAbsent(EntityKind.API_TOKEN, k -> new LinkedHashMap<>())
          .remove(a.tokenId());
      revokedTokens.add(a.tokenId());
      return result(action, ActionResult.Outcome.APPLIED, "token revoked");
    }
    if (action instanceof LifecycleAction.SuspendIdentity a) {
      return transition(action, a.identityId(), IdentityStatus.ACTIVE, IdentityStatus.SUSPENDED);
    }
    if (action instanceof LifecycleAction.UnsuspendIdentity a) {
      return transition(action, a.identityId(), IdentityStatus.SUSPENDED, IdentityStatus.ACTIVE);
    }
    if (action instanceof LifecycleAction.ReactivateIdentity a) {
      return transition(action, a.identityId(), IdentityStatus.DEACTIVATED, IdentityStatus.ACTIVE);
    }
    LifecycleAction.DeactivateIdentity a = (LifecycleAction.DeactivateIdentity) action;
    Identity identity = require(EntityKind.IDENTITY, a.identityId(), Identity.class);
    if (identity.status() == IdentityStatus.DEACTIVATED) {
      return result(action, ActionResult.Outcome.ALREADY_DONE, "already deprovisioned");
    }
    entities.computeIfAbsent(EntityKind.IDENTITY, k -> new LinkedHashMap<>())
        .put(identity.id(), identity.withStatus(IdentityStatus.DEACTIVATED));
    grants.removeIf(g -> g instanceof Grant.AppAssignment x && x.assigneeKind() == EntityKind.IDENTITY
        && x.assigneeId().equals(identity.id()));
    return result(action, ActionResult.Outcome.APPLIED, "deprovisioned; direct assignments removed");
  }

  private ActionResult transition(
      LifecycleAction action, String identityId, IdentityStatus from, IdentityStatus to) {
    Identity identity = require(EntityKind.IDENTITY, identityId, Identity.class);
    if (identity.status() == to) {
      return result(action, ActionResult.Outcome.ALREADY_DONE, "already " + to);
    }
    if (identity.status() != from) {
      throw new ConflictException(
          "Identity " + identityId + " is " + identity.status() + "; only a " + from
              + " identity can become " + to);
    }
    entities.computeIfAbsent(EntityKind.IDENTITY, k -> new LinkedHashMap<>())
        .put(identityId, identity.withStatus(to));
    return result(action, ActionResult.Outcome.APPLIED, "now " + to);
  }

  private boolean isMember(String identityId, String groupId) {
    return grants.stream().anyMatch(g -> g instanceof Grant.Membership m
        && m.memberKind() == EntityKind.IDENTITY && m.memberId().equals(identityId)
        && m.groupId().equals(groupId));
  }

  private ActionResult removeGrants(LifecycleAction action, Predicate<Grant> match) {
    boolean removed = grants.removeIf(match);
    return result(action, removed ? ActionResult.Outcome.APPLIED : ActionResult.Outcome.ALREADY_DONE,
        removed ? "removed" : "nothing to remove");
  }

  private ActionResult result(LifecycleAction action, ActionResult.Outcome outcome, String detail) {
    return new ActionResult(action, outcome, clock.instant(), detail);
  }

  private Entity requireEntity(EntityKind kind, String id) {
    Entity e = entities.getOrDefault(kind, Map.of()).get(id);
    if (e == null) {
      throw new NotFoundException(kind.name().toLowerCase(), id);
    }
    return e;
  }

  private <T extends Entity> T require(EntityKind kind, String id, Class<T> type) {
    return type.cast(requireEntity(kind, id));
  }

  private static CollectionAccess forbiddenAccess(InventoryCollection c) {
    return new CollectionAccess.Forbidden(
        "the fixture forbids " + c, Set.of(), Set.of("read:" + c.name().toLowerCase()));
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("this connector is closed; open a new one");
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
  }
}
