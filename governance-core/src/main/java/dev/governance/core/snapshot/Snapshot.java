package dev.governance.core.snapshot;

import dev.governance.core.model.ApiToken;
import dev.governance.core.model.Application;
import dev.governance.core.model.AuthFactor;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.Entity;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Group;
import dev.governance.core.model.GroupRule;
import dev.governance.core.model.Identity;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.model.Role;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The inventory of one tenant at one time: immutable, indexed by kind and id, with the grants
 * indexed by subject and by target, and a {@link Coverage} for every collection.
 *
 * <p>Build one with {@link SnapshotBuilder}. All collections returned are unmodifiable views; the
 * snapshot may be shared between threads.
 *
 * @since 0.1
 */
public final class Snapshot {

  private final SnapshotInfo info;
  private final Map<InventoryCollection, Coverage> coverage;
  private final Map<EntityKind, Map<String, Entity>> entities;
  private final Grant[] grants;
  private final List<Grant> grantList;
  private final GrantIndex bySubject;
  private final GrantIndex byTarget;

  Snapshot(
      SnapshotInfo info,
      Map<InventoryCollection, Coverage> coverage,
      Map<EntityKind, Map<String, Entity>> entities,
      Grant[] grants) {
    this.info = info;
    EnumMap<InventoryCollection, Coverage> cov = new EnumMap<>(InventoryCollection.class);
    for (InventoryCollection c : InventoryCollection.values()) {
      cov.put(c, coverage.getOrDefault(c, Coverage.notRequested()));
    }
    this.coverage = Collections.unmodifiableMap(cov);
    EnumMap<EntityKind, Map<String, Entity>> byKind = new EnumMap<>(EntityKind.class);
    for (EntityKind k : EntityKind.values()) {
      byKind.put(k, Collections.unmodifiableMap(entities.getOrDefault(k, Map.of())));
    }
    this.entities = byKind;
    this.grants = grants;
    this.grantList = Collections.unmodifiableList(Arrays.asList(grants));
    this.bySubject = GrantIndex.build(grants, Grant::subjectId);
    this.byTarget = GrantIndex.build(grants, Grant::targetId);
  }

  /**
   * Starts a builder for a snapshot of a tenant.
   *
   * @param tenant the tenant, e.g. {@code https://acme.okta.com}
   * @param connectorId the connector that reads it
   * @return a new builder
   */
  public static SnapshotBuilder builder(String tenant, String connectorId) {
    return new SnapshotBuilder(tenant, connectorId);
  }

  /**
   * Returns where and when the snapshot was taken.
   *
   * @return the info
   */
  public SnapshotInfo info() {
    return info;
  }

  /**
   * Returns how much of a collection the snapshot holds.
   *
   * @param collection the collection
   * @return its coverage; {@link Coverage#notRequested()} if the connector never reported it
   */
  public Coverage coverage(InventoryCollection collection) {
    return coverage.getOrDefault(collection, Coverage.notRequested());
  }

  /**
   * Returns the coverage of every collection.
   *
   * @return an unmodifiable map with an entry for every collection
   */
  public Map<InventoryCollection, Coverage> coverage() {
    return coverage;
  }

  /**
   * Returns every entity of a kind, in the order they were received.
   *
   * @param kind the kind
   * @return an unmodifiable view
   */
  public Collection<Entity> entities(EntityKind kind) {
    return byId(kind).values();
  }

  /**
   * Finds an entity by kind and id.
   *
   * @param kind the kind
   * @param id the id
   * @return the entity, or empty
   */
  public Optional<Entity> entity(EntityKind kind, String id) {
    return Optional.ofNullable(byId(kind).get(id));
  }

  /**
   * Returns the name people know an entity by, or its id when the snapshot does not hold it.
   *
   * @param kind the entity's kind
   * @param id the entity's id
   * @return the display name, or the id
   */
  public String displayLabel(EntityKind kind, String id) {
    Entity e = byId(kind).get(id);
    return e == null ? id : e.displayLabel();
  }

  /**
   * Returns the identities.
   *
   * @return an unmodifiable view
   */
  public Collection<Identity> identities() {
    return typed(EntityKind.IDENTITY);
  }

  /**
   * Returns the groups.
   *
   * @return an unmodifiable view
   */
  public Collection<Group> groups() {
    return typed(EntityKind.GROUP);
  }

  /**
   * Returns the applications.
   *
   * @return an unmodifiable view
   */
  public Collection<Application> applications() {
    return typed(EntityKind.APPLICATION);
  }

