package dev.governance.core.review;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.access.Access;
import dev.governance.core.access.AccessGraph;
import dev.governance.core.access.AccessPath;
import dev.governance.core.diff.GrantChange;
import dev.governance.core.diff.SnapshotDiff;
import dev.governance.core.findings.Finding;
import dev.governance.core.findings.FindingsEngine;
import dev.governance.core.findings.FindingsReport;
import dev.governance.core.internal.Quoted;
import dev.governance.core.model.ApiToken;
import dev.governance.core.model.Application;
import dev.governance.core.model.Attributes;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Group;
import dev.governance.core.model.Identity;
import dev.governance.core.model.Role;
import dev.governance.core.snapshot.Snapshot;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link Review} from a snapshot: one item per subject and target within the scope, each
 * with every path, its facts and its reviewers.
 *
 * <pre>{@code
 * Review review = ReviewEngine.create(snapshot, ReviewOptions
 *     .builder("acme", stored.id(), ReviewScope.Applications.all())
 *     .reviewer(new ReviewerRule.Manager("managerId"))
 *     .reviewer(new ReviewerRule.IntegrationOwners())
 *     .integrationOwners(List.of("it@acme.com"))
 *     .build());
 * }</pre>
 *
 * @since 0.1
 */
public final class ReviewEngine {

  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

  private final Snapshot snapshot;
  private final ReviewOptions options;
  private final AccessGraph graph;
  private final Map<String, List<String>> findingsBySubject = new HashMap<>();
  private final Map<String, Item> items = new LinkedHashMap<>();

  private ReviewEngine(Snapshot snapshot, ReviewOptions options) {
    this.snapshot = snapshot;
    this.options = options;
    this.graph = AccessGraph.of(snapshot);
    FindingsReport report = options.findings() != null
        ? options.findings() : FindingsEngine.builder().clock(options.clock()).build().evaluate(snapshot);
    for (Finding f : report.findings()) {
      findingsBySubject.computeIfAbsent(f.subject().kind() + ":" + f.subject().id(), k -> new ArrayList<>())
          .add(f.ruleId() + ": " + f.title());
    }
  }

  /**
   * Builds a review.
   *
   * @param snapshot the snapshot to review
   * @param options the scope, reviewer rules and the rest
   * @return the open review
   * @throws InvalidConfigurationException if the review is to be the difference from one that is
   *     not closed, or of another integration
   */
  public static Review create(Snapshot snapshot, ReviewOptions options) {
    return new ReviewEngine(snapshot, options).build();
  }

  /** An item being built, with the grants its paths use. */
  private record Item(ReviewItem item, Set<Grant> grants) {}

  private Review build() {
    Review previous = options.previous();
    if (previous != null && previous.status() != ReviewStatus.CLOSED) {
      throw new InvalidConfigurationException("since", "The review " + Quoted.quote(previous.id())
          + " is still open; close it before building the difference from it");
    }
    if (previous != null && !previous.integrationId().equals(options.integrationId())) {
      throw new InvalidConfigurationException("since", "The review " + Quoted.quote(previous.id())
          + " is of integration " + Quoted.quote(previous.integrationId()) + ", not of "
          + Quoted.quote(options.integrationId()));
    }
    collect(options.scope());
    List<ReviewItem> list = new ArrayList<>();
    Set<Grant> changed = previous == null ? Set.of() : changedSince(java.util.Objects.requireNonNull(options.previousSnapshot(), "previousSnapshot"));
    Set<String> before = new HashSet<>();
    if (previous != null) {
      previous.items().forEach(i -> before.add(i.id()));
    }
    for (Item i : items.values()) {
      if (previous == null || !before.contains(i.item().id())
          || i.grants().stream().anyMatch(changed::contains)) {
        list.add(i.item());
      }
    }
    Instant now = options.clock().instant();
    String id = options.id() != null ? options.id()
        : "r-" + ID_TIME.format(now) + "-" + UUID.randomUUID().toString().substring(0, 6);
    return new Review(id, options.name(), options.integrationId(), options.snapshotId(),
        options.scope().describe(), options.reviewerRules().stream().map(ReviewerRule::describe).toList(),
        now, options.createdBy(), previous == null ? null : previous.id(), ReviewStatus.OPEN, null, null,
        list, Map.of());
  }

  private Set<Grant> changedSince(Snapshot before) {
    Set<Grant> changed = new HashSet<>();
    for (GrantChange c : SnapshotDiff.between(before, snapshot).grants()) {
      if (!(c instanceof GrantChange.Removed)) {
        changed.add(c.grant());
      }
    }
    return changed;
  }

