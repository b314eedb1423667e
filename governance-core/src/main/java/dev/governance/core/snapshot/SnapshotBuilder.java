package dev.governance.core.snapshot;

import dev.governance.core.model.ApiToken;
import dev.governance.core.model.AuthFactor;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.Entity;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Grant.AppAssignment;
import dev.governance.core.model.Grant.Membership;
import dev.governance.core.model.Grant.RoleAssignment;
import dev.governance.core.model.Grant.ScopeGrant;
import dev.governance.core.model.Group;
import dev.governance.core.model.GroupRule;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.model.Provenance;
import dev.governance.core.spi.InventorySink;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Collects a streamed inventory and builds a {@link Snapshot}. Thread-safe: a connector may feed it
 * from several threads at once.
 *
 * <p>Every id is kept once: the builder replaces the ids inside each grant with the instance held
 * by the entity of that id (or by the first grant that named it), so that a million grants over a
 * hundred thousand identities cost a few dozen bytes each rather than a few hundred. Repeated
 * grants are kept once; an entity received again replaces the earlier one.
 *
 * @since 0.1
 */
public final class SnapshotBuilder implements InventorySink {

  private final String tenant;
  private final String connectorId;
  private Clock clock = Clock.systemUTC();
  private Instant startedAt;

  private final Map<String, String> ids = new HashMap<>();
  private final Map<String, Provenance> provenances = new HashMap<>();
  private final Map<EntityKind, Map<String, Entity>> entities = new EnumMap<>(EntityKind.class);
  private final List<Grant> grants = new ArrayList<>();
  private final Map<InventoryCollection, Coverage> coverage =
      new EnumMap<>(InventoryCollection.class);
  private SyncMode mode = SyncMode.full();
  private boolean built;

  SnapshotBuilder(String tenant, String connectorId) {
    this.tenant = Objects.requireNonNull(tenant, "tenant");
    this.connectorId = Objects.requireNonNull(connectorId, "connectorId");
    this.startedAt = clock.instant();
  }

  /**
   * Sets the clock that stamps the snapshot, and restarts its start time from it.
   *
   * @param clock the clock
   * @return this builder
   */
  public synchronized SnapshotBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.startedAt = clock.instant();
    return this;
  }

  /**
   * Sets when the sync started.
   *
   * @param startedAt the start time
   * @return this builder
   */
  public synchronized SnapshotBuilder startedAt(Instant startedAt) {
    this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
    return this;
  }

  @Override
  public synchronized void entity(Entity entity) {
    requireOpen();
    Objects.requireNonNull(entity, "entity");
    entities.computeIfAbsent(entity.kind(), k -> new LinkedHashMap<>()).put(id(entity.id()), entity);
    if (entity instanceof ApiToken t) {
      id(t.ownerId());
    } else if (entity instanceof AuthFactor f) {
      id(f.identityId());
    } else if (entity instanceof Group g && g.sourceApplicationId() != null) {
      id(g.sourceApplicationId());
    } else if (entity instanceof GroupRule r) {
      r.targetGroupIds().forEach(this::id);
    }
  }

  @Override
  public synchronized void grant(Grant grant) {
    requireOpen();
    grants.add(canonical(Objects.requireNonNull(grant, "grant")));
  }

  @Override
  public synchronized void syncMode(SyncMode value) {
    requireOpen();
    this.mode = Objects.requireNonNull(value, "mode");
  }

  @Override
  public synchronized void coverage(InventoryCollection collection, Coverage value) {
    requireOpen();
    coverage.put(Objects.requireNonNull(collection, "collection"), Objects.requireNonNull(value, "coverage"));
  }

  /**
   * Builds the snapshot. The builder cannot be used afterwards.
   *
   * @return the snapshot
   */
  public synchronized Snapshot build() {
    requireOpen();
    built = true;
    Grant[] unique = dedupe(grants);
    grants.clear();
    ids.clear();
    provenances.clear();
    SnapshotInfo info = new SnapshotInfo(tenant, connectorId, startedAt, latest(clock.instant()), mode);
    return new Snapshot(info, coverage, entities, unique);
  }

  private Instant latest(Instant now) {
    return now.isBefore(startedAt) ? startedAt : now;
  }

  private void requireOpen() {
    if (built) {
      throw new IllegalStateException("this builder has already built its snapshot; start a new one");
    }
  }

  /** Returns the first instance seen of an id, so that equal ids share one string. */
  private String id(String id) {
    String known = ids.putIfAbsent(id, id);
    return known == null ? id : known;
  }

  private Provenance canonical(Provenance p) {
    if (p instanceof Provenance.ViaGroup v) {
      return provenances.computeIfAbsent("group:" + v.groupId(), k -> Provenance.viaGroup(id(v.groupId())));
    }
    if (p instanceof Provenance.ViaGroupRule r) {
      return provenances.computeIfAbsent("rule:" + r.ruleId(), k -> Provenance.viaGroupRule(id(r.ruleId())));
    }
    return p;
  }

  private Grant canonical(Grant g) {
    if (g instanceof Membership m) {
      return new Membership(m.memberKind(), id(m.memberId()), id(m.groupId()), canonical(m.provenance()));
    }
    if (g instanceof AppAssignment a) {
      return new AppAssignment(
          a.assigneeKind(), id(a.assigneeId()), id(a.applicationId()), canonical(a.provenance()));
    }
    if (g instanceof RoleAssignment r) {
      return new RoleAssignment(
          r.assigneeKind(), id(r.assigneeId()), id(r.roleId()), r.targets(), r.assignmentId(),
          canonical(r.provenance()), r.status(), r.targetsKnown(), r.scope());
    }
    ScopeGrant s = (ScopeGrant) g;
    return new ScopeGrant(
        id(s.applicationId()), id(s.scope()), s.access(), id(s.issuer()), s.grantId(), s.source(),
        s.consentedBy() == null ? null : id(s.consentedBy()), s.created(), canonical(s.provenance()));
  }

  /** Drops repeated grants, keeping the first; compares only grants of the same subject. */
  private static Grant[] dedupe(List<Grant> all) {
    Map<String, Object> seenBySubject = new HashMap<>();
    List<Grant> kept = new ArrayList<>(all.size());
    for (Grant g : all) {
      Object seen = seenBySubject.get(g.subjectId());
      if (seen == null) {
        seenBySubject.put(g.subjectId(), g);
        kept.add(g);
      } else if (seen instanceof Grant first) {
        if (!first.equals(g)) {
          Set<Grant> set = new HashSet<>(4);
          set.add(first);
          set.add(g);
          seenBySubject.put(g.subjectId(), set);
          kept.add(g);
        }
      } else {
        @SuppressWarnings("unchecked")
        Set<Grant> set = (Set<Grant>) seen;
        if (set.add(g)) {
          kept.add(g);
        }
      }
    }
    return kept.toArray(new Grant[0]);
  }
}
