package dev.governance.core.diff;

import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Provenance;
import org.jspecify.annotations.Nullable;

/** What identifies a grant across snapshots; see the package documentation. */
final class GrantKey {

  private GrantKey() {}

  /** A role assignment without its targets. */
  private record Role(
      EntityKind assigneeKind, String assigneeId, String roleId, @Nullable String assignmentId,
      Provenance provenance) {}

  /** A scope grant without its consent details. */
  private record Scope(
      String applicationId, String scope, String issuer, @Nullable String grantId, Provenance provenance) {}

  /**
   * Returns the grant's identity: memberships and application assignments are all identity; role
   * assignments and scope grants leave out the details that may change.
   *
   * @param g the grant
   * @return a value with {@code equals} and {@code hashCode}
   */
  static Object of(Grant g) {
    if (g instanceof Grant.RoleAssignment r) {
      return new Role(r.assigneeKind(), r.assigneeId(), r.roleId(), r.assignmentId(), r.provenance());
    }
    if (g instanceof Grant.ScopeGrant s) {
      return new Scope(s.applicationId(), s.scope(), s.issuer(), s.grantId(), s.provenance());
    }
    return g;
  }
}