  private void collect(ReviewScope scope) {
    if (scope instanceof ReviewScope.Applications a) {
      for (Application app : snapshot.applications()) {
        if (a.ids().isEmpty() || a.ids().contains(app.id())) {
          graph.whoReaches(EntityKind.APPLICATION, app.id()).forEach(this::addAccess);
        }
      }
      requireKnown(a.ids(), EntityKind.APPLICATION);
    } else if (scope instanceof ReviewScope.Roles r) {
      for (Role role : snapshot.roles()) {
        if (r.ids().isEmpty() || r.ids().contains(role.id())) {
          graph.whoReaches(EntityKind.ROLE, role.id()).forEach(this::addAccess);
        }
      }
      requireKnown(r.ids(), EntityKind.ROLE);
    } else if (scope instanceof ReviewScope.Identities i) {
      requireKnown(i.ids(), EntityKind.IDENTITY);
      for (Identity identity : snapshot.identities()) {
        if (i.ids().contains(identity.id())) {
          graph.accessOf(identity.id()).forEach(this::addAccess);
        }
      }
    } else if (scope instanceof ReviewScope.Groups g) {
      requireKnown(g.ids(), EntityKind.GROUP);
      for (Group group : snapshot.groups()) {
        if (g.ids().isEmpty() || g.ids().contains(group.id())) {
          members(group);
        }
      }
    } else {
      privileged();
    }
  }

  private void requireKnown(Set<String> ids, EntityKind kind) {
    for (String id : ids) {
      if (snapshot.entity(kind, id).isEmpty()) {
        throw new InvalidConfigurationException("scope", "The snapshot has no "
            + kind.name().toLowerCase(java.util.Locale.ROOT) + " with id " + Quoted.quote(id));
      }
    }
  }

  private void addAccess(Access access) {
    TargetKind kind = access.targetKind() == EntityKind.ROLE ? TargetKind.ROLE : TargetKind.APPLICATION;
    List<ItemPath> paths = new ArrayList<>();
    Set<Grant> grants = new HashSet<>();
    for (AccessPath p : access.paths()) {
      paths.add(new ItemPath(p.kind(), p.describe(snapshot::displayLabel), p.groups(), p.rules()));
      grants.addAll(p.hops());
    }
    add(EntityKind.IDENTITY, access.identityId(), kind, access.targetId(),
        snapshot.displayLabel(access.targetKind(), access.targetId()), paths, null, grants);
  }

  /** Every identity in a group, directly or through nested groups (a group is visited once per path). */
  private void members(Group group) {
    Deque<Grant> suffix = new ArrayDeque<>();
    Set<String> visited = new HashSet<>();
    visited.add(group.id());
    Map<String, List<List<Grant>>> byIdentity = new LinkedHashMap<>();
    walkMembers(group.id(), suffix, visited, byIdentity);
    byIdentity.forEach((identityId, chains) -> {
      List<ItemPath> paths = new ArrayList<>();
      Set<Grant> grants = new HashSet<>();
      for (List<Grant> chain : chains) {
        AccessPath p = new AccessPath(chain);
        boolean direct = chain.size() == 1 && chain.get(0).provenance().isDirect();
        paths.add(new ItemPath(direct ? AccessPath.Kind.DIRECT : p.kind(),
            direct ? "direct member" : p.describe(snapshot::displayLabel), p.groups(), p.rules()));
        grants.addAll(chain);
      }
      add(EntityKind.IDENTITY, identityId, TargetKind.GROUP, group.id(), group.name(), paths, null, grants);
    });
  }

  private void walkMembers(String groupId, Deque<Grant> suffix, Set<String> visited,
      Map<String, List<List<Grant>>> out) {
    for (Grant g : snapshot.grantsTo(EntityKind.GROUP, groupId)) {
      if (!(g instanceof Grant.Membership m)) {
        continue;
      }
      if (m.memberKind() == EntityKind.IDENTITY) {
        List<Grant> chain = new ArrayList<>(suffix.size() + 1);
        chain.add(m);
        chain.addAll(suffix);
        out.computeIfAbsent(m.memberId(), k -> new ArrayList<>()).add(chain);
      } else if (suffix.size() < 32 && visited.add(m.memberId())) {
        suffix.addFirst(m);
        walkMembers(m.memberId(), suffix, visited, out);
        suffix.removeFirst();
        visited.remove(m.memberId());
      }
    }
  }

