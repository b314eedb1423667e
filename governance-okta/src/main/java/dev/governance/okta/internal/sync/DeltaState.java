package dev.governance.okta.internal.sync;

import dev.governance.core.model.Entity;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.GroupRule;
import dev.governance.core.model.Identity;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.model.Provenance;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.spi.InventorySink;
import dev.governance.okta.internal.rules.RuleProvenance;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The inventory a delta builds: a copy of the previous snapshot's entities and grants of the
 * planned collections, changed in place as the delta reads, then streamed to the sink whole. Nothing
 * reaches the sink before the delta knows it can vouch for the result.
 */
final class DeltaState {

  private final Map<EntityKind, Map<String, Entity>> entities = new EnumMap<>(EntityKind.class);
  private final Set<Grant> grants = new LinkedHashSet<>();

  DeltaState(Snapshot previous, Set<InventoryCollection> planned) {
    for (EntityKind k : EntityKind.values()) {
      Map<String, Entity> byId = new LinkedHashMap<>();
      if (planned.contains(k.collection())) {
        for (Entity e : previous.entities(k)) {
          byId.put(e.id(), e);
        }
      }
      entities.put(k, byId);
    }
    for (Grant g : previous.grants()) {
      if (planned.contains(g.collection())) {
        grants.add(plain(g));
      }
    }
  }

  Map<String, Entity> entities(EntityKind kind) {
    // The constructor gives every kind a map.
    return java.util.Objects.requireNonNull(entities.get(kind), "kind");
  }

  void put(Entity e) {
    entities(e.kind()).put(e.id(), e);
  }

  void removeEntity(EntityKind kind, String id) {
    entities(kind).remove(id);
  }

  /** Replaces every entity of a kind. */
  void replaceAll(EntityKind kind, Iterable<? extends Entity> fresh) {
    Map<String, Entity> byId = entities(kind);
    byId.clear();
    for (Entity e : fresh) {
      byId.put(e.id(), e);
    }
  }

  void add(Grant g) {
    grants.add(plain(g));
  }

  /**
   * A membership as Okta lists it, without the provenance a sync derived: the state holds
   * memberships plain, so the events' memberships find them, and derives provenance when it emits.
   */
  private static Grant plain(Grant g) {
    if (g instanceof Grant.Membership m && !m.provenance().isDirect()) {
      return new Grant.Membership(m.memberKind(), m.memberId(), m.groupId(), Provenance.direct());
    }
    return g;
  }

  void remove(Grant g) {
    grants.remove(g);
  }

  boolean has(Grant g) {
    return grants.contains(g);
  }

  void removeGrants(Predicate<Grant> which) {
    grants.removeIf(which);
  }

  Set<Grant> grants() {
    return grants;
  }

  /** The groups each identity is a member of, as the state holds them now. */
  Map<String, Set<String>> groupsOfUsers() {
    Map<String, Set<String>> out = new java.util.HashMap<>();
    for (Grant g : grants) {
      if (g instanceof Grant.Membership m && m.memberKind() == EntityKind.IDENTITY) {
        out.computeIfAbsent(m.memberId(), k -> new HashSet<>()).add(m.groupId());
      }
    }
    return out;
  }

  /** The groups assigned to each application, as the state holds them now. */
  Map<String, Set<String>> groupsOfApps() {
    Map<String, Set<String>> out = new java.util.HashMap<>();
    for (Grant g : grants) {
      if (g instanceof Grant.AppAssignment a && a.assigneeKind() == EntityKind.GROUP) {
        out.computeIfAbsent(a.applicationId(), k -> new HashSet<>()).add(a.assigneeId());
      }
    }
    return out;
  }

  /**
   * The users whose factors a sync reads when it reads admins' only: users holding a role
   * themselves, and the members of groups holding one.
   */
  Set<String> factorUsers() {
    Set<String> users = new LinkedHashSet<>();
    Set<String> adminGroups = new HashSet<>();
    for (Grant g : grants) {
      if (g instanceof Grant.RoleAssignment r) {
        if (r.assigneeKind() == EntityKind.IDENTITY) {
          users.add(r.assigneeId());
        } else if (r.assigneeKind() == EntityKind.GROUP) {
          adminGroups.add(r.assigneeId());
        }
      }
    }
    for (Grant g : grants) {
      if (g instanceof Grant.Membership m && m.memberKind() == EntityKind.IDENTITY && adminGroups.contains(m.groupId())) {
        users.add(m.memberId());
      }
    }
    return users;
  }

  /** Streams the whole inventory, memberships with the provenance a full sync gives them. */
  void emit(InventorySink sink) {
    for (Map<String, Entity> byId : entities.values()) {
      byId.values().forEach(sink::entity);
    }
    List<Grant.Membership> memberships = new ArrayList<>();
    for (Grant g : grants) {
      if (g instanceof Grant.Membership m) {
        memberships.add(m);
      } else {
        sink.grant(g);
      }
    }
    List<Identity> identities = new ArrayList<>();
    entities(EntityKind.IDENTITY).values().forEach(e -> identities.add((Identity) e));
    List<GroupRule> rules = new ArrayList<>();
    entities(EntityKind.GROUP_RULE).values().forEach(e -> rules.add((GroupRule) e));
    RuleProvenance.derive(identities, rules, memberships).forEach(sink::grant);
  }
}
