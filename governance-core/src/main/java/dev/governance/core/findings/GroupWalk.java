package dev.governance.core.findings;

import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.snapshot.Snapshot;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/** Walks group memberships, nested groups included, each group once, without recording paths. */
final class GroupWalk {

  private GroupWalk() {}

  /**
   * Tells whether some identity member of a group, directly or through nested groups, matches.
   * Stops at the first match.
   */
  static boolean anyMember(Snapshot snapshot, String groupId, Predicate<String> identity) {
    Deque<String> queue = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    queue.add(groupId);
    seen.add(groupId);
    while (!queue.isEmpty()) {
      for (Grant g : snapshot.grantsTo(EntityKind.GROUP, queue.poll())) {
        if (g instanceof Grant.Membership m) {
          if (m.memberKind() == EntityKind.IDENTITY) {
            if (identity.test(m.memberId())) {
              return true;
            }
          } else if (seen.add(m.memberId())) {
            queue.add(m.memberId());
          }
        }
      }
    }
    return false;
  }

  /**
   * Adds to {@code into} the id of every application an identity reaches, directly or through
   * (nested) groups: what {@code AccessGraph.accessOf} finds, without building the paths.
   */
  static void applicationsOf(Snapshot snapshot, String identityId, Set<String> into) {
    walk(snapshot, identityId, true, into);
  }

  /**
   * Adds to {@code into} the id of every application an identity reaches through groups: through
   * its memberships, or through an assignment the provider reports as inherited from a group.
   */
  static void applicationsThroughGroups(Snapshot snapshot, String identityId, Set<String> into) {
    walk(snapshot, identityId, false, into);
  }

  private static void walk(Snapshot snapshot, String identityId, boolean direct, Set<String> into) {
    Deque<String> queue = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    collect(snapshot.grantsOf(EntityKind.IDENTITY, identityId), direct, queue, seen, into);
    while (!queue.isEmpty()) {
      collect(snapshot.grantsOf(EntityKind.GROUP, queue.poll()), true, queue, seen, into);
    }
  }

  private static void collect(
      Iterable<Grant> grants, boolean direct, Deque<String> queue, Set<String> seen, Set<String> into) {
    for (Grant g : grants) {
      if (g instanceof Grant.Membership m) {
        if (seen.add(m.groupId())) {
          queue.add(m.groupId());
        }
      } else if (g instanceof Grant.AppAssignment a && (direct || !a.provenance().isDirect())) {
        into.add(a.applicationId());
      }
    }
  }
}
