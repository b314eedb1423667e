package dev.governance.core.report;

import dev.governance.core.access.Access;
import dev.governance.core.access.AccessGraph;
import dev.governance.core.access.AccessPath;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Identity;
import dev.governance.core.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.List;

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

  static EffectiveAccess of(AccessGraph graph, EntityKind kind, String id, int limit) {
    Snapshot snapshot = graph.snapshot();
    List<Access> all = graph.whoReaches(kind, id);
    int direct = 0;
    int viaGroup = 0;
    int viaRule = 0;
    int unable = 0;
    List<Access> unusual = new ArrayList<>();
    for (Access a : all) {
      boolean d = false;
      boolean g = false;
      boolean r = false;
      for (AccessPath p : a.paths()) {
        switch (p.kind()) {
          case DIRECT -> d = true;
          case VIA_GROUP -> g = true;
          case VIA_GROUP_RULE -> r = true;
          default -> throw new IllegalStateException("unknown path kind " + p.kind());
        }
      }
      boolean cannotSignIn = !canSignIn(snapshot, a.identityId());
      direct += d ? 1 : 0;
      viaGroup += g ? 1 : 0;
      viaRule += r ? 1 : 0;
      unable += cannotSignIn ? 1 : 0;
      if ((d || cannotSignIn) && unusual.size() < limit) {
        unusual.add(a);
      }
    }
    List<String> groups = new ArrayList<>();
    for (Grant grant : snapshot.grantsTo(kind, id)) {
      if (grant.subjectKind() == EntityKind.GROUP && !groups.contains(grant.subjectId())) {
        groups.add(grant.subjectId());
      }
    }
    boolean listedAll = all.size() <= limit;
    List<Access> listed = listedAll ? all : unusual;
    return new EffectiveAccess(kind, id, all.size(), direct, viaGroup, viaRule, unable,
        List.copyOf(groups), listedAll, List.copyOf(listed), all.size() - listed.size());
  }

  /** An identity the snapshot does not hold counts as able to sign in, as the rules count it. */
  static boolean canSignIn(Snapshot snapshot, String identityId) {
    return snapshot.identity(identityId).map(Identity::canSignIn).orElse(true);
  }
}
