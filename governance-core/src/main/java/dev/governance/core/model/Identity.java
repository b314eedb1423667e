package dev.governance.core.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A user (or another principal that signs in) of a tenant.
 *
 * @param id the provider's id
 * @param login the sign-in name, unique in the tenant
 * @param email the primary email, or {@code null}
 * @param displayName a name for people to read, or {@code null}
 * @param status the lifecycle status
 * @param created when the identity was created, or {@code null} if the provider does not say
 * @param activated when it was activated, or {@code null}
 * @param lastLogin when it last signed in, or {@code null} if never
 * @param lastUpdated when its profile last changed, or {@code null}
 * @param attributes custom profile attributes
 * @since 0.1
 */
public record Identity(
    String id,
    String login,
    @Nullable String email,
    @Nullable String displayName,
    IdentityStatus status,
    @Nullable Instant created,
    @Nullable Instant activated,
    @Nullable Instant lastLogin,
    @Nullable Instant lastUpdated,
    Attributes attributes)
    implements Entity {

  /** Validates the components. */
  public Identity {
    Checks.id(id, "id");
    Checks.id(login, "login");
    email = Checks.optional(email);
    displayName = Checks.optional(displayName);
    Checks.present(status, "status");
    Checks.present(attributes, "attributes");
  }

  /**
   * Creates an active identity with only an id and a login, for tests and fixtures.
   *
   * @param id the id
   * @param login the login
   * @return the identity
   */
  public static Identity of(String id, String login) {
    return new Identity(
        id, login, null, null, IdentityStatus.ACTIVE, null, null, null, null, Attributes.empty());
  }

  @Override
  public String displayLabel() {
    return login;
  }

  @Override
  public EntityKind kind() {
    return EntityKind.IDENTITY;
  }

  /**
   * Tells whether the identity can sign in now: neither suspended, deprovisioned nor staged.
   *
   * @return {@code true} for statuses in which the identity can use its access
   */
  public boolean canSignIn() {
    return switch (status) {
      case ACTIVE, RECOVERY, PASSWORD_EXPIRED, LOCKED_OUT -> true;
      default -> false;
    };
  }

  /**
   * Returns a copy with another status.
   *
   * @param newStatus the status
   * @return the copy
   */
  public Identity withStatus(IdentityStatus newStatus) {
    return new Identity(
        id, login, email, displayName, newStatus, created, activated, lastLogin, lastUpdated,
        attributes);
  }
}
