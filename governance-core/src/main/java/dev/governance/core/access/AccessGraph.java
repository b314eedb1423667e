package dev.governance.core.access;

import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.snapshot.Snapshot;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every path from an identity to an application or a role, and the reverse, derived from a {@link
 * Snapshot}. Queries walk the snapshot's grant indexes; nothing is copied, so making a graph is
 * cheap and one graph may serve many threads.
 *
 * <p>Paths follow memberships (nested groups included) to the group that holds the assignment. A
 * path never visits a group twice, so cycles of nested groups end; {@link Builder#maxDepth(int)}
 * bounds how many groups deep a path may go and {@link Builder#maxPathsPerTarget(int)} how many
 * paths are listed for one identity and target ({@link Access#truncated()} tells when more exist).
 *
 * <p>A {@link IdentityStatus#DEACTIVATED deactivated} identity reaches nothing: providers
 * unassign a deactivated identity from its applications (Okta from every active one, group-derived
 * assignments included) while its group memberships stay. What those memberships would give back
 * if the identity were reactivated is {@link #dormantAccessOf(String)}. A suspended identity keeps
 * its access.
 *
 * @since 0.1
 */
public final class AccessGraph {

  private final Snapshot snapshot;
  private final int maxDepth;
  private final int maxPaths;

  private AccessGraph(Builder b) {
    this.snapshot = b.snapshot;
    this.maxDepth = b.maxDepth;
    this.maxPaths = b.maxPaths;
  }

  /**
   * Returns a graph over a snapshot with the default limits (32 groups deep, 100 paths per
   * identity and target).
   *
   * @param snapshot the snapshot
   * @return the graph
   */
  public static AccessGraph of(Snapshot snapshot) {
    return builder(snapshot).build();
  }

  /**
   * Starts a builder.
   *
   * @param snapshot the snapshot
   * @return a new builder
   */
  public static Builder builder(Snapshot snapshot) {
    return new Builder(snapshot);
  }

  /**
   * Returns the snapshot the graph reads.
   *
   * @return the snapshot
   */
  public Snapshot snapshot() {
    return snapshot;
  }

  /**
   * Returns every application and role an identity reaches, each with every path.
   *
   * @param identityId the identity
   * @return the accesses, applications first, in snapshot order
   */
  public List<Access> accessOf(String identityId) {
    Objects.requireNonNull(identityId, "identityId");
    if (deprovisioned(identityId)) {
      return List.of();
    }
    return walk(identityId);
  }

  /**
   * Returns what a deprovisioned identity would reach again if it were reactivated: the paths its
   * remaining grants (group memberships, and any assignment the provider still reports) would give,
   * applications first. Empty for an identity that is not deprovisioned, whose access is {@link
   * #accessOf(String)}.
   *
   * @param identityId the identity
   * @return the dormant accesses, each with every path
   */
  public List<Access> dormantAccessOf(String identityId) {
    Objects.requireNonNull(identityId, "identityId");
    if (!deprovisioned(identityId)) {
      return List.of();
    }
    return walk(identityId);
  }

  boolean deprovisioned(String identityId) {
    return snapshot.identity(identityId)
        .map(i -> i.status() == IdentityStatus.DEACTIVATED)
        .orElse(false);
  }

  private List<Access> walk(String identityId) {
    PathCollector collector = new PathCollector(this, maxPaths, false, null);
    Deque<Grant> path = new ArrayDeque<>();
    forward(EntityKind.IDENTITY, identityId, path, new HashSet<>(), collector, identityId);
    List<Access> all = collector.result();
    all.sort(Comparator.comparing(Access::targetKind));
    return all;
  }

  /**
   * Returns every application (or every role) an identity reaches.
   *
   * @param identityId the identity
   * @param targetKind {@link EntityKind#APPLICATION} or {@link EntityKind#ROLE}
   * @return the accesses of that kind
   */
  public List<Access> accessOf(String identityId, EntityKind targetKind) {
    requireTargetKind(targetKind);
    return accessOf(identityId).stream().filter(a -> a.targetKind() == targetKind).toList();
  }

  /**
   * Returns how an identity reaches one application or role.
   *
   * @param identityId the identity
   * @param targetKind {@link EntityKind#APPLICATION} or {@link EntityKind#ROLE}
   * @param targetId the application or role
   * @return the access, or empty if the identity does not reach it
   */
  public Optional<Access> access(String identityId, EntityKind targetKind, String targetId) {
    requireTargetKind(targetKind);
    return accessOf(identityId).stream()
        .filter(a -> a.targetKind() == targetKind && a.targetId().equals(targetId))
        .findFirst();
  }

  /**
   * Returns every identity that reaches an application or a role, each with every path;
   * deprovisioned identities reach nothing.
   *
   * @param targetKind {@link EntityKind#APPLICATION} or {@link EntityKind#ROLE}
   * @param targetId the application or role
   * @return the accesses, one per identity, in the order they were found
   */
  public List<Access> whoReaches(EntityKind targetKind, String targetId) {
    PathCollector collector = new PathCollector(this, maxPaths, true, null);
    walkBack(targetKind, targetId, collector);
    return collector.result();
  }

  /**
   * Returns, of the identities that reach an application or a role, only the given ones, each with
   * the very paths {@link #whoReaches(EntityKind, String)} lists for it and in its order; the
   * others' paths are walked but not built.
   *
   * @param targetKind {@link EntityKind#APPLICATION} or {@link EntityKind#ROLE}
   * @param targetId the application or role
   * @param identityIds the identities to return
   * @return the accesses of those identities that reach the target, in the order they were found
   * @since 0.2
   */
  public List<Access> whoReaches(EntityKind targetKind, String targetId, Set<String> identityIds) {
    PathCollector collector = new PathCollector(this, maxPaths, true, Set.copyOf(identityIds));
    walkBack(targetKind, targetId, collector);
    return collector.result();
  }

  /**
   * Returns every identity that reaches an application or a role with the kinds of path its
   * access has, without building the paths: for each identity, the same kinds as the paths {@link
   * #whoReaches(EntityKind, String)} lists (the same {@link Builder#maxPathsPerTarget(int)} limit,
   * a reported grant giving way to a derived path through its group), in the same order. Counting
   * who reaches a target this way costs no memory per path.
   *
   * @param targetKind {@link EntityKind#APPLICATION} or {@link EntityKind#ROLE}
   * @param targetId the application or role
   * @return one reach per identity, in the order they were found
   * @since 0.2
   */
  public List<Reach> reaches(EntityKind targetKind, String targetId) {
    ReachTally tally = new ReachTally(this, maxPaths, directMembers(targetKind, targetId));
    walkBack(targetKind, targetId, tally);
    return tally.result();
  }

  /**
   * Counts the identities a target is granted to and the members of the groups it is granted to
   * (not those of nested groups): about how many identities reach it, cheaply.
   */
  private int directMembers(EntityKind targetKind, String targetId) {
    int n = 0;
    for (Grant g : snapshot.grantsTo(targetKind, targetId)) {
      n += g.subjectKind() == EntityKind.GROUP ? snapshot.grantsTo(EntityKind.GROUP, g.subjectId()).size() : 1;
    }
    return n;
  }

  private void walkBack(EntityKind targetKind, String targetId, PathSink sink) {
    requireTargetKind(targetKind);
    Objects.requireNonNull(targetId, "targetId");
    for (Grant g : snapshot.grantsTo(targetKind, targetId)) {
      if (!inForce(g)) {
        continue;
      }
      Deque<Grant> suffix = new ArrayDeque<>();
      suffix.addFirst(g);
      if (g.subjectKind() == EntityKind.IDENTITY) {
        sink.path(g.subjectId(), null, suffix);
      } else if (g.subjectKind() == EntityKind.GROUP) {
        Set<String> visited = new HashSet<>();
        visited.add(g.subjectId());
        backward(g.subjectId(), suffix, visited, sink);
      }
    }
  }

  /**
   * Receives each path the reverse walk finds: {@code head} (the identity's membership, or
   * {@code null} for a grant the identity holds itself) followed by {@code suffix}, which the
   * walk reuses once the call returns.
   */
  interface PathSink {
    void path(String identityId, Grant.@Nullable Membership head, Deque<Grant> suffix);
  }

  /** An inactive role assignment is kept in the snapshot but gives no access. */
  private static boolean inForce(Grant g) {
    return !(g instanceof Grant.RoleAssignment r) || r.active();
  }

  private void forward(
      EntityKind kind,
      String id,
      Deque<Grant> path,
      Set<String> visitedGroups,
      PathCollector collector,
      String identityId) {
    for (Grant g : snapshot.grantsOf(kind, id)) {
      if (g instanceof Grant.Membership m) {
        if (path.size() >= maxDepth || !visitedGroups.add(m.groupId())) {
          continue;
        }
        path.addLast(m);
        forward(EntityKind.GROUP, m.groupId(), path, visitedGroups, collector, identityId);
        path.removeLast();
        visitedGroups.remove(m.groupId());
      } else if (g instanceof Grant.AppAssignment || g instanceof Grant.RoleAssignment && inForce(g)) {
        List<Grant> hops = new ArrayList<>(path.size() + 1);
        hops.addAll(path);
        hops.add(g);
        collector.add(identityId, hops);
      }
    }
  }

  private void backward(String groupId, Deque<Grant> suffix, Set<String> visited, PathSink sink) {
    for (Grant g : snapshot.grantsTo(EntityKind.GROUP, groupId)) {
      if (!(g instanceof Grant.Membership m)) {
        continue;
      }
      if (m.memberKind() == EntityKind.IDENTITY) {
        sink.path(m.memberId(), m, suffix);
      } else if (suffix.size() < maxDepth && visited.add(m.memberId())) {
        suffix.addFirst(m);
        backward(m.memberId(), suffix, visited, sink);
        suffix.removeFirst();
        visited.remove(m.memberId());
      }
    }
  }

  private static void requireTargetKind(EntityKind kind) {
    if (kind != EntityKind.APPLICATION && kind != EntityKind.ROLE) {
      throw new IllegalArgumentException(
          "access is computed to applications and roles, not to " + kind);
    }
  }

  /** Builds an {@link AccessGraph}. */
  public static final class Builder {
    private final Snapshot snapshot;
    private int maxDepth = 32;
    private int maxPaths = 100;

    private Builder(Snapshot snapshot) {
      this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
    }

    /**
     * Sets how many groups deep a path may go.
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder maxDepth(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxDepth must be at least 1, was " + value);
      }
      this.maxDepth = value;
      return this;
    }

    /**
     * Sets how many paths are listed for one identity and target.
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder maxPathsPerTarget(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxPathsPerTarget must be at least 1, was " + value);
      }
      this.maxPaths = value;
      return this;
    }

    /**
     * Builds the graph.
     *
     * @return the graph
     */
    public AccessGraph build() {
      return new AccessGraph(this);
    }
  }
}
