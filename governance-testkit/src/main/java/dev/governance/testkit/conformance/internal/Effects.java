package dev.governance.testkit.conformance.internal;

import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Identity;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.spi.LifecycleAction;
import java.util.List;
import java.util.Locale;

/** What each lifecycle action changes, as a sync reads it back, and the words that name it. */
final class Effects {

  private Effects() {}

  /** The collection a sync must read to see the action's effect. */
  static InventoryCollection readBack(LifecycleAction a) {
    return switch (a.kind()) {
      case REMOVE_MEMBERSHIP -> InventoryCollection.MEMBERSHIPS;
      case UNASSIGN_APPLICATION -> InventoryCollection.APP_ASSIGNMENTS;
      case REVOKE_SCOPE_GRANT -> InventoryCollection.SCOPE_GRANTS;
      case REVOKE_API_TOKEN -> InventoryCollection.API_TOKENS;
      default -> InventoryCollection.IDENTITIES;
    };
  }

  /** Tells whether the action's effect is in place in a snapshot. */
  static boolean inPlace(LifecycleAction action, Snapshot s) {
    if (action instanceof LifecycleAction.RemoveMembership a) {
      return s.grants(Grant.Membership.class).noneMatch(m -> m.memberKind() == EntityKind.IDENTITY
          && m.memberId().equals(a.identityId()) && m.groupId().equals(a.groupId()) && m.provenance().isDirect());
    }
    if (action instanceof LifecycleAction.UnassignApplication a) {
      return s.grants(Grant.AppAssignment.class).noneMatch(x -> x.assigneeKind() == EntityKind.IDENTITY
          && x.assigneeId().equals(a.identityId()) && x.applicationId().equals(a.applicationId())
          && x.provenance().isDirect());
    }
    if (action instanceof LifecycleAction.RevokeScopeGrant a) {
      return s.grants(Grant.ScopeGrant.class).noneMatch(g -> g.applicationId().equals(a.applicationId())
          && a.grantId().equals(g.grantId()));
    }
    if (action instanceof LifecycleAction.RevokeApiToken a) {
      return s.entity(EntityKind.API_TOKEN, a.tokenId()).isEmpty();
    }
    IdentityStatus status = s.identity(identityOf(action)).map(Identity::status).orElse(null);
    if (status == null) {
      return false;
    }
    return switch (action.kind()) {
      case SUSPEND_IDENTITY -> status == IdentityStatus.SUSPENDED;
      case UNSUSPEND_IDENTITY -> status != IdentityStatus.SUSPENDED;
      case DEACTIVATE_IDENTITY -> status == IdentityStatus.DEACTIVATED;
      default -> status != IdentityStatus.DEACTIVATED;
    };
  }

  /** Describes what a snapshot shows of the action's subject, for messages. */
  static String state(LifecycleAction action, Snapshot s) {
    return switch (action.kind()) {
      case REMOVE_MEMBERSHIP, UNASSIGN_APPLICATION, REVOKE_SCOPE_GRANT ->
          inPlace(action, s) ? "the grant is gone" : "the grant is still delivered";
      case REVOKE_API_TOKEN -> inPlace(action, s) ? "the token is gone" : "the token is still delivered";
      default -> s.identity(identityOf(action)).map(i -> "the identity is " + i.status() + " (" + i.rawStatus() + ")")
          .orElse("the identity is not delivered");
    };
  }

  private static String identityOf(LifecycleAction a) {
    if (a instanceof LifecycleAction.SuspendIdentity x) {
      return x.identityId();
    }
    if (a instanceof LifecycleAction.UnsuspendIdentity x) {
      return x.identityId();
    }
    if (a instanceof LifecycleAction.DeactivateIdentity x) {
      return x.identityId();
    }
    if (a instanceof LifecycleAction.ReactivateIdentity x) {
      return x.identityId();
    }
    throw new IllegalArgumentException("not an identity action: " + a.kind());
  }

  /** The ids an action names. */
  static List<String> ids(LifecycleAction a) {
    if (a instanceof LifecycleAction.RemoveMembership x) {
      return List.of(x.identityId(), x.groupId());
    }
    if (a instanceof LifecycleAction.UnassignApplication x) {
      return List.of(x.identityId(), x.applicationId());
    }
    if (a instanceof LifecycleAction.RevokeScopeGrant x) {
      return List.of(x.applicationId(), x.grantId());
    }
    if (a instanceof LifecycleAction.RevokeApiToken x) {
      return List.of(x.tokenId());
    }
    return List.of(identityOf(a));
  }

  /** Words, lower-case, of which a message naming the action has one. */
  static List<String> words(LifecycleAction.Kind kind) {
    return switch (kind) {
      case REMOVE_MEMBERSHIP -> List.of("member");
      case UNASSIGN_APPLICATION -> List.of("assign", "application");
      case REVOKE_SCOPE_GRANT -> List.of("scope", "grant");
      case REVOKE_API_TOKEN -> List.of("token");
      case SUSPEND_IDENTITY, UNSUSPEND_IDENTITY -> List.of("suspend");
      case DEACTIVATE_IDENTITY -> List.of("deactivat", "deprovision");
      case REACTIVATE_IDENTITY -> List.of("activat");
    };
  }

  /** Tells whether a message names an action: one of its ids, or a word of its kind. */
  static boolean names(String message, LifecycleAction a) {
    String lower = message.toLowerCase(Locale.ROOT);
    return ids(a).stream().anyMatch(message::contains) || words(a.kind()).stream().anyMatch(lower::contains);
  }
}
