package dev.governance.bench;

import dev.governance.core.access.AccessGraph;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Group;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.okta.catalog.OktaBucket;
import java.util.Map;
import java.util.TreeMap;

/**
 * baton-okta's calls for one default sync (API token, no custom roles, secrets or devices), from
 * the formula of its code, per rate-limit bucket, computed from a synced snapshot of the tenant:
 *
 * <pre>
 * N = 1 (GET /org) + ⌈U/200⌉ + ⌈G/1000⌉ + G (group roles) + Σ_{g, n_g &gt; 0} ⌈n_g/1000⌉
 *   + ⌈A/200⌉ + Σ_a max(1, ⌈q_a/200⌉) + Σ_a max(1, ⌈u_a/500⌉) + 10·⌈R/p⌉ + R
 * </pre>
 *
 * <p>U counts users of every status, n_g the members of group g, q_a the group assignments of app
 * a, u_a the users who reach app a directly or through a group, R the users holding an admin role
 * directly. The page size p of {@code /iam/assignees/users} is taken at its largest plausible
 * value, 1000, which gives the smallest count.
 */
final class BatonFormula {

  /** The assignee page size assumed. */
  static final int P = 1000;

  private BatonFormula() {}

  /**
   * Computes the calls per bucket.
   *
   * @param s the snapshot
   * @return bucket pattern to calls
   */
  static Map<String, Long> callsPerBucket(Snapshot s) {
    Map<OktaBucket, Long> calls = new java.util.EnumMap<>(OktaBucket.class);
    int users = s.identities().size();
    int groups = s.groups().size();
    add(calls, OktaBucket.OTHER, 1);
    add(calls, OktaBucket.USERS, ceil(users, 200));
    add(calls, OktaBucket.GROUPS, ceil(groups, 1000));
    add(calls, OktaBucket.GROUPS, groups);
    for (Group g : s.groups()) {
      long members = s.grantsTo(EntityKind.GROUP, g.id()).stream()
          .filter(Grant.Membership.class::isInstance).count();
      if (members > 0) {
        add(calls, OktaBucket.GROUPS, ceil(members, 1000));
      }
    }
    add(calls, OktaBucket.APPS, ceil(s.applications().size(), 200));
    AccessGraph graph = AccessGraph.of(s);
    for (var a : s.applications()) {
      long groupAssignments = s.grantsTo(EntityKind.APPLICATION, a.id()).stream()
          .filter(g -> g.subjectKind() == EntityKind.GROUP).count();
      add(calls, OktaBucket.APPS, Math.max(1, ceil(groupAssignments, 200)));
      int rows = graph.whoReaches(EntityKind.APPLICATION, a.id()).size();
      add(calls, OktaBucket.APPS, Math.max(1, ceil(rows, 500)));
    }
    long admins = admins(s);
    add(calls, OktaBucket.IAM, 10 * ceil(admins, P));
    add(calls, OktaBucket.USERS, admins);
    Map<String, Long> out = new TreeMap<>();
    calls.forEach((b, n) -> out.put(b.pattern(), n));
    return out;
  }

  /**
   * Counts users holding an admin role directly.
   *
   * @param s the snapshot
   * @return R
   */
  static long admins(Snapshot s) {
    return s.grants(Grant.RoleAssignment.class)
        .filter(g -> g.subjectKind() == EntityKind.IDENTITY)
        .map(Grant::subjectId).distinct().count();
  }

  private static void add(Map<OktaBucket, Long> calls, OktaBucket b, long n) {
    calls.merge(b, n, Long::sum);
  }

  private static long ceil(long n, int page) {
    return (n + page - 1) / page;
  }
}