  private void privileged() {
    for (Role role : snapshot.roles()) {
      graph.whoReaches(EntityKind.ROLE, role.id()).forEach(this::addAccess);
    }
    snapshot.grants(Grant.ScopeGrant.class).filter(Grant.ScopeGrant::allowsChanges).forEach(g -> add(
        EntityKind.APPLICATION, g.applicationId(), TargetKind.SCOPE, g.scope(), g.scope(),
        List.of(new ItemPath(AccessPath.Kind.DIRECT, "granted to the application ("
            + g.source().name().toLowerCase(java.util.Locale.ROOT) + " consent)", List.of(), List.of())),
        g.created(), Set.of(g)));
    for (ApiToken t : snapshot.apiTokens()) {
      add(EntityKind.IDENTITY, t.ownerId(), TargetKind.API_TOKEN, t.id(), t.name(),
          List.of(new ItemPath(AccessPath.Kind.DIRECT, "the token acts as its owner", List.of(), List.of())),
          t.created(), Set.of());
    }
  }

  private void add(EntityKind subjectKind, String subjectId, TargetKind targetKind, String targetId,
      String targetLabel, List<ItemPath> paths, @Nullable Instant grantedAt, Set<Grant> grants) {
    String id = ReviewItem.idOf(subjectKind, subjectId, targetKind, targetId);
    if (items.containsKey(id)) {
      return;
    }
    Optional<Identity> identity = subjectKind == EntityKind.IDENTITY ? snapshot.identity(subjectId) : Optional.empty();
    String status = identity.map(Identity::rawStatus)
        .orElseGet(() -> snapshot.application(subjectId).map(a -> a.status().name()).orElse(null));
    List<String> findings = new ArrayList<>(findingsBySubject.getOrDefault(subjectKind + ":" + subjectId, List.of()));
    EntityKind targetEntity = entityKind(targetKind);
    if (targetEntity != null) {
      findings.addAll(findingsBySubject.getOrDefault(targetEntity + ":" + targetId, List.of()));
    }
    ReviewItem item = new ReviewItem(id, subjectKind, subjectId, snapshot.displayLabel(subjectKind, subjectId),
        targetKind, targetId, targetLabel, paths, status, identity.map(Identity::lastLogin).orElse(null),
        grantedAt, findings, reviewers(subjectKind, subjectId, targetEntity, targetId));
    items.put(id, new Item(item, grants));
  }

  private static @Nullable EntityKind entityKind(TargetKind kind) {
    return switch (kind) {
      case APPLICATION -> EntityKind.APPLICATION;
      case ROLE -> EntityKind.ROLE;
      case GROUP -> EntityKind.GROUP;
      case API_TOKEN -> EntityKind.API_TOKEN;
      case SCOPE -> null;
    };
  }

  private List<String> reviewers(EntityKind subjectKind, String subjectId, @Nullable EntityKind targetKind,
      String targetId) {
    for (ReviewerRule rule : options.reviewerRules()) {
      List<String> found = new ArrayList<>();
      if (rule instanceof ReviewerRule.IntegrationOwners) {
        found.addAll(options.integrationOwners());
      } else if (rule instanceof ReviewerRule.Named n) {
        found.addAll(n.reviewers());
      } else if (rule instanceof ReviewerRule.TargetOwnerAttribute t && targetKind != null) {
        attributes(targetKind, targetId).flatMap(a -> a.text(t.attribute())).map(this::person).ifPresent(found::add);
      } else if (rule instanceof ReviewerRule.Manager m && subjectKind == EntityKind.IDENTITY) {
        snapshot.identity(subjectId).flatMap(i -> i.attributes().text(m.attribute()))
            .map(this::person).ifPresent(found::add);
      }
      found.removeIf(String::isBlank);
      if (!found.isEmpty()) {
        return found.stream().distinct().toList();
      }
    }
    return List.of();
  }

  private Optional<Attributes> attributes(EntityKind kind, String id) {
    return switch (kind) {
      case APPLICATION -> snapshot.application(id).map(Application::attributes);
      case GROUP -> snapshot.group(id).map(Group::attributes);
      case IDENTITY -> snapshot.identity(id).map(Identity::attributes);
      default -> Optional.empty();
    };
  }

  /** Shows an identity named by id, login or email as its login; anything else as given. */
  private String person(String ref) {
    String r = ref.strip();
    Optional<Identity> byId = snapshot.identity(r);
    if (byId.isPresent()) {
      return byId.get().login();
    }
    return snapshot.identities().stream()
        .filter(i -> i.login().equalsIgnoreCase(r) || r.equalsIgnoreCase(i.email()))
        .map(Identity::login).findFirst().orElse(r);
  }
}
