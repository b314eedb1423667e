package dev.governance.core.report;

import dev.governance.core.access.Access;
import dev.governance.core.access.AccessGraph;
import dev.governance.core.access.Reach;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Identity;
import dev.governance.core.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who reaches one application or role, bounded for big tenants.
 *
 * @param targetKind {@link EntityKind#APPLICATION} or {@link EntityKind#ROLE}
 * @param targetId the target's id
 * @param identityCount identities that reach it
 * @param direct identities holding it directly (maybe also otherwise)
 * @param viaGroup identities reaching it through a group
 * @param viaGroupRule identities reaching it through a membership a group rule added
 * @param unableToSignIn identities that reach it but cannot sign in
 * @param groups the groups it is granted to
 * @param listedAll whether every identity is listed; otherwise only the unusual ones
 * @param listed the identities listed, each with its paths
 * @param omitted identities that reach it but are not listed
 */
record EffectiveAccess(
    EntityKind targetKind,
    String targetId,
    int identityCount,
    int direct,
    int viaGroup,
    int viaGroupRule,
    int unableToSignIn,
    List<String> groups,
    boolean listedAll,
    List<Access> listed,
    int omitted) {

  /**
   * Counts who reaches the target from the graph's path kinds alone, then builds the paths of only
   * the identities listed: every one when they are at most {@code limit}, otherwise the first
   * {@code limit} that hold it directly or cannot sign in.
   */
  static EffectiveAccess of(AccessGraph graph, EntityKind kind, String id, int limit) {
    Snapshot snapshot = graph.snapshot();
    List<Reach> all = graph.reaches(kind, id);
    int direct = 0;
    int viaGroup = 0;
    int viaRule = 0;
    int unable = 0;
    Set<String> unusual = new LinkedHashSet<>();
    for (Reach r : all) {
      boolean cannotSignIn = !canSignIn(snapshot, r.identityId());
      direct += r.direct() ? 1 : 0;
      viaGroup += r.viaGroup() ? 1 : 0;
      viaRule += r.viaGroupRule() ? 1 : 0;
      unable += cannotSignIn ? 1 : 0;
      if ((r.direct() || cannotSignIn) && unusual.size() < limit) {
        unusual.add(r.identityId());
      }
    }
    List<String> groups = new ArrayList<>();
    for (Grant grant : snapshot.grantsTo(kind, id)) {
      if (grant.subjectKind() == EntityKind.GROUP && !groups.contains(grant.subjectId())) {
        groups.add(grant.subjectId());
      }
    }
    boolean listedAll = all.size() <= limit;
    List<Access> listed;
    if (listedAll) {
      listed = all.isEmpty() ? List.of() : graph.whoReaches(kind, id);
    } else {
      listed = unusual.isEmpty() ? List.of() : graph.whoReaches(kind, id, unusual);
    }
    return new EffectiveAccess(kind, id, all.size(), direct, viaGroup, viaRule, unable,
        List.copyOf(groups), listedAll, List.copyOf(listed), all.size() - listed.size());
  }

  /** An identity the snapshot does not hold counts as able to sign in, as the rules count it. */
  static boolean canSignIn(Snapshot snapshot, String identityId) {
    return snapshot.identity(identityId).map(Identity::canSignIn).orElse(true);
  }
}
