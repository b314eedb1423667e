package dev.governance.core.findings;

import dev.governance.core.access.AccessGraph;
import dev.governance.core.access.AccessPath;
import dev.governance.core.model.ApplicationStatus;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.snapshot.Snapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a rule reads: the snapshot, an access graph over it, the configuration and the time to
 * judge against, plus naming helpers. One context serves every rule of one run, so indexes that
 * several rules need are built once.
 *
 * @since 0.1
 */
public final class FindingContext {

  private final Snapshot snapshot;
  private final AccessGraph accessGraph;
  private final FindingsConfig config;
  private final Instant asOf;
  private @Nullable GrantsByKind grantsByKind;
  private @Nullable AdminIndex admins;
  private final java.util.List<String> unknownFacts = new java.util.ArrayList<>();

  /**
   * Creates a context.
   *
   * @param snapshot the snapshot to read
   * @param config the thresholds
   * @param asOf the time to judge against
   */
  public FindingContext(Snapshot snapshot, FindingsConfig config, Instant asOf) {
    this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
    this.config = Objects.requireNonNull(config, "config");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.accessGraph = AccessGraph.of(snapshot);
  }

  /**
   * Records that the rule being evaluated could not judge some subjects because the connector did
   * not provide a fact the rule needs, e.g. a role's privilege level or an identity's status
   * category ({@code UNKNOWN}). The rule's outcome becomes {@link RuleOutcome.Status#PARTIAL} with
   * this reason, so a missing fact never passes for a clean result.
   *
   * @param reason what was not known and what the rule did without it, e.g. {@code 2 roles have
   *     no privilege level (UNKNOWN): their holders were not judged as tenant admins}
   */
  public synchronized void factUnknown(String reason) {
    Objects.requireNonNull(reason, "reason");
    if (!unknownFacts.contains(reason)) {
      unknownFacts.add(reason);
    }
  }

  /** Returns and forgets the facts recorded unknown since the last call; for the engine. */
  synchronized java.util.List<String> takeUnknownFacts() {
    java.util.List<String> taken = java.util.List.copyOf(unknownFacts);
    unknownFacts.clear();
    return taken;
  }

  /**
   * Tells the rule being evaluated about identities whose status category the connector did not
   * provide, which rules that judge by status cannot judge.
   *
   * @param count how many such identities the rule met
   * @param what what the rule did without their status, e.g. {@code not judged}
   */
  void unknownStatuses(int count, String what) {
    if (count > 0) {
      factUnknown(count + (count == 1 ? " identity has" : " identities have")
          + " no status category from the connector (UNKNOWN): " + what);
    }
  }

  /**
   * Returns the snapshot.
   *
   * @return the snapshot
   */
  public Snapshot snapshot() {
    return snapshot;
  }

  /**
   * Returns an access graph over the snapshot, for who reaches what and through which path.
   *
   * @return the graph
   */
  public AccessGraph accessGraph() {
    return accessGraph;
  }

  /**
   * Returns the thresholds and switches.
   *
   * @return the configuration
   */
  public FindingsConfig config() {
    return config;
  }

  /**
   * Returns the time the rules judge against ("now" for the run).
   *
   * @return the instant
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * Returns how many whole days lie between an instant and {@link #asOf()}.
   *
   * @param since the earlier instant
   * @return the days, negative if {@code since} is after {@code asOf}
   */
  public long daysSince(Instant since) {
    return Duration.between(since, asOf).toDays();
  }

  /**
   * Returns a name for people to read: an identity's login, a group's name, an application's or
   * role's label, an API token's or group rule's name.
   *
   * @param kind the entity's kind
   * @param id the entity's id
   * @return the name, or the id when the snapshot does not hold the entity
   */
  public String name(EntityKind kind, String id) {
    return snapshot.displayLabel(kind, id);
  }

  /**
   * Returns the subject for an entity, named by {@link #name(EntityKind, String)}.
   *
   * @param kind the entity's kind
   * @param id the entity's id
   * @return the subject
   */
  public Subject subject(EntityKind kind, String id) {
    return new Subject(kind, id, name(kind, id));
  }

  /**
   * Tells whether an application can be used: it is not inactive or deleted. An application the
   * snapshot does not hold counts as in use, so that a missing application never hides access.
   *
   * @param applicationId the application
   * @return {@code true} unless the snapshot says it is inactive or deleted
   */
  public boolean applicationInUse(String applicationId) {
    return snapshot
        .application(applicationId)
        .map(a -> a.status() != ApplicationStatus.INACTIVE && a.status() != ApplicationStatus.DELETED)
        .orElse(true);
  }

  /**
   * Describes how a path reaches its target, e.g. {@code direct} or {@code via group Platform >
   * group Engineering}, with names from the snapshot.
   *
   * @param path the path
   * @return the description
   */
  public String describe(AccessPath path) {
    return path.describe(this::name);
  }

  /**
   * Returns a sorted copy, for evidence.
   *
   * @param items the items
   * @return a sorted copy
   */
  static List<String> sorted(java.util.Collection<String> items) {
    List<String> list = new ArrayList<>(items);
    Collections.sort(list);
    return list;
  }

  /** Returns the role, scope and application grants, split by kind in one pass. */
  synchronized GrantsByKind grantsByKind() {
    if (grantsByKind == null) {
      grantsByKind = GrantsByKind.of(snapshot);
    }
    return grantsByKind;
  }

  /** Returns who holds which admin role, directly or through groups. */
  synchronized AdminIndex admins() {
    if (admins == null) {
      admins = AdminIndex.build(this);
    }
    return admins;
  }

  /**
   * The grants rules look at, other than memberships, split by kind.
   *
   * @param roleAssignments every role assignment in force (inactive ones grant nothing)
   * @param scopeGrants every scope grant
   * @param appAssignments every application assignment
   */
  record GrantsByKind(
      List<Grant.RoleAssignment> roleAssignments,
      List<Grant.ScopeGrant> scopeGrants,
      List<Grant.AppAssignment> appAssignments) {

    static GrantsByKind of(Snapshot snapshot) {
      List<Grant.RoleAssignment> roles = new ArrayList<>();
      List<Grant.ScopeGrant> scopes = new ArrayList<>();
      List<Grant.AppAssignment> apps = new ArrayList<>();
      for (Grant g : snapshot.grants()) {
        if (g instanceof Grant.AppAssignment a) {
          apps.add(a);
        } else if (g instanceof Grant.RoleAssignment r && r.active()) {
          roles.add(r);
        } else if (g instanceof Grant.ScopeGrant s) {
          scopes.add(s);
        }
      }
      return new GrantsByKind(List.copyOf(roles), List.copyOf(scopes), List.copyOf(apps));
    }
  }
}
