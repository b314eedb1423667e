package dev.governance.core.spi;

import java.util.Objects;

/**
 * A lifecycle change applied by a {@link LifecycleConnector}: most remove access; lifting a
 * suspension and reactivating a deprovisioned identity give it back. Each action names its
 * subjects by the provider's ids.
 *
 * @since 0.1
 */
public sealed interface LifecycleAction {

  /** The kinds of action, for permission tables and preflight answers. */
  enum Kind {
    /** Remove an identity from a group. */
    REMOVE_MEMBERSHIP,
    /** Remove an identity's direct assignment to an application. */
    UNASSIGN_APPLICATION,
    /** Revoke an OAuth scope granted to an application. */
    REVOKE_SCOPE_GRANT,
    /** Revoke an API token. */
    REVOKE_API_TOKEN,
    /** Suspend an identity: it keeps its assignments but cannot sign in. */
    SUSPEND_IDENTITY,
    /** Lift a suspension. */
    UNSUSPEND_IDENTITY,
    /**
     * Deactivate (deprovision) an identity: it is unassigned from its applications and keeps its
     * group memberships; {@link #REACTIVATE_IDENTITY} brings it back.
     */
    DEACTIVATE_IDENTITY,
    /**
     * Reactivate a deprovisioned identity: what its groups hold comes back, direct assignments
     * removed at deactivation do not.
     */
    REACTIVATE_IDENTITY
  }

  /**
   * Returns the kind of this action.
   *
   * @return the kind
   */
  Kind kind();

  /**
   * Removes an identity from a group.
   *
   * @param identityId the member
   * @param groupId the group
   */
  record RemoveMembership(String identityId, String groupId) implements LifecycleAction {
    /** Validates the ids. */
    public RemoveMembership {
      requireId(identityId, "identityId");
      requireId(groupId, "groupId");
    }

    @Override
    public Kind kind() {
      return Kind.REMOVE_MEMBERSHIP;
    }
  }

  /**
   * Removes an identity's direct assignment to an application.
   *
   * @param identityId the assigned identity
   * @param applicationId the application
   */
  record UnassignApplication(String identityId, String applicationId) implements LifecycleAction {
    /** Validates the ids. */
    public UnassignApplication {
      requireId(identityId, "identityId");
      requireId(applicationId, "applicationId");
    }

    @Override
    public Kind kind() {
      return Kind.UNASSIGN_APPLICATION;
    }
  }

  /**
   * Revokes an OAuth scope grant of an application.
   *
   * @param applicationId the application holding the grant
   * @param grantId the grant's id
   */
  record RevokeScopeGrant(String applicationId, String grantId) implements LifecycleAction {
    /** Validates the ids. */
    public RevokeScopeGrant {
      requireId(applicationId, "applicationId");
      requireId(grantId, "grantId");
    }

    @Override
    public Kind kind() {
      return Kind.REVOKE_SCOPE_GRANT;
    }
  }

  /**
   * Revokes an API token.
   *
   * @param tokenId the token's id
   */
  record RevokeApiToken(String tokenId) implements LifecycleAction {
    /** Validates the id. */
    public RevokeApiToken {
      requireId(tokenId, "tokenId");
    }

    @Override
    public Kind kind() {
      return Kind.REVOKE_API_TOKEN;
    }
  }

  /**
   * Suspends an identity.
   *
   * @param identityId the identity
   */
  record SuspendIdentity(String identityId) implements LifecycleAction {
    /** Validates the id. */
    public SuspendIdentity {
      requireId(identityId, "identityId");
    }

    @Override
    public Kind kind() {
      return Kind.SUSPEND_IDENTITY;
    }
  }

  /**
   * Lifts an identity's suspension.
   *
   * @param identityId the identity
   */
  record UnsuspendIdentity(String identityId) implements LifecycleAction {
    /** Validates the id. */
    public UnsuspendIdentity {
      requireId(identityId, "identityId");
    }

    @Override
    public Kind kind() {
      return Kind.UNSUSPEND_IDENTITY;
    }
  }

  /**
   * Deactivates an identity.
   *
   * @param identityId the identity
   */
  record DeactivateIdentity(String identityId) implements LifecycleAction {
    /** Validates the id. */
    public DeactivateIdentity {
      requireId(identityId, "identityId");
    }

    @Override
    public Kind kind() {
      return Kind.DEACTIVATE_IDENTITY;
    }
  }

  /**
   * Reactivates a deprovisioned identity. Its group memberships give their access back; direct
   * assignments removed when it was deactivated stay removed.
   *
   * @param identityId the identity
   */
  record ReactivateIdentity(String identityId) implements LifecycleAction {
    /** Validates the id. */
    public ReactivateIdentity {
      requireId(identityId, "identityId");
    }

    @Override
    public Kind kind() {
      return Kind.REACTIVATE_IDENTITY;
    }
  }

  private static void requireId(String id, String name) {
    Objects.requireNonNull(id, name);
    if (id.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