  /**
   * Returns the roles.
   *
   * @return an unmodifiable view
   */
  public Collection<Role> roles() {
    return typed(EntityKind.ROLE);
  }

  /**
   * Returns the API tokens.
   *
   * @return an unmodifiable view
   */
  public Collection<ApiToken> apiTokens() {
    return typed(EntityKind.API_TOKEN);
  }

  /**
   * Returns the authentication factors.
   *
   * @return an unmodifiable view
   */
  public Collection<AuthFactor> authFactors() {
    return typed(EntityKind.AUTH_FACTOR);
  }

  /**
   * Returns the group rules.
   *
   * @return an unmodifiable view
   */
  public Collection<GroupRule> groupRules() {
    return typed(EntityKind.GROUP_RULE);
  }

  /**
   * Finds an identity.
   *
   * @param id the id
   * @return the identity, or empty
   */
  public Optional<Identity> identity(String id) {
    return entity(EntityKind.IDENTITY, id).map(Identity.class::cast);
  }

  /**
   * Finds a group.
   *
   * @param id the id
   * @return the group, or empty
   */
  public Optional<Group> group(String id) {
    return entity(EntityKind.GROUP, id).map(Group.class::cast);
  }

  /**
   * Finds an application.
   *
   * @param id the id
   * @return the application, or empty
   */
  public Optional<Application> application(String id) {
    return entity(EntityKind.APPLICATION, id).map(Application.class::cast);
  }

  /**
   * Finds a role.
   *
   * @param id the id
   * @return the role, or empty
   */
  public Optional<Role> role(String id) {
    return entity(EntityKind.ROLE, id).map(Role.class::cast);
  }

  /**
   * Returns every grant, in the order received.
   *
   * @return an unmodifiable list
   */
  public List<Grant> grants() {
    return grantList;
  }

  /**
   * Returns the grants of one kind.
   *
   * @param type the grant record's class, e.g. {@code Grant.Membership.class}
   * @param <T> the grant type
   * @return a stream of the grants of that type
   */
  public <T extends Grant> Stream<T> grants(Class<T> type) {
    return grantList.stream().filter(type::isInstance).map(type::cast);
  }

  /**
   * Returns the grants an entity holds (it is their subject).
   *
   * @param kind the subject's kind
   * @param id the subject's id
   * @return the grants, in snapshot order
   */
  public List<Grant> grantsOf(EntityKind kind, String id) {
    return filterKind(bySubject.get(id), kind, true);
  }

  /**
   * Returns the grants of an entity or a scope (it is their target).
   *
   * @param kind the target's kind
   * @param id the target's id
   * @return the grants, in snapshot order
   */
  public List<Grant> grantsTo(EntityKind kind, String id) {
    return filterKind(byTarget.get(id), kind, false);
  }

  /**
   * Returns the grants of an OAuth scope to applications.
   *
   * @param scope the scope's name
   * @return the scope grants, in snapshot order
   */
  public List<Grant.ScopeGrant> scopeGrantsTo(String scope) {
    return byTarget.get(scope).stream()
        .filter(Grant.ScopeGrant.class::isInstance)
        .map(Grant.ScopeGrant.class::cast)
        .toList();
  }

  /**
   * Counts the items of every collection.
   *
   * @return an unmodifiable map with an entry for every collection
   */
  public Map<InventoryCollection, Integer> counts() {
    EnumMap<InventoryCollection, Integer> counts = new EnumMap<>(InventoryCollection.class);
    for (InventoryCollection c : InventoryCollection.values()) {
      counts.put(c, 0);
    }
    for (EntityKind k : EntityKind.values()) {
      counts.put(k.collection(), byId(k).size());
    }
    for (Grant g : grants) {
      counts.merge(g.collection(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  /** The entities of a kind by id; the constructor gives every kind an entry. */
  private Map<String, Entity> byId(EntityKind kind) {
    return entities.getOrDefault(kind, Map.of());
  }

  @SuppressWarnings("unchecked")
  private <T extends Entity> Collection<T> typed(EntityKind kind) {
    return (Collection<T>) (Collection<?>) byId(kind).values();
  }

  private static List<Grant> filterKind(List<Grant> grants, EntityKind kind, boolean subject) {
    for (Grant g : grants) {
      if ((subject ? g.subjectKind() : g.targetKind()) != kind) {
        return grants.stream()
            .filter(x -> (subject ? x.subjectKind() : x.targetKind()) == kind)
            .toList();
      }
    }
    return grants;
  }

  @Override
  public String toString() {
    return "Snapshot[" + info.tenant() + " at " + info.completedAt() + ", " + counts() + "]";
  }
}
