package dev.governance.core.remediation;

import dev.governance.core.access.AccessGraph;
import dev.governance.core.access.AccessPath;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.review.ReviewItem;
import dev.governance.core.review.TargetKind;
import dev.governance.core.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a snapshot still shows of a review item's access. */
final class ItemAccess {
  private ItemAccess() {}

  /** The paths that still give the access, in words; empty when it is gone. */
  static List<String> remaining(Snapshot snapshot, AccessGraph graph, ReviewItem item) {
    String u = item.subjectId();
    List<String> out = new ArrayList<>();
    switch (item.targetKind()) {
      case APPLICATION, ROLE -> graph.access(u, item.targetKind() == TargetKind.ROLE ? EntityKind.ROLE
          : EntityKind.APPLICATION, item.targetId()).ifPresent(a -> {
            for (AccessPath p : a.paths()) {
              out.add(p.describe(snapshot::displayLabel));
            }
          });
      case GROUP -> {
        for (Grant g : snapshot.grantsOf(EntityKind.IDENTITY, u)) {
          if (g instanceof Grant.Membership m && reaches(snapshot, m.groupId(), item.targetId(), new HashSet<>())) {
            out.add(m.groupId().equals(item.targetId()) ? "direct member"
                : "through group " + snapshot.displayLabel(EntityKind.GROUP, m.groupId()));
          }
        }
      }
      case SCOPE -> snapshot.grants(Grant.ScopeGrant.class)
          .filter(g -> g.applicationId().equals(u) && g.scope().equals(item.targetId()))
          .forEach(g -> out.add("granted to the application"));
      case API_TOKEN -> snapshot.apiTokens().stream().filter(t -> t.id().equals(item.targetId()))
          .forEach(t -> out.add("the token is still active"));
      default -> throw new IllegalStateException("unknown target kind " + item.targetKind());
    }
    return out;
  }

  private static boolean reaches(Snapshot snapshot, String from, String target, Set<String> visited) {
    if (from.equals(target)) {
      return true;
    }
    if (!visited.add(from)) {
      return false;
    }
    for (Grant g : snapshot.grantsOf(EntityKind.GROUP, from)) {
      if (g instanceof Grant.Membership m && reaches(snapshot, m.groupId(), target, visited)) {
        return true;
      }
    }
    return false;
  }
}
